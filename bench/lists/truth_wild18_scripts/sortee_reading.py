"""Wild18 truth for sortecoevo/sortee content/reading.md: SORTEE's reading materials (open science in ecology and evolution).

A Hugo page in three '##' sections of '* ' bullets, one blank line between bullets:
'Light reading - popular articles / blogs' (4 bullets: American Scientist and The Conversation
pieces, whole citation as link text), 'Books' (4 bullets) and 'Academic reading (journal
articles - ecology and evolution focus)' with '####' year headings (2023 ... '2016 and earlier').
Entries: every bullet of the academic section (38), each an author-first journal reference on
one line.  Not entries: the popular articles / blog pieces (magazine and news writing, not
scholarly works) and the books.  Two reference styles are mixed: APA-like with the title as the
link text ('Authors (2023). [Title.](https://doi.org/...) Journal'), title = the link text; and
plain text 'Authors (Year) Title. Journal vol: pages, doi:...' or 'Authors. Year. Title. Journal',
title = the words between the year and the journal, written below by hand for each line (the
script asserts each occurs in its line).  The final full stop of a title is dropped; a '?' is
kept.  One line (121) has no full stop between title and journal ('... ecology and evolution
BioScience.'): the title stops before the journal name.  One line (115) gives the journal DOI and
then a pre-print DOI: the first is the entry's DOI.  One line (103) writes its DOI bare
('10.1002/eap.1822'); whether it counts is left to the shared doi helper.
Count check: 38 '* ' bullets between the 'Academic reading' heading and the closing bold note
(grep), per year 3+2+14+2+3+2+4+8.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "sortecoevo__sortee__content__reading@dee8168.md"
PART = "wild18_development"

PLAIN = {
    57: "Closing the knowledge-action gap in conservation with open science",
    63: "The reuse of avian samples: opportunities, pitfalls, and a solution",
    65: "A proposal to advance theory and promote collaboration in tropical biology by supporting replications",
    67: "From a crisis to an opportunity: Eight insights for doing science in the COVID-19 era and beyond",
    69: "Toward a Generalizable Framework of Disturbance Ecology Through Crowdsourced Science",
    71: "A novel framework to protect animal data in a world of ecosurveillance",
    73: "How FAIR are plant sciences in the twenty-first century? the pressing need for reproducibility in"
        " plant ecology and evolution",
    75: "Towards open, reliable, and transparent ecology and evolutionary biology",
    77: "Preferred reporting items for systematic reviews and meta-analyses in ecology and evolutionary biology:"
        " a PRISMA extension",
    79: "Reliability of evidence-review methods in restoration ecology",
    81: "Repeatability of the searching process in reviews of restoration outcomes",
    83: "A standardisation framework for bio-logging data to advance ecological research and conservation",
    85: "The current state of uncertainty reporting in ecosystem studies: a systematic evaluation of"
        " peer-reviewed literature",
    97: "The role of replication studies in ecology",
    103: "Open science, reproducibility, and transparency in ecology",
    107: "Making conservation science more reliable with preregistration and registered reports",
    113: "Questionable research practices in ecology and evolution",
    115: "Empowering peer reviewers with a checklist to improve transparency",
    121: "Metaresearch for evaluating reproducibility in ecology and evolution",
    123: "Detecting and avoiding likely false-positive findings - a practical guide",
    133: "Transparency in ecology and evolution: real problems, real solutions",
    135: "Blind trust in unblinded observation in ecology, evolution, and behavior",
    137: "Elevating the status of code in ecology",
    139: "Promoting an open research culture",
    141: "Dissemination biases in ecology: effect sizes matter more than quality",
    143: "Data archiving in ecology and evolution: best practices",
    145: "Transparency, usability, and reproducibility: Guiding principles for improving comparative databases"
         " using primates as examples",
}


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, t in enumerate(lines, 1) if t.startswith("## Academic reading"))
    stop = next(i for i, t in enumerate(lines, 1) if t.startswith("**If you know about"))
    papers, per_year, year = [], {}, None
    for i, text in enumerate(lines, 1):
        if not start < i < stop:
            continue
        if text.startswith("#### "):
            year = text[5:].strip()
            continue
        if not text.startswith("* "):
            continue
        m = re.search(r"\[([^\]]+)\]\(https?://(?:dx\.)?doi\.org/[^)]+\)", text)
        if m and not m.group(1).startswith("doi:"):
            title = m.group(1).rstrip(".")
            assert i not in PLAIN, i
        else:
            title = PLAIN[i]
            assert title in text, i
        papers.append(entry(lines, i, i, title))
        per_year[year] = per_year.get(year, 0) + 1
    assert len(papers) == 38, len(papers)
    assert list(per_year.values()) == [3, 2, 14, 2, 3, 2, 4, 8], per_year
    assert set(PLAIN) <= {p["line"] for p in papers}
    write_truth(NAME, PART, papers,
                "every '* ' bullet of the 'Academic reading' section (author-first journal references under year"
                " headings) is an entry; title = the DOI link text when the title is linked, else the words between"
                " the year and the journal (final full stop dropped); popular articles/blogs and books are not entries",
                "count 38 against grep of '* ' bullets in the academic section and per year heading; every title"
                " read against its line by eye, the unlinked title at 121 without a stop before the journal, the"
                " two-DOI line 115, the bare DOI at 103; the 4 blog/news pieces and 4 books excluded")


if __name__ == "__main__":
    main()
