"""Wild47 truth for jagterberg/jagterberg.github.io pages/reading_group.md: Joshua Agterberg's "Summer 2020 Reading
Group" page (statistics of networks / random graphs, Johns Hopkins), a Jekyll page; newest commit (df7b1bb,
2020-08-11).

Shape: 21 lines, 2 KB.  Front matter (1-4), one prose line with a Google-sheet link (5), then one pipe table with
doubled pipes ``| Date ||Presenter ||Topics Covered |`` (7), an alignment row written ``| :---  | |  :---  ||
:--- |`` (8) and 12 data rows (9-20), newest first.  The cells are padded with tab characters (``|8/18/2020 \\t\\t\\t||``),
some rows start ``|7/7/2020\\t\\t  | |`` (a space between the doubled pipes), two rows end with a tab after the last
pipe (9, 10).  The Presenter cell links the presenter's notes PDF (``[Joshua](../assets/SIMPLE_notes.pdf)``,
``[Jesús](../assets/GRD_notes.pdf)``); the Topics cell links each paper by its authors only (``[Fan et al.]
(arXiv)``, ``[Cape, Tang, and Priebe](projecteuclid)``) -- no paper title is written anywhere.

Special cases:
- Every paper is named by its authors alone, so every title is None.
- 19 names two papers (``[Lei and Rinaldo](...), and [Rohe, Chatterjee, and Yu](...)``): two entries, each with the
  id of its own link (Project Euclid links carry none).
- Papers read over two sessions appear twice (Lei 9/10, Fan et al. 14/15, Cape, Tang, and Priebe 17/18): separate
  entries.
- Not entries: 11 ``No Meeting || [JSM](conference program link)`` and 20 ``Discussion of goals, potential
  papers, and general organization``.
- The presenter-notes links are not papers.
- Only 11 entries: a short summer reading group.

Decisions:
- Entry = each paper link in the Topics cell of a data row (one line each); title = None (the link text is an
  author list, not a title).
- Ids: arXiv abs links (9, 10, 12-15); the DOI from the proxied Taylor & Francis ``/doi/full/10.1080/...`` link
  (16); none from Project Euclid (17-19).
"""
import re

from _wild47 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "jagterberg__jagterberg.github.io__pages__reading_group@df7b1bb.md"
PART = "wild47_development"

ROW = re.compile(r"^\|\s*(?P<date>\d{1,2}/\d{1,2}/2020)\s*\|\s*\|(?P<who>[^|]*)\|\|(?P<topic>[^|]*)\|\s*$")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)")
NOT_PAPER = {11, 20}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "title: Summer 2020 Reading Group"
    assert lines[6].startswith("| Date ") and lines[7].startswith("| :---")
    papers = []
    rows = 0
    for n, ln in enumerate(lines, 1):
        if n <= 8 or not ln.startswith("|"):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        rows += 1
        if n in NOT_PAPER:
            continue
        links = list(LINK.finditer(m.group("topic")))
        assert links, (n, ln)
        for link in links:
            p = entry(lines, n, n, None)
            if len(links) > 1:
                p["arxiv"], p["doi"] = arxiv_of(link.group("url")), doi_of(link.group("url"))
            papers.append(p)
    assert rows == 12, rows
    t: dict[int, list] = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert [p["arxiv"] for p in t[9] + t[10]] == ["1802.09684", "1802.09684"], (t[9], t[10])
    assert t[16][0]["doi"] == "10.1080/01621459.2020.1751645", t[16]
    assert len(t[19]) == 2 and all(p["arxiv"] is None and p["doi"] is None for p in t[19]), t[19]
    assert all(p["title"] is None for p in papers)
    assert len(papers) == 11, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper link in the Topics cell of the 12-row doubled-pipe table is an entry (11; two on 19); the"
        " link texts are author lists only ('Fan et al.', 'Cape, Tang, and Priebe'), so every title is None; the"
        " 'No Meeting || JSM' row (11) and the organisational first meeting (20) are not entries; papers read over"
        " two sessions are separate entries (9/10, 14/15, 17/18); presenter-notes PDF links are not papers.",
        "Read all 21 lines (tabs and the '| |' variants in the doubled pipes included); compared -v for all 12"
        " rows: 11 entries, titles None, arXiv ids on 9, 10, 12-15, the T&F DOI on 16, no ids for the Project Euclid"
        " links 17-19, the two-paper row 19 split.",
    )


if __name__ == "__main__":
    main()
