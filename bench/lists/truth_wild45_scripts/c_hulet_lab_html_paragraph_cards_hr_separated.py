"""Wild45 truth for huletlab/atomcool.github.io publications.md: the full publication list (1990-2015) of Randall
Hulet's ultracold-atom group at Rice University (lithium Bose-Einstein condensates, matter-wave solitons, polarized
Fermi gases, photoassociation, weak values), as the lab's Jekyll site keeps it.

Shape (446 lines): YAML front matter (1-6), then raw HTML pasted from a WYSIWYG editor, no Markdown at all.  A
record is three ``<p>`` lines: the authors (``<p style="font-size: 12.16px; ...">S. E. Pollack, D. Dries, and R. G.
Hulet</p>``), the title in ``<strong>"..."</strong>`` (sometimes with a ``<span style=...>`` inside or a ``style``
on the ``strong``), and the venue line with an ``<a href>`` to the publisher and a local ``PDF`` link.  Records are
separated by ``<hr>`` plus an empty ``<p ...> </p>`` spacer; three times two records share one ``<hr>`` group and are
separated only by the spacer (87-93, 296-302, 364-370).  Irregular records: the venue on the title line after the
``</strong>`` (53-54, 207-208, 211-212, 215-216, 249-250, 273-274, 277-278, 335-336: book chapters and proceedings
``in Laser Spectroscopy ...``), no author line at all (176, 179: two chapters by Hulet alone), a fourth line with the
arXiv link (7-10), the DOI written as link text (98, ``10.1126/science.1182840``), markup inside titles (``<em>p</em>``,
``<sup>7</sup>Li``, ``<sub>2</sub>``), straight quotes around every title and single quotes inside two (433, 443).
Repeated titles: ``"Bose-Einstein Condensation of Lithium"`` is three different articles (291, 296, 305).

Decisions:
- Entries (91): every record with a ``<strong>`` title: journal articles, conference proceedings, book chapters and
  encyclopedia/yearbook articles (176), a News & Views piece (219) and a popular-science article (244) -- all
  written works of the group; none is a whole book.
- Span: the record's ``<p>`` lines between separators (an ``<hr>`` or an empty ``<p> </p>``).
- Title: the text of the first ``<strong>`` element, tags removed, the surrounding double quotes and spaces dropped
  (``<sup>7</sup>Li`` -> ``7Li`` as the markup-free text reads).
- Ids: from the record's lines; APS abstract links give DOIs, Nature/IOP/Science pages mostly do not.  The IOP link
  of 48-50 ends ``063006/meta;jsessionid=C193...``: the helper keeps the session tail, so the DOI is cut to
  ``10.1088/1367-2630/15/6/063006``.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "huletlab__atomcool.github.io__publications@22084ab.md"
PART = "wild45_development"

SEPARATOR = re.compile(r"^(<hr>|<p[^>]*>[\s\xa0]*</p>)$")
STRONG = re.compile(r"<strong[^>]*>(.*?)</strong>", re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    blocks: list[list[int]] = []
    cur: list[int] = []
    for n in range(7, len(lines) + 1):
        ln = lines[n - 1]
        if SEPARATOR.match(ln) or not ln.strip():
            if cur:
                blocks.append(cur)
                cur = []
            continue
        assert ln.startswith("<p"), (n, ln)
        cur.append(n)
    if cur:
        blocks.append(cur)
    papers = []
    for b in blocks:
        first, last = b[0], b[-1]
        assert b == list(range(first, last + 1)) and len(b) <= 4, b
        text = "\n".join(lines[first - 1 : last])
        m = STRONG.search(text)
        assert m, (first, text)
        title = re.sub(r"<[^>]+>", "", m.group(1)).strip()
        assert title.startswith('"') and title.endswith('"'), (first, title)
        p = entry(lines, first, last, title.strip('"').strip())
        if p["doi"] and ";jsessionid" in p["doi"]:
            assert first == 48, first
            p["doi"] = "10.1088/1367-2630/15/6/063006"
        papers.append(p)
    assert len(papers) == 91, len(papers)
    assert [p["line"] for p in papers if p["end"] == p["line"]] == [176, 179]
    assert [p["line"] for p in papers if p["arxiv"]] == [7, 23]
    assert [p["line"] for p in papers if p["doi"]] == [13, 18, 28, 43, 48, 57, 62, 67, 77, 82, 91, 96]
    write_truth(
        NAME,
        PART,
        papers,
        "Each HTML record (authors <p>, <strong>\"Title\"</strong> <p>, venue <p>, separated by <hr> or an empty"
        " <p> </p>) is one written work of the group (91: articles, proceedings, book chapters, a yearbook article, a"
        " News & Views, a popular article); title = the first <strong>'s text without tags and quotes; ids from the"
        " record's lines, the IOP DOI at 48 cut before ';jsessionid'.",
        "Whole file read (446 lines): every line after the front matter asserted to be a <p> line or a separator, every"
        " record asserted to hold a quoted <strong> title; all 91 -v lines compared with the file, in particular the"
        " first/last records (7-10 with its arXiv line, 443-445), the three hr groups holding two records (87/91,"
        " 296/300, 364/368), the author-less chapters 176 and 179, the venue-on-title-line records (53, 207, 211, 215,"
        " 249, 273, 277, 335), the titles with <em>/<sup>/<sub> (23, 111, 268, 286, 300, 310, 339, 344, 349, 359, 378,"
        " 388, 398, 403, 408) and the three 'Bose-Einstein Condensation of Lithium' records (291, 296, 305); ids: arXiv"
        " at 7 and 23, DOIs from the APS links, the Science DOI as link text (96-98) and the IOP link (48, session"
        " tail cut); none from Nature or Science early-view pages without a DOI.",
    )


if __name__ == "__main__":
    main()
