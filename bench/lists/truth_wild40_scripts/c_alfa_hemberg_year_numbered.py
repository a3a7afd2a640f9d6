"""Wild40 truth for ALFA-group/alfa-group.github.io pages/publications.md at 0c8edc3: a lab publications
page (single-cell genomics, Martin Hemberg's group) in the Markdown source of a Jekyll lab site.

Version: the file exists only in 0c8edc3 (2025-02-17, "copy template from M. Hemberg website") and
1165dd8; the ALFA group (MIT) started its site by copying the Hemberg lab's site, so this version holds the
Hemberg lab's hand-written list; 1165dd8 already cut it down and ba7ef44 (2025-02-21) moved the page to
_pages/publications.md with a ``{% bibliography %}`` tag.  The newest commit therefore has no list and the
first version is taken.

Shape: front matter (1-5), a Google Scholar line (7), a year jump line of anchor links ``[2025](#2025)
... [2016](#2016)`` (9, not entries), then year headings ``## <a id="2024"></a>2024`` (2025 is empty)
each followed by a numbered list restarting at 1 (13, 3, 13, 10, 5, 5, 6, 5, 5 items), one item per line
with blank lines between: ``N. Authors, **Martin Hemberg**, ..., [*Title*](URL), **Journal**, vol,
pages, year.``  Variants: the italic run opening outside the link ``*[Title*](URL)`` (47); unlinked
italic titles (94, 118, 120, 122, 158, 160); ``(News & Views)`` after a title (120); a chapter "for
**Handbook of Statistical Genetics**" (122) and a protocol chapter whose book is a second bold link (70);
two spaces after the item number (66, 74, 82-92, 104-110) and in the author list (160); URLs with
parentheses in Cell Press paths (17, 19, 29, 37); a DOI written as text in the venue (52).

Decisions:
- Entries: every numbered item, 65 in all: articles, reviews, the News & Views piece (120, a signed
  journal article), the Human Cell Atlas white paper (143), the two chapters (70, 122).  One line each.
- Title: the italic title after the author list, link and markup removed (``[*T*](u)``, ``*[T*](u)`` or
  ``*T*``); ``(News & Views)`` and ``chapter for ...`` are not part of it.
- Ids: the first DOI the line writes (Springer / BMC / Frontiers / OUP URLs holding it, OUP's article
  number and query and Frontiers' ``/full`` dropped; the text DOI of 52); none for Nature article ids,
  ScienceDirect pii, Cell Press, PMC, eLife, Science, CSHL and BMJ URLs and the unlinked items.  Line 27's
  Springer URL ends ``.../10.1186/s13059-024-03224-8a`` (a stray 'a' after the DOI); the DOI is kept as
  written there.  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "ALFA-group__alfa-group.github.io__pages__publications@0c8edc3.md"
PART = "wild40_development"

ITEM = re.compile(r"^(\d+)\.\s+\S")
TITLE = re.compile(r", (?:\[\*(?P<a>.+?)\*\]\(|\*\[(?P<b>.+?)\*\]\(|\*(?P<c>[^*]+?)\*[ ,])")
YEAR = re.compile(r'^## <a id="(\d{4})"></a>\1$')
COUNTS = {"2025": 0, "2024": 13, "2023": 3, "2022": 13, "2021": 10, "2020": 5, "2019": 5, "2018": 6,
          "2017": 5, "2016": 5}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    year = None
    for i, ln in enumerate(lines, 1):
        y = YEAR.match(ln)
        if y:
            year = y.group(1)
            counts[year] = 0
            continue
        m = ITEM.match(ln)
        if not m:
            assert not re.match(r"^\s*\d+\.", ln), i
            continue
        assert year and int(m.group(1)) == counts[year] + 1, i
        assert not lines[i].strip(), i
        t = TITLE.search(ln)
        assert t, i
        papers.append(entry(lines, i, i, t.group("a") or t.group("b") or t.group("c")))
        counts[year] += 1
    assert counts == COUNTS, counts
    t = {p["line"]: p["title"] for p in papers}
    assert t[15] == "Integrative single-cell characterization of a frugivorous and an insectivorous bat kidney and " \
        "pancreas", t[15]
    assert t[47] == "Predicting the impact of sequence motifs on gene regulation using single-cell data", t[47]
    assert t[120] == "Supervised clustering of single cell data", t[120]
    assert t[122] == "Statistical methods for scRNA-seq", t[122]
    assert t[143] == "The Human Cell Atlas", t[143]
    assert t[160] == "Chromatin Remodeling Shuts Off Activity Genes to Regulate Dendrite Elimination and Sensorimotor " \
        "Encoding", t[160]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[52] == "10.1093/nar/gkac136" and d[70] == "10.1007/978-1-0716-2521-7_8", d
    assert d[23] == "10.1186/s13059-024-03201-1" and d[21] is None and d[17] is None, d
    assert d[27] == "10.1186/s13059-024-03224-8a" and d[72] == "10.3389/fcell.2022.976549", d
    assert sum(1 for v in d.values() if v) == 19, d
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 65, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered item under the ## year headings (lists restart at 1 per year) is an entry on its line "
        "(65: articles, reviews, a News & Views piece, a white paper, two chapters); title = the italic title "
        "after the authors ([*T*](u), *[T*](u) or *T*), markup removed, '(News & Views)' and 'chapter for' "
        "outside it; ids = the first DOI the line writes (URL or text).",
        "All 164 lines read; the per-year numbering checked complete; all 65 titles compared with the -v "
        "output, including the crossed italic/link markup (47), the unlinked titles (94, 118-122, 158, 160), "
        "the Cell Press URLs with parentheses (17, 19, 29, 37), the two-space items and author list; DOIs checked "
        "line by line against the URLs (OUP article-number URLs 45, 52, 66, 74, 90, 92, 116, 154; text DOI 52; "
        "the protocol chapter's first link 70; pii/PMC/eLife lines without DOI).",
    )


if __name__ == "__main__":
    main()
