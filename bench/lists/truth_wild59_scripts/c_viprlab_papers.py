"""Wild59 truth for AIAesthetics/viprlab.github.io papers.md at 5e6454f (2019-09-15): the "Papers" page of a lab web
site (the Visual Processing lab, Multimedia University, Malaysia; Jekyll).  The papers are not in the Markdown body:
they are a YAML list in the page's front matter, and the body is a Liquid template that renders them.

Shape: 381 lines.  Front matter from ``---`` (1) to ``---`` (365): ``layout``, ``permalink``, ``title: Papers``
(2-4), then ``pubs:`` (5) with one ``- year: "YYYY"`` group per year, 2019 (7), 2018 (92), 2017 (197), 2016 (259),
2015 (317), each with ``groups:`` and one item per paper::

    - title:   "Title"
      author:  "A, B, C"
      pub:     "Venue"
      type:     j|c
      url:     "https://..."
      doi:     "https://doi.org/10..."
      note:    "Scopus Q1, IF: ..."

After the front matter, ``## Publications`` (367), a legend (368-369) and the Liquid loop (370-381) that prints
each item; none of it names a paper.

Special cases:
- Some items are indented with tabs (``- title:<TAB>"..."``, 224-254, 302...), others with spaces.
- Items have different keys: ``url``, ``doi`` and ``note`` are optional (8 items carry a ``note`` with Scopus
  quartile and impact factor).
- DOIs are written as doi.org / dx.doi.org URLs, once as a bare ``10.1016/j.image.2016.06.004`` (266); one url is an
  arxiv.org/pdf link (150).  Two url lines carry a DOI-like path before the doi line (19, an ACM delivery link
  ``10.1145/3330000/3328993/...``; 117, a Springer book PDF ``10.1007%2F978-3-030-21074-8.pdf``): the DOI of those two
  entries (15, 113) is set by hand to the one the doi line names.
- 67-72 repeats the doi of 61-66 (``10.1109/FG.2019.8756611``, a copy-paste slip in the file): kept as written.
- The same paper appears twice in 2018 with slightly different titles (94 ``3-D``, 133 ``3D``) and one DOI: two
  entries, as listed.

Decisions:
- Entry = every ``- title:`` item of the front-matter YAML (61 entries); span = from the ``- title:`` line to the
  item's last key line (before the next item, the next ``- year:``, a blank line or the closing ``---``).
- Title = the quoted value of ``title:``.
- The page's own ``title: Papers`` (4), the ``- year:`` lines, the legend and the Liquid template are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "AIAesthetics__viprlab.github.io__papers@5e6454f.md"
PART = "wild59_development"

ITEM = re.compile(r'^\s+- title:\s*"(?P<t>[^"]+)"\s*$')
KEY = re.compile(r"^\s+(?:author|pub|type|url|doi|note):")


def main() -> None:
    lines = read_lines(NAME)
    end_fm = lines.index("---", 1) + 1
    papers = []
    for n, ln in enumerate(lines[:end_fm], 1):
        m = ITEM.match(ln)
        if not m:
            continue
        last = n
        while last < end_fm and KEY.match(lines[last]):
            last += 1
        papers.append(entry(lines, n, last, m.group("t").strip()))
    by = {p["line"]: p for p in papers}
    # The url line before the doi line holds a DOI-like path: take the DOI the doi line names (checked by eye).
    by[15]["doi"] = "10.1145/3328993"
    by[113]["doi"] = "10.1007/978-3-030-21074-8_10"
    assert end_fm == 365, end_fm
    assert len(papers) == 61, len(papers)
    first = papers[0]
    assert first["title"] == "Dual-stream Shallow Networks for Facial Micro-expression Recognition", first
    assert first["line"] == 9 and first["end"] == 14 and first["doi"] == "10.1109/icip.2019.8802965", first
    assert by[94]["title"] == "Aesthetics-driven stereoscopic 3-D image recomposition with depth adaptation"
    assert by[94]["end"] == 100 and by[94]["doi"] == "10.1109/tmm.2018.2820324", by[94]
    assert by[224]["title"].startswith("MultiGAP: Multi-pooled inception network"), by[224]
    assert by[302]["title"] == "DUKE: Enhancing virtual reality based FPS game with full-body interactions"
    assert by[101]["title"].startswith("Multi-scale Spatiotemporal Information Fusion"), by[101]
    assert any(p["arxiv"] == "1606.01721" for p in papers)
    assert any(p["doi"] == "10.1016/j.image.2016.06.004" for p in papers)
    assert sum(1 for p in papers if p["line"] < 92) == 14
    assert by[15]["doi"] == "10.1145/3328993" and by[113]["doi"] == "10.1007/978-3-030-21074-8_10"
    assert by[133]["doi"] == by[94]["doi"] and by[133]["title"] != by[94]["title"]
    write_truth(
        NAME,
        PART,
        papers,
        method="The papers are a YAML list in the front matter (lines 1-365): every '- title: \"...\"' item is one"
        " entry (61), spanning its key lines (author, pub, type, url, doi, note).  Title = the quoted title value."
        "  The page's own 'title: Papers', the '- year:' group lines, and the Markdown body after the front matter"
        " (a legend and a Liquid loop that renders the list) are not entries.",
        checked="Read the whole file; compared the -v output with every '- title:' item in the five year groups,"
        " checked tab- and space-indented items, items with and without url/doi/note, the span ends, DOIs from"
        " doi.org/dx.doi.org URLs and the bare DOI at 266 (every entry's DOI compared with its doi line; 15 and 113 set by"
        " hand), the paper listed twice (94, 133), and the arXiv id from the arxiv.org/pdf url at 150.",
    )


if __name__ == "__main__":
    main()
