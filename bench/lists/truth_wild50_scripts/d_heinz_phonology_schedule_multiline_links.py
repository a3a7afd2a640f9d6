"""Wild50 truth for heinz-jeffrey/heinz-jeffrey.github.io classes/23S/schedule.md: the post-spring-break paper
schedule of a graduate phonology seminar (LIN 623, Stony Brook, spring 2023), which reading each student pair
presents on which day; newest commit (04358e8, 2023-08-17).  Linguistics (phonology), humanities/social science.

Shape: 87 lines, 2.8 KB, a Pandoc page (``%`` title line 1), course information (3-11), ``# Post Spring Break Paper
Schedule`` (13), then one ``## Day M/D`` heading per session (15 ... 77) followed by the reading as ONE Markdown
link whose text is a free-form reference hard-wrapped over two to four lines, then the presenters in parentheses:
``[Dell and Elmedlaoui 1985. Syllabic Consonants and ...\\nImdlawn Tashlhiyt Berber.](<materials/Dell Elmedlaoui
1985 ITB.pdf>) (Felix, Ryan)``.  Link targets are local PDFs in angle brackets, with spaces and even a line break
inside (24-25, 44-45, 63-64, 80-81), or doi.org / lingbuzz / personal-site URLs.  The reference order varies: "Authors
year. Title." (19, 23, 32, 37, 53, 57, 73), "Authors. Title. year." (48), "Authors. Title. Journal, vol, year." (43,
67), "Authors year “Title”" (28), "Authors. Title. Book." (78).  A closing rule (87).

Special cases:
- 16 ``Intro to Computational Phonology (Jeff)``: a lecture, no reading -- not an entry.
- 23 Prince & Smolensky 1993 ``Optimality Theory. Chapter 2 on syllabification ...``: the 1993 OT manuscript
  (a technical report); title ``Optimality Theory``, the chapter note is a description.
- 28 the title is in curly quotes, which are dropped.
- 37-39 the Chandlee & Jardine manuscript title is cut off in the file (``... Using recursive programs for
  phonological``); kept as written.  Presenters stand unbracketed on line 40, which still belongs to the item.
- 53 Raimy 1999 ``Representing Reduplication. (Chapters 1,2)``: a dissertation -- an entry.
- 57 Raimy 2000 ``Phonology and Morphology of Reduplication. Chapter 2.`` and 61 Hayes, Kirchner & Steriade
  (eds.) 2004 ``Phonetically-Based Phonology`` (chapters 1, 2): chapters of books named only by the book -- books,
  not entries.
- 73 Reiss 2017 ``Substance free phonology. Routledge.``: the chapter of that name in the Routledge Handbook of
  Phonological Theory (2017; the "Routledge" is the handbook's publisher) -- an entry.
- 78 Leduc, Reiss & Volenec, a chapter in The Oxford Handbook of Vowel Harmony -- an entry.
- Ids: DOIs only from the two doi.org links (28-29, 32-34); none from local PDFs, lingbuzz or personal sites.

Decisions:
- Entry = a session's reading that is an article, chapter, thesis or manuscript (11 of 14 sessions); it spans from
  the line after its ``##`` heading to the line holding the presenters.
- Title = the title part of the link text as written (line breaks joined), without authors, year, venue and page
  notes.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "heinz-jeffrey__heinz-jeffrey.github.io__classes__23S__schedule@04358e8.md"
PART = "wild50_development"

DAY = re.compile(r"^## (?:Mon|Wed) \d{1,2}/\d{1,2}$")
# first line of each reading -> (title, how it is found in the joined link text)
TITLES = {
    19: "Syllabic Consonants and Syllabification in Imdlawn Tashlhiyt Berber",
    23: "Optimality Theory",
    28: "Imdlawn Tashlhiyt Berber Syllabification is Quantifier-Free",
    32: "Input and output locality and representation",
    37: "Computational universals in linguistic theory: Using recursive programs for phonological",
    43: "The mystery of the tenth vowel",
    48: "Stratal Phonology",
    53: "Representing Reduplication",
    67: "A theoretical synopsis of Evolutionary Phonology",
    73: "Substance free phonology",
    78: "Votic vowel harmony in Substance Free Logical Phonology",
}
BOOKS = {57: "Phonology and Morphology of Reduplication", 61: "Phonetically-Based Phonology"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "% Phonology 2 (LIN 623) Post Spring Break Paper Schedule"
    papers = []
    days = [n for n, ln in enumerate(lines, 1) if DAY.match(ln)]
    assert len(days) == 14, days
    for d in days:
        first = d + 1
        last = first
        while last < len(lines) and lines[last].strip() and not lines[last].startswith("#"):
            last += 1  # lines[last] is line last + 1
        block = " ".join(lines[first - 1 : last])
        if not block.startswith("["):
            assert first == 16 and block == "Intro to Computational Phonology (Jeff)", (first, block)
            continue
        text = re.match(r"^\[(?P<text>.+?)\]\(", block).group("text")
        if first in BOOKS:
            assert BOOKS[first] in text, (first, text)
            continue
        title = TITLES[first]
        assert title in text, (first, title, text)
        assert re.search(r"\([A-Z][a-z]+(?:, [A-Z][a-z]+)*\)$|Leo, Logan, Alexa$", block), (first, block)
        papers.append(entry(lines, first, last, title))
    t = {p["line"]: p for p in papers}
    assert (t[19]["end"], t[28]["doi"], t[32]["doi"], t[32]["end"]) == (
        20, "10.7275/r5j67f4d", "10.5334/gjgl.1423", 34), (t[19], t[28], t[32])
    assert (t[37]["end"], t[43]["end"], t[67]["end"], t[78]["end"]) == (40, 45, 70, 81)
    assert all(p["doi"] is None for p in papers if p["line"] not in (28, 32))
    assert len(papers) == 11, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '## Mon/Wed M/D' session whose reading is an article, chapter, thesis or manuscript is an entry (11);"
        " the entry spans the hard-wrapped link and presenters after the heading; title = the title part of the"
        " link text (authors, year, venue, chapter notes, curly quotes dropped; the cut-off title 37 kept as"
        " written); the lecture 16 and the two readings named only by a book (Raimy 2000 57, Hayes et al. eds."
        " 2004 61) are not entries; Reiss 2017 73 counted as the Routledge Handbook chapter.",
        "Read all 87 lines; compared -v for each of the 14 sessions: spans 19-20, 23-25, 28-29, 32-34, 37-40, 43-45,"
        " 48-50, 53-54, 67-70, 73-75, 78-81, angle-bracket PDF targets with spaces and line breaks, DOIs only"
        " from the doi.org links 28 and 32.",
    )


if __name__ == "__main__":
    main()
