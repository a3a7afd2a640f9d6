"""Wild3 truth for MuchuCAT/p-vs-np-ai-quantum-research-notes references/bibliography.md: a complexity-theory notes bibliography.

Eight numbered '##' sections (textbooks, P vs NP surveys, NP-completeness, barriers, circuit lower
bounds, quantum computing, AI and formal methods, official statements) of one-line bullets
'- **[Key]** Authors. “Title.” *Venue* vol(issue), year. DOI: 10.x/y.' (some add 'arXiv:...').
Entry: a bullet whose subject is a paper (journal or conference article, survey, preprint), title =
the text between the curly quotes without its closing '.'.  Not entries: the four textbooks, whose
title is in italics (Sipser [Sip12], Arora and Barak [AB09], Garey and Johnson [GJ79], Nielsen and
Chuang [NC10]), and the Clay Mathematics Institute web page [CMI00]; the stray '- ---' bullet
(a rule typed as a list item) names nothing.  The citation keys are tags, not part of titles.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild3 import entry, read_lines, write_truth

NAME = "MuchuCAT__p-vs-np-ai-quantum-research-notes__references__bibliography@f1f4cf1.md"
PART = "wild3_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

NOT_PAPERS = {"Sip12": "book", "AB09": "book", "GJ79": "book", "NC10": "book", "CMI00": "web page"}


def main() -> None:
    left_out = []
    for i, text in enumerate(LINES, 1):
        m = re.match(r"- \*\*\[(\w+)\]\*\* ", text)
        if not m:
            assert not text.startswith("- ") or text == "- ---", i
            continue
        if m.group(1) in NOT_PAPERS:
            left_out.append(m.group(1))
            continue
        t = re.search(r"“(.+?)”", text)
        PAPERS.append(entry(LINES, i, i, t.group(1)))
    assert sorted(left_out) == sorted(NOT_PAPERS) and len(PAPERS) == 26, (left_out, len(PAPERS))
    write_truth(NAME, PART, PAPERS,
                "every '- **[Key]** Authors. “Title.” Venue, year. DOI: ...' bullet whose subject is a paper is an"
                " entry, title = the quoted text without its closing '.'; four textbooks (italic titles) and the"
                " Clay Institute web page are not entries",
                "all 31 keyed bullets one by one (grep count 31: 26 entries, 5 left out), the '- ---' stray bullet, titles with"
                " '?', '^' and '≠', every DOI and the two arXiv ids (BBBV97 old-style quant-ph, Wat08)")


if __name__ == "__main__":
    main()
