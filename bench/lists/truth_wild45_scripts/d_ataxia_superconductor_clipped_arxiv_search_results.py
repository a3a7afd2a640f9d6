"""Wild45 truth for Ataxia123/Notes ``Knowledge/Data/Research/SuperConductor_Research/Advanced Search - arXiv e-print
repository.md`` (newest commit 86f83d4; the file dates from 2023-09-08): a web clipping, kept in an Obsidian research
vault on the 2023 room-temperature-superconductor (LK-99) episode, of an arXiv advanced-search result page ("Showing
1–50 of 127 results", query all=superconductor, submitted from 2023-07-20) -- physics (condensed matter,
superconductivity, instrumentation).

Shape: 778 lines, LF, no final newline, UTF-8, the arXiv page converted to Markdown.  Page chrome first (1-73): skip link, Cornell and
arXiv logo links, "Help | Advanced Search", the flattened search-form labels ("All fields Title Author ..."), the
``# Showing 1–50 of 127 results`` heading, the query line, "Refine query"/"Simple Search" links, the search form as
pipe tables inside a bullet (``- Terms-0``) and as loose tables (subject classes, date filters), "Show abstracts",
"2550100200 results per page.", sort options, and the pagination (``Previous [Next](...)``, ``- [1]``/``- [2]``/``- [3]``
page links).  Then 50 ordered items (74-756), each ``N. [arXiv:2308.03721](https://arxiv.org/abs/2308.03721)  [[pdf](...),
[other](...)]`` followed by indented lines separated by whitespace-only lines: the arXiv categories
(``cond-mat.supr-con cond-mat.mtrl-sci``), for some items a ``doi [10.xxxx/...](https://doi.org/...)`` line, the title as
plain text, ``Authors: [Name](/search/?searchtype=author...), ...``, ``Abstract: ... ▽ More ...`` (the clipped short and
full abstract run together), ``Submitted DATE; originally announced MONTH.``, and optional ``Comments:`` and
``Journal ref:`` lines (518's comment cites another arXiv id: "arXiv admin note: substantial text overlap with ...").
Closing chrome (759-778): pagination again, release note link, About/Help/Contact/Subscribe/Copyright/Privacy/
Accessibility/Status link bullets and an indented "Get status notifications" line.

Entries (50): every numbered result item; span = the item line to the last non-blank line before the next item (756 for item 50,
before the closing pagination at 759).  Title = the plain title line (the first indented line after the categories and the
optional ``doi`` line), as written (LaTeX-free in this page; formulas like "Pb10−xCux(PO4)6O4" kept).  Ids: arXiv = the
item's own id (the first in its lines); DOI = the ``doi [...]`` line's DOI when the item has one (210, 382, 410, 602, 728); item 17 (290) has none of its own -- the
DOI in its abstract ("(10.6111/JKCGCT.2023.33.2.061, arXiv: 2307.12008, ...)") is the cited LK-99 paper's, so its DOI is
null.  Not entries: all page
chrome, form tables, pagination and footer links.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = ("Ataxia123__Notes__Knowledge__Data__Research__SuperConductor_Research__"
        "Advanced Search - arXiv e-print repository@86f83d4.md")
PART = "wild45_development"

ITEM = re.compile(r"^(\d+)\. \[arXiv:(\d{4}\.\d{5})\]\(https://arxiv\.org/abs/\2\)")
CATS = re.compile(r"^(?:[a-z-]+(?:\.[A-Za-z-]+)?)(?: [a-z-]+(?:\.[A-Za-z-]+)?)*$")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 778 and lines[-1].strip(), len(lines)  # no final newline
    items = [(i, ITEM.match(ln)) for i, ln in enumerate(lines, 1) if ITEM.match(ln)]
    assert [int(m.group(1)) for _, m in items] == list(range(1, 51))
    assert lines[758].startswith("Previous [Next]")  # 759: the closing pagination
    starts = [i for i, _ in items] + [759]
    papers = []
    with_doi = []
    for k, (i, m) in enumerate(items):
        nxt = starts[k + 1]
        body = [(j, lines[j - 1].strip()) for j in range(i + 1, nxt) if lines[j - 1].strip()]
        assert CATS.match(body[0][1]), (i, body[0])
        rest = body[1:]
        if rest[0][1].startswith("doi ["):
            with_doi.append(i)
            rest = rest[1:]
        title = rest[0][1]
        assert rest[1][1].startswith("Authors: "), (i, rest[1])
        assert rest[2][1].startswith("Abstract: ") and rest[3][1].startswith("Submitted "), i
        last = body[-1][0]
        p = entry(lines, i, last, title)
        assert p["arxiv"] == m.group(2), (i, p["arxiv"])
        if i == 290:  # item 17: the DOI in its abstract is the cited LK-99 paper's, not this preprint's
            assert p["doi"] == "10.6111/jkcgct.2023.33.2.061" and i not in with_doi
            p["doi"] = None
        papers.append(p)
    t = {p["line"]: p["title"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[74] == "Inhomogeneous high temperature melting and decoupling of charge density waves in spin-triplet superconductor UTe2"
    assert t[86] == "Buzdin, Shapiro and Chimera Steps in φ0 Josephson Junctions"
    assert t[100] == "The Cu induced ultraflat band in the room-temperature superconductor Pb10−xCux(PO4)6O4 (x=0,0.5)"
    assert t[728] == "Superconducting-Spin Reorientation in Spin-Triplet Multiple Superconducting Phases of UTe2"
    assert t[744] == "Experimental study of a cryogenic power supply for superconducting DC devices"
    assert d[728] == "10.1126/sciadv.adg2736" and d[290] is None
    assert with_doi == [210, 382, 410, 602, 728], with_doi
    assert all(d[i] for i in with_doi) and not any(d[p["line"]] for p in papers if p["line"] not in with_doi)
    assert papers[-1]["end"] == 756, papers[-1]["end"]
    assert len(papers) == 50, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered arXiv result item of the clipped search page is an entry, spanning to the line before the next "
        "item; title = the plain indented line after the categories (and the optional 'doi [...]' line); arXiv = the "
        "item's id, DOI = the 'doi' line's when present; the page chrome, form tables, pagination and footer are not "
        "entries; item 17's abstract-cited DOI is not its own (null).",
        f"Whole file read against the -v output: the chrome 1-73 (form tables, results-per-page text, the pagination "
        f"bullets [1]/[2]/[3]) holds no entry, items numbered 1-50 without gap, each item's categories/title/Authors/"
        f"Abstract/Submitted order asserted, the {len(with_doi)} items with a 'doi' line before the title "
        f"({', '.join(map(str, with_doi))}), the arXiv admin note citing another id (518, own id first), item 50 ending "
        f"at 756 before the closing pagination and footer 759-778; titles with formulas and Greek (86, 100) checked by eye; the DOI and arXiv ids cited inside item 17's abstract "
        f"(290-298) not taken.",
    )


if __name__ == "__main__":
    main()
