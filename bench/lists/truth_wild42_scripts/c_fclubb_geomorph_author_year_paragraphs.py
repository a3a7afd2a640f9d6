"""Wild42 truth for fclubb/fclubb.github.io _pages/publications.md: the publications page of a
geomorphologist's academicpages (Jekyll) site (Fiona Clubb, Durham: river valleys, topographic analysis,
Himalayan sediment storage), written by hand.

Shape: 59 lines with CRLF line endings: YAML front matter (1-6), ``## Journal articles`` (8) and
``## Book chapters`` (55), each over citation paragraphs without list markers, one blank line apart:
``Authors (Year) Title, _Journal_ vol, pages. [Link](url)`` -- the site owner bold (``**Clubb, F.J.**``,
also ``**Clubb, F.J**`` and ``**Clubb, F. J.**``), the year in parentheses or a status ``(in review)`` /
``(accepted)`` (10-16), the venue in ``_underscores_``, a ``[Link](url)`` to the publisher page (Wiley
``/doi/full/`` and ``/doi/...?af=R``, Copernicus article pages, ``doi.org``, nature.com, ScienceDirect pii,
GeoScienceWorld), some with ``doi:10.x/y`` text before the link.  Special cases: 52-53, one paragraph
whose ``[Link](..)`` wraps to the next line; 24, ``CO<sub>2</sub>`` inside the title; 42 and 50, titles
ending in ``?`` (``How concave are river channels?,`` and ``... geomorphic processes? _Earth``); 46, an
article dated 2017 whose link is to a 2018 volume; typos in author lists (``Hurst. M.D.``, ``Weir. E.F.``).
The two book chapters (57, 59) write ``Title, in Editor (ed/eds) _Book_``.
Decisions:
- Entry = each citation paragraph (22 journal articles, three of them in review and one accepted, plus two
  book chapters) over its own lines -- 24.  The in-review manuscripts are listed as the author's articles:
  entries.
- Title = the text after the ``(Year)`` / ``(in review)`` / ``(accepted)`` marker up to the first ``, _``,
  `` _`` or ``, in `` (the venue); a trailing ``,`` dropped, ``?`` kept; ``<sub>`` markup removed (``CO2``).
- Ids: the first DOI of the paragraph (``doi:`` text or a DOI-bearing URL, Wiley ``?af=R`` query dropped),
  by the helper; Copernicus, nature.com, ScienceDirect and GeoScienceWorld links give none; no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "fclubb__fclubb.github.io___pages__publications@cf83e54.md"
PART = "wild42_development"

MARK = re.compile(r"\((?:\d{4}|in review|accepted)\)\s+")
END = re.compile(r",?\s+_|, in ")


def title_of(text: str) -> str:
    m = MARK.search(text)
    assert m, text[:80]
    rest = text[m.end():]
    e = END.search(rest)
    assert e, text[:80]
    return rest[: e.start()]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[7] == "## Journal articles" and lines[54] == "## Book chapters"
    papers = []
    n = 9
    while n <= len(lines):
        if not lines[n - 1].strip() or lines[n - 1].startswith("#"):
            n += 1
            continue
        first = n
        while n + 1 <= len(lines) and lines[n].strip():
            n += 1
        text = " ".join(lines[first - 1 : n])
        papers.append(entry(lines, first, n, title_of(text)))
        n += 1
    spans = {p["line"]: p["end"] for p in papers if p["end"] != p["line"]}
    assert spans == {52: 53}, spans
    t = {p["line"]: p["title"] for p in papers}
    assert t[24] == "Rock organic carbon oxidation CO2 release offsets silicate weathering sink", t[24]
    assert t[42] == "How concave are river channels?", t[42]
    assert t[50] == "How does grid-resolution modulate the topographic expression of geomorphic processes?", t[50]
    assert t[57] == "Beyond the long profile" and t[59] == "Reproducible topographic analysis", (t[57], t[59])
    d = {p["line"]: p["doi"] for p in papers}
    assert d[18] == "10.1029/2024jf007968" and d[57] == "10.1016/b978-0-12-818234-5.00026-2", (d[18], d[57])
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each citation paragraph under '## Journal articles' (22, four in review/accepted) and '## Book chapters' "
        "(2) is an entry over its own lines (52-53 wrapped); title = the text after '(Year)' / '(in review)' / "
        "'(accepted)' up to the italic venue (', _' or ' _') or ', in ' (chapters); ids = the first DOI the "
        "paragraph writes (doi: text or DOI URL).",
        "Read the whole file (59 CRLF lines) and compared all 24 titles and DOIs of the -v output with their "
        "paragraphs; checked the status markers of 10-16, the wrapped 52-53, the <sub> in 24, the '?' titles "
        "(42, 50), the two chapters' ', in' cut, the Wiley ?af=R query, doi: texts before links (36, 40, 48, 52), "
        "and that Copernicus, nature.com, ScienceDirect and GeoScienceWorld links give no DOI.",
    )


if __name__ == "__main__":
    main()
