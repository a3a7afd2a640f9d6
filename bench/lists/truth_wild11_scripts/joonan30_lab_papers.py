"""Wild11 truth for joonan30/lab-papers README.md: a genomics lab's index of its own publications.

A short introduction (the lab, '30 papers, spanning 2014-2026'), then '## Index', one Markdown
table '# | Year | Paper | Journal | Type | PMID' whose Paper cell links the title to the lab's own
summary file ('summaries/<name>.md', percent-encoded) and whose PMID cell links PubMed; then
'## Themes', bullets grouping the papers by short author-year cites ('An 2014, An 2018, Kim
2022, ...'), and a licence note.  Entries: every data row of the table (30, numbered 1-30):
original articles, reviews, a Science perspective, a letter and method/software papers, all
scholarly works by the lab.  The Themes bullets only cross-index the same papers by author and
year, with no titles: not entries.  Title = the Paper cell's link text as written (en dash and em
dash kept).  No arXiv ids and no DOIs (PubMed and summary-file links only).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "joonan30__lab-papers__README@2ded1a1.md"
PART = "wild11_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    numbers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if not re.fullmatch(r"\d+", cells[0]):
            assert cells[0] in ("#", "---"), (i, cells)
            continue
        assert len(cells) == 6, (i, cells)
        m = re.fullmatch(r"\[(.+)\]\((summaries/[^)]+\.md)\)", cells[2])
        assert m, (i, cells[2])
        assert re.fullmatch(r"\[\d+\]\(https://pubmed\.ncbi\.nlm\.nih\.gov/\d+/\)", cells[5]), (i, cells[5])
        numbers.append(int(cells[0]))
        papers.append(entry(LINES, i, i, m.group(1)))
    assert numbers == list(range(1, 31)), numbers
    write_truth(NAME, PART, papers,
                "every numbered data row of the Index table is an entry; title = the Paper cell's link text; the"
                " Themes bullets (author-year cross-index) are not entries; no arXiv or DOI (PubMed links only)",
                "all 30 rows one by one against the file (titles incl. the en/em dashes, N6 superscript and"
                " Greek letters); row numbers 1-30 and the README's own '30 papers'; Themes section read (no titles)")


if __name__ == "__main__":
    main()
