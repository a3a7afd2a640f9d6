"""Wild42 truth for xnmao/xnmao.github.io publications.md: the publication page of a computational
chemist's personal site (Xinnan Mao: electrocatalysis, alloy nanoclusters, machine-learning screening).

Shape: 36 lines: a two-line Jekyll front matter, then ``### Publications`` (5) with two ordered lists split
by a ``---`` rule (22): the author's first/co-first-author papers (6-20, 15 items) and his co-authored papers
(24-28, 5 items); then ``### Activities`` (31: one ACS Spring meeting abstract on SciMeetings) and
``### Projects`` (34: a provincial graduate research grant), and a ``[[Back]](./)`` link.  Every item is
``1. `` followed by one long line in ACS-like style:
``<u>Xinnan Mao</u>, Lu Wang\\*, ..., "Title", Journal Abbrev., Year, vol, issue, pages, DOI:
[10.x/y](<https://doi.org/10.x/y>). (&dagger;equally contributed) `IF: 11.3` `` -- the author's name
underlined with ``<u>``, corresponding authors marked with an escaped ``\\*``, equal contribution with
``&dagger;`` entities, the DOI link written with an angle-bracketed destination, the journal impact factor
in a code span; the first two items also end in a ``<center><a><img ...></a></center>`` supplementary
journal cover (whose ``pubs.acs.org/cms/10.1021/...`` URLs come after the DOI).  Line 28 does not carry the
author's name at all (kept: it is in his list).  Titles keep chemical formulas as plain text (``MoS2``,
``C3N4``, ``In2O3``, ``H2O2``) and a non-ASCII hyphen (``Size‐Dependent``, U+2010).
Decisions:
- Entry = each item of the two Publications lists (20 journal articles), one line each.
- Not entries: the Activities item (31, a conference presentation abstract, with a SciMeetings DOI -- a talk)
  and the Projects item (34, a grant).
- Title = the text inside the double quotes of the item (searched before any ``<center>``, whose HTML
  attributes are double-quoted too).
- Ids: the DOI of the ``DOI:`` link (helper; first DOI of the line, before the cover URLs); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "xnmao__xnmao.github.io__publications@631ba53.md"
PART = "wild42_development"

QUOTED = re.compile(r'"([^"]+)"')


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("### Publications") + 1
    stop = lines.index("### Activities") + 1
    assert (start, stop) == (5, 30), (start, stop)
    papers = []
    for n in range(start + 1, stop):
        ln = lines[n - 1]
        if not ln.startswith("1. "):
            assert ln in ("", "---"), (n, ln)
            continue
        titles = QUOTED.findall(ln.split("<center>")[0])  # the cover's HTML attributes are quoted too
        assert len(titles) == 1, (n, titles)
        papers.append(entry(lines, n, n, titles[0]))
    t = {p["line"]: p["title"] for p in papers}
    assert t[6] == "Understanding pH-dependent Oxygen Reduction Reaction on Metal Alloy Catalysts", t[6]
    assert t[14] == "Size‐Dependent Selectivity of Electrochemical CO2 Reduction on Converted In2O3 Nanocrystals", t[14]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[6] == "10.1021/acscatal.4c00461" and d[7] == "10.1021/acs.jpclett.2c02873", (d[6], d[7])
    assert d[10] == "10.1039/d4ta03892d" and d[28] == "10.1038/s41467-022-34685-9", (d[10], d[28])
    assert all(d.values()) and not any(p["arxiv"] for p in papers)
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '1.' item of the two lists under '### Publications' (15 first/co-first-author and 5 co-authored "
        "journal articles, split by a '---' rule) is a one-line entry; title = the double-quoted text; DOI from "
        "the 'DOI: [..](<https://doi.org/..>)' link; the Activities meeting abstract and the Projects grant are not "
        "entries.",
        "Read the whole file (36 lines); compared all 20 titles and DOIs of the -v output with their lines; checked "
        "the '---' split, the two items ending in journal-cover images (their ACS cms URLs come after the DOI), the "
        "item without the author's name (28), the U+2010 hyphen in 14, and that the Activities (SciMeetings "
        "abstract) and Projects (grant) items are left out.",
    )


if __name__ == "__main__":
    main()
