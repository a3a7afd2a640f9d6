"""Wild41 truth for benmarwick/faculty.washington.edu-bmarwick content/home/publications.md: the
"Publications" section of an archaeologist's Hugo Academic site (Ben Marwick: lithics, Southeast Asian and
Australian archaeology, reproducible research), written by hand over two decades.

Shape: 388 lines: a TOML front matter block (``+++`` 1-66) configuring a Hugo "pages" widget, an
Altmetric ``<script>`` (69), then year headings written as raw HTML ``<h2>2026</h2>`` (24 of them, 2026
down to 2002) over citation paragraphs with no list markers.  Two generations of markup coexist:
- 2026-2016 (75-268): Markdown paragraphs, one per blank-line separated block, mostly one line:
  ``Authors (Year). Title. _Journal_ vol, pages. [[PDF](..)] [[code & data](..)] [[DOI](..)]`` plus an
  Altmetric badge ``<span ... data-doi="10.x/y" class="altmetric-embed">``; the year is written
  ``(2025).``, ``(2024)``, ``2020.`` or a bare `` 2018 ``; some blocks wrap (89-90, 112-113, 193-194,
  222-224); the venue is not always italic (``PLOS Computational Biology 20(7)``, 112).
- 2015-2002 (270-385): HTML paragraphs ``<p>Authors Year. Title. <em>Journal</em> ... [<a href=..>PDF</a>]``
  with ``&nbsp;`` and ``&quot;`` entities, some without ``</p>``, two starting on consecutive lines with no
  blank line between (299-300), one running straight into the next year heading (306-307), one wrapping at
  a ``<br />`` (296-297), years with letters
  (``2009a``-``2009d``, ``2008a``-``2008f``, ...).
Decisions:
- Entry = each citation paragraph (a block of non-blank lines, split again where a line opens with
  ``<p>``), from its first to its last line -- journal articles, chapters in edited books,
  an encyclopedia entry (210), conference proceedings papers, a SocArXiv preprint (139), a commissioned
  report (355, "Significant Places ...", Department of Environment and Water Resources), journal comments,
  replies and book reviews (reviews are journal items: kept, as in earlier sets) -- 128 in all.
- Not entries: the paragraph inside an HTML comment (73, an unpublished "under review" paper, hidden on
  the page); the three edited volumes/issues (309 "Keeping your Edge" (eds) 2011, 335 "New Directions in
  Archaeological Science" (eds) 2009, 363 "(eds.) 2006b" of the Bulletin of the Indo-Pacific Prehistory
  Association) -- books and journal issues, not papers.
- Title = the text after the first year marker up to the first of: ". " (not after a lone capital, so
  "Julie K. Stein" and "et al.:" survive), an italic venue (`` _X``, ``<em>``, ``<i>``), a link list
  (``[[``, ``[<a``) or the Altmetric span; final "," or "." dropped, "?" kept.  Hand-set titles where
  that rule cuts wrong: 123 (a book review whose reviewed book runs on with its publisher),
  169 (ends "with R." -- the final "." is the separator, not an initial), 177 (Japanese chapter title;
  the bracketed English translation dropped), 204 (title in curly quotes:
  quotes dropped), 222-224 ("Reply to comments on Clarkson et al. (2017) ‘Human occupation ...’"),
  313 (italic species name inside the title: ``<em>Margaritanopsis laosensi</em><em>s</em>``),
  355 (report title only in ``<em>``), 373 and 379 (reviews: 373's quote never closes, cut before
  ", edited by"; 379's quoted book title contains ". ").  Reviews written ``Review of "Book" by X``
  keep ``Review of "Book"`` as the title (the quoted text as written, 216's "eds.," included).
- Ids: the first DOI the paragraph writes (``[[DOI](..)]``, ``doi.org`` links, a ``data-doi`` attribute,
  even the malformed ``https://10.1007/..`` of 110 and ``https://10.1371/..`` of 113; 179's later
  ``https://doi-org/..`` link comes after its article DOI); where a "code &
  data" or preprint DOI comes before the article's DOI, that first DOI is the entry's (the README's
  first-id convention).  arXiv ids from ``arXiv:``/arxiv.org links (169, 189, 212).
"""
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "benmarwick__faculty.washington.edu-bmarwick__content__home__publications@5f7499c.md"
PART = "wild41_development"

YEAR = re.compile(r"\(?\b(?:19|20)\d\d[a-f]?\)?\.?(?=\s|&nbsp;)")
ENDS = [r"(?<!\b[A-Z])\.\s", r"\.&nbsp;", r"\s_[A-Z]", r"<em>", r"<i>", r"\[\[", r"\[<a", r"<span"]
NOT_ENTRIES = {
    73: "HTML comment: a hidden 'under review' paper",
    309: "edited volume (eds) 2011",
    335: "edited volume (eds) 2009",
    363: "edited journal issue (eds.) 2006b",
}
TITLES = {
    123: "Book review: The Upper Paleolithic of Zagros",
    169: "The Rockerverse: Packages and Applications for Containerisation with R",
    177: "考古学における研究成果公開の動向　－データ管理・方法の透明性・再現性",
    204: "Particle Formation in a Complex Environment",
    222: "Reply to comments on Clarkson et al. (2017) ‘Human occupation of northern Australia by 65,000 years ago’",
    313: "Late Pleistocene monsoon variability in northwest Thailand: an oxygen isotope sequence from the bivalve "
         "Margaritanopsis laosensis excavated in Mae Hong Son province",
    355: "Significant Places: Sites of Importance in the Indigenous Peopling of Australia",
    373: 'Review of "Agency uncovered: Archaeological perspectives on social agency, power, and being human',
    379: "Review of \"Batavia's graveyard. The true story of the mad heretic who lead history's bloodiest mutiny\"",
}
REVIEW_CUT = re.compile(r'^(Review of "[^"]+")(?:,? by | edited by )')


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """Blocks of non-blank lines after the front matter, split where a line opens a ``<p>``; year headings
    close a block."""
    out = []
    cur = None
    for i, ln in enumerate(lines, 1):
        if i < 71:
            continue
        s = ln.strip()
        if not s or s.startswith("<h2>"):
            if cur:
                out.append(tuple(cur))
            cur = None
            continue
        if s.startswith("<p>") and cur:
            out.append(tuple(cur))
            cur = None
        if cur is None:
            cur = [i, i]
        else:
            cur[1] = i
    if cur:
        out.append(tuple(cur))
    return out


def rule_title(raw: str) -> str:
    m = YEAR.search(raw)
    assert m, raw[:80]
    rest = re.sub(r"^(?:\s|&nbsp;)+", "", raw[m.end():])
    ends = [x.start() for x in (re.search(p, rest) for p in ENDS) if x]
    title = html.unescape(rest[: min(ends)] if ends else rest)
    r = REVIEW_CUT.match(title)
    return r.group(1) if r else title


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    for first, last in paragraphs(lines):
        if first in NOT_ENTRIES:
            skipped.append(first)
            continue
        raw = " ".join(lines[first - 1 : last])
        title = TITLES.get(first) or rule_title(raw)
        papers.append(entry(lines, first, last, title))
    assert skipped == sorted(NOT_ENTRIES), skipped
    t = {p["line"]: p["title"] for p in papers}
    assert t[108] == "Everything is a Deposit: An interview with pioneering geoarchaeologist Julie K. Stein", t[108]
    assert t[92].startswith("Reply to Bourguignon et al.: Convergence") and t[92].endswith("East Asia"), t[92]
    assert t[94] == "Is archaeology a science? Insights and imperatives from 10,000 articles and a year of " \
        "reproducibility reviews", t[94]
    assert t[323] == 'Review of "Cultural Transmission and Material Culture: Breaking Down Boundaries"', t[323]
    assert t[357] == 'Review of "The origins and evolution of cultures"', t[357]
    assert t[385] == "Evidence of prehistoric occupation of the Abrolhos Islands, Western Australia", t[385]
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[89] == 90 and spans[222] == 224 and spans[296] == 297 and spans[299] == 299, spans
    a = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert a == {169: "2001.10641", 189: "1907.05947", 212: "1806.09525"}, a
    d = {p["line"]: p["doi"] for p in papers}
    assert d[75] == "10.17605/osf.io/ctne9" and d[236] == "10.1038/nature22968", (d[75], d[236])
    assert d[110] == "10.1007/s12520-024-02022-4" and d[139] == "10.31235/osf.io/93fpa", (d[110], d[139])
    print("no DOI:", [k for k, v in d.items() if not v])
    assert len(papers) == 128, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each citation paragraph under the <h2> year headings (Markdown paragraphs 2026-2016, <p> paragraphs "
        "2015-2002, split at each '<p>') is an entry over its own lines (128), except the commented-out paragraph (73) "
        "and three edited volumes/issues (309, 335, 363); title = the text after the first year marker up to the "
        "first '. ' (not after a lone initial), italic venue, link list or Altmetric span, with 9 hand-set titles "
        "(123, 169, 177, 204, 222, 313, 355, 373, 379) and reviews cut to 'Review of \"Book\"'; ids = the first DOI / "
        "arXiv id the paragraph writes (a leading code-&-data DOI included).",
        "Read the whole file; compared all 128 titles of the -v output with their paragraphs (both markup "
        "generations), the wrapped paragraphs (89-90, 112-113, 193-194, 222-224, 296-297), the adjacent <p> lines "
        "(299-300, 306), the year forms ('(2025).', '2020.', ' 2018 ', '2009c.', '2012.&nbsp;'), the 11 book "
        "reviews, the skipped comment and edited volumes, the hand-set titles, the first-DOI choice where a "
        "code & data DOI leads (75 etc.), the malformed DOI URLs (110, 113, 179), the data-doi-only entries and "
        "the three arXiv ids.",
    )


if __name__ == "__main__":
    main()
