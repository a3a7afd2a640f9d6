"""Wild56 truth for r-pad/r-pad.github.io publications.md: the publications page of David Held's R-PAD robotics lab
(CMU), a Beautiful-Jekyll site, taken at 2cc7686 (2022-10-03), the last commit where the whole list is hand-written
HTML in the Markdown file.  From the next commit on (e7c7ffa, 2022-10-06) the page loops over ``_data/pubs.yml`` with
Liquid and keeps only two hand-written 2014/2016 rows, so the newest commit no longer holds the list.

Shape: 2082 lines, 139 KB.  Front matter (1-5), two intro lines (7-8), then ``<table cellpadding="10" ...>`` (13) with
one ``<tr>`` per paper (15-1989), the table closing at 1990.  Each row has an image cell ``<td class="pubimg">`` and a
text cell.  Three text-cell styles:
- newer rows: ``<td>Title<br>`` or ``<td><a href="...">Title</a><br>`` followed by ``<div class="pubauthor">``,
  ``<div class="pubjournal">`` and (often) hidden ``<div id="bib..." style="display:none">`` BibTeX and abstract
  blocks and a ``[Project Page] [Bibtex] [Abstract] [PDF]`` link div;
- older rows (1583-1989): ``<td class="pubitem"><div class="pubitem"><a class="pubtitle" href="...">Title</a>``, where
  the title may sit on the line after the ``<a ...>`` tag (1589-1590), then ``<a class="pubauthor">`` links;
- after the main table: a commented-out entry template and a commented-out "Advice" table (1993-2048, its ``<tr>`` at
  2041 is inside ``<!-- ... -->``), then ``<div class="heading"> Preprints </div>`` with a second table holding two
  preprint rows (2058, 2069).

Special cases:
- 1747-1751 is a row ``<li class="year"> Older Work </li>``: a divider, not a paper.
- Award notes inside the title cell: 1403 ``PCN: Point Completion Network - <award>Best Paper Honorable Mention</award>``
  and 1635 ``Precision Tracking with Sparse 3D and Dense Color 2D Data - <award>Best Vision Paper Finalist</award>``:
  the award and the `` - `` before it are not part of the title.  (15's award sits in the pubjournal div.)
- 964 writes ``LiDARPoint Cloud Detection`` (no space): kept as written.
- 1430 and 1493 are the same title, "Enabling Robots to Communicate their Objectives" (two different links, two author
  spellings: journal and RSS versions): two entries.
- Year dividers are commented out (``<!-- <tr class="year">...`` 1314, 1414, ...): not entries.
- Hidden BibTeX blocks repeat each title; only the visible title cell is used.
- DOIs come only from BibTeX fields ``doi={10.1109/LRA.2022.3191239}}`` (186, 435, 1278, 1733, 1788, 1840, 1930,
  1978); the helper keeps the closing ``}``/``}}``, so they are stripped by hand after ``entry(...)``.  1885 has an
  empty ``doi={}``.

Decisions:
- Entry = every uncommented ``<tr>`` row of a publication table that names a paper: 60 in the main table + 2 preprints
  = 62 entries; span = the ``<tr>`` line through its ``</tr>`` line.
- Title = the visible title text (link text or plain text before ``<br>``, or the ``pubtitle`` link text), tags
  removed, whitespace collapsed, award note and the `` - `` before it dropped.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "r-pad__r-pad.github.io__publications@2cc7686.md"
PART = "wild56_development"

TR = re.compile(r"^\s*<tr>\s*$")
AWARD = re.compile(r"\s*-\s*<award>.*?</award>", re.DOTALL)
PUBTITLE = re.compile(r'<a class="pubtitle"[^>]*>(?P<t>.*?)</a>', re.DOTALL)


def in_comment(lines: list[str], n: int) -> bool:
    """True when line n (1-based) lies inside an HTML comment."""
    text = "\n".join(lines[: n - 1])
    return text.rfind("<!--") > text.rfind("-->")


def clean(s: str) -> str:
    s = AWARD.sub("", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = " ".join(s.split())
    return s.rstrip(" -")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not TR.match(ln) or in_comment(lines, n):
            continue
        e = n
        while "</tr>" not in lines[e - 1]:
            e += 1
        blk = "\n".join(lines[n - 1 : e])
        if "Older Work" in blk:
            continue
        m = PUBTITLE.search(blk)
        if m:
            title = clean(m.group("t"))
        else:
            tds = [x.start() for x in re.finditer(r"<td\b", blk)]
            assert len(tds) == 2, (n, blk[:200])
            cell = re.sub(r"^<td[^>]*>", "", blk[tds[1] :])
            title = clean(re.split(r"<br>|<div", cell, maxsplit=1)[0])
        assert title, (n, blk[:300])
        p = entry(lines, n, e, title)
        if p["doi"]:
            p["doi"] = p["doi"].rstrip("}")  # BibTeX 'doi={...}}': the helper keeps the closing braces
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 62, len(papers)
    assert 1747 not in by and 2041 not in by
    assert by[15]["title"] == "Learning to Grasp the Ungraspable with Emergent Extrinsic Dexterity", by[15]
    assert (by[15]["line"], by[15]["end"]) == (15, 26), by[15]
    assert by[54]["title"] == (
        "Planning with Spatial-Temporal Abstraction from Point Clouds for Deformable Object Manipulation"
    ), by[54]
    assert (by[54]["line"], by[54]["end"]) == (54, 104), by[54]
    assert by[960]["title"] == (
        "PanoNet3D: Combining Semantic and Geometric Understanding for LiDARPoint Cloud Detection"
    ), by[960]
    assert by[1399]["title"] == "PCN: Point Completion Network", by[1399]
    assert by[1583]["title"] == "Combining 3D Shape, Color, and Motion for Robust Anytime Tracking", by[1583]
    assert by[1629]["title"] == "Precision Tracking with Sparse 3D and Dense Color 2D Data", by[1629]
    assert by[1430]["title"] == by[1493]["title"] == "Enabling Robots to Communicate their Objectives"
    assert by[2058]["title"] == "Reinforcement Learning without Ground-Truth State", by[2058]
    assert by[168]["doi"] == "10.1109/lra.2022.3191239", by[168]
    assert by[1942]["doi"] == "10.1115/1.2988384", by[1942]
    assert by[1399]["arxiv"] == "1808.00671", by[1399]
    assert by[2069]["title"] == "Iterative Transformer Network for 3D Point Cloud", by[2069]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every uncommented <tr> row of the two publication tables (main table 13-1990, Preprints table"
        " 2057-2080) that names a paper is an entry, spanning <tr> through </tr>; the 'Older Work' divider row and the"
        " commented-out Advice row are not.  Title = the visible title in the text cell: plain text or link text"
        " before <br>, or the <a class=\"pubtitle\"> link text in older rows, tags stripped, whitespace collapsed, an"
        " award note ' - <award>...</award>' dropped.  Hidden BibTeX/abstract blocks are ignored for the title.",
        checked="Listed every <tr> row with its extracted title and span and compared all 64 rows against the file:"
        " 62 papers, the Older Work divider and the commented Advice row excluded; award suffixes (1399, 1629),"
        " multi-line pubtitle links, the duplicate 'Enabling Robots' title and the two preprints.",
    )


if __name__ == "__main__":
    main()
