"""Wild37 truth for hivdb/chiro-cms resources/updates-homepage.md: the "latest updates" box of the
Stanford Coronavirus Antiviral & Resistance Database home page (medicine / virology: antiviral
therapy trials, monoclonal antibodies, vaccine neutralization of SARS-CoV-2 variants), last changed
on 2021-07-19 and unchanged up to the snapshot's tip (10f41c9, 2024-10-29).

Shape: an HTML comment with editing instructions (lines 1-24), then 32 sections, each a `### `
heading and one paragraph line right under it (one blank line, 31).  31 headings are the same
generic text "### Database Entries (Mon DD)" and the paragraph under each is one Vancouver-style
reference: "Surname AB, Surname CD, et int., and Surname EF. [“Title.”](/search/?article=Key)
_Journal_, year. [doi.org/10...](https://doi.org/10...). \\[[PubMedNNN](pubmed url)\\]" - the title is
the link text in curly quotes, the link goes to the database's own search page, two references have an
empty venue written `__` (37, 39), many end with an escaped-bracket PubMed link.  The last section
(88-89) is a linked heading "[Clinical Trials (Jun 07)](/page/updates/#clinical.trials)" whose paragraph
announces five clinical-trial registry records: a news item, not a paper.

Entries: each "Database Entries" section (31), running from its heading to its paragraph line (the
heading names no title; the paper is the paragraph).  The clinical-trials section is not an entry.
Titles: the text inside the curly quotes, without its final period; question marks and case kept as
written (Title Case of preprints such as line 37 kept).  Ids: the doi.org link (one per reference; line
67's Research Square DOI keeps its "/v1", which is part of that DOI); no arXiv ids; PubMed ids are not
recorded.  Repeated authors with different papers (Weinreich 41/65, O'Brien 57/75, Wall 63/69, Ryu 35/59)
are separate papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "hivdb__chiro-cms__resources__updates-homepage@10f41c9.md"
PART = "wild37_development"

QUOTED = re.compile(r"\[“(.+?)”\]\(")


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("### ")]
    assert len(heads) == 32, len(heads)
    papers = []
    for h in heads:
        head = lines[h - 1]
        body = lines[h]
        if head.startswith("### [Clinical Trials"):
            assert h == 88 and "clinical trials" in body
            continue
        assert re.fullmatch(r"### Database Entries \([A-Z][a-z]{2} \d\d\)", head), h
        m = QUOTED.search(body)
        p = entry(lines, h, h + 1, m.group(1))
        assert p["doi"] and p["doi"] in body.lower(), h
        papers.append(p)
    t = {p["line"]: p for p in papers}
    assert t[25]["title"] == "Bamlanivimab plus Etesevimab in Mild or Moderate Covid-19", t[25]
    assert t[66]["doi"] == "10.21203/rs.3.rs-637724/v1", t[66]
    assert t[62]["doi"] == "10.1016/s0140-6736(21)01462-8", t[62]
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '### Database Entries (date)' section is one entry, from its generic heading to the reference "
        "paragraph under it; the title is the curly-quoted link text of the reference, without its final period; "
        "the clinical-trials news section is not an entry.",
        "All 32 sections read against the file: the 31 reference paragraphs with their titles and DOIs in the -v "
        "output (first and last of each date, the empty-venue references 37 and 39, the Research Square DOI on 67, "
        "the Lancet DOIs with parentheses 63 and 69, the blank line before 32), and the clinical-trials section (88-89) "
        "confirmed to be a news item.",
    )


if __name__ == "__main__":
    main()
