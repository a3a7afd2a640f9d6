"""Wild62 truth for denadai2/marcodena.it content/best-papers-2016.md at e60062a (2018-01-21; the post dates from
2016-12-28): a PhD student's Pelican blog post "My favorite scientific papers of 2016" -- his personal top-ten of papers
read that year, with a footnote bibliography.

Shape: 55 lines.  Pelican metadata (1-4), intro (7-9), a numbered list ``N. [<title>](<url>)[^k]. <comment>`` (12-30,
one item per paragraph), an image (32), a closing paragraph naming a book (35), then footnote definitions
``[^k]: <Authors>. "<title>." <venue> (<year>)...`` (41-54).

Special cases:
- Item 6 (22) and its footnote ``[^11]`` (51) are a book (The Atlas of Economic Complexity, "This book is from 2013"),
  and the comment on 22 links a second book (``[book](goodreads...)``); line 35 names Jane Jacobs' book: not entries.
- The footnotes are numbered out of order relative to the list (item 6 -> ``[^11]``, item 10 -> ``[^13]``) and some are
  only cited inside comments (``[^9]``, ``[^10]``, ``[^12]``, ``[^14]``): every paper footnote is an entry of its own,
  so most papers appear twice (list item + footnote).
- Footnote titles are quoted and keep their own punctuation before the closing period: ``"To explain or to
  predict?."`` (44) and ``"Is this scaling nonlinear?."`` (48) give titles ending in ``?``.  Four footnotes wrap the
  quoted title in a link (49, 50, 52, 54): the title is the link text.
- Item 2 (14) links the same PNAS URL as item 1 (an error in the post); item 5 (20) and footnotes 49/54 carry a DOI
  inside a query string (``?id=10.1257/...``, ``?id=10.1371/...``).

Decisions:
- Entry = each numbered item whose link is a paper (9 items) and each footnote definition that is a paper (13 of 14).
- Title = the numbered item's link text; for footnotes the text between the double quotes, without link markup and
  without the closing period.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "denadai2__marcodena.it__content__best-papers-2016@e60062a.md"
PART = "wild62_held_out"

ITEM = re.compile(r"^\d+\. \[([^\]]+)\]\(")
FOOT = re.compile(r'^\[\^(\d+)\]: [^"]*"(.+?)\.?"')
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
BOOKS = {22, 51}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n in BOOKS:
            continue
        m = ITEM.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group(1)))
            continue
        m = FOOT.match(ln)
        if m:
            title = LINK.sub(r"\1", m.group(2)).strip()
            papers.append(entry(lines, n, n, title))
    assert len(papers) == 22, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == [12, 14, 16, 18, 20, 24, 26, 28, 30] + [n for n in range(41, 55) if n != 51], sorted(on)
    assert on[12]["title"] == "The TimeGeo modeling framework for urban mobility without travel surveys", on[12]
    assert on[18]["title"] == "To explain or to predict?", on[18]
    assert on[44]["title"] == "To explain or to predict?", on[44]
    assert on[48]["title"] == "Is this scaling nonlinear?" and on[48]["arxiv"] == "1604.02872", on[48]
    assert on[28]["arxiv"] == "1604.02872" and on[30]["arxiv"] == "1611.07004", (on[28], on[30])
    assert on[49]["title"].startswith("Rich and poor cities in Europe. An urban scaling approach"), on[49]
    assert on[49]["title"].endswith("European economic transition"), on[49]
    assert on[50]["title"] == "The origins of scaling in cities", on[50]
    assert on[52]["title"] == "The building blocks of economic complexity", on[52]
    assert on[54]["title"].startswith("Interplay between telecommunications and face-to-face"), on[54]
    assert on[53]["title"] == "Image-to-Image Translation with Conditional Adversarial Networks", on[53]
    assert on[46]["title"] == "Understanding congested travel in urban areas", on[46]
    for n in (22, 35, 51):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Blog post listing the author's favourite papers of 2016: a numbered list 'N. [title](url)[^k]."
        " comment' and a footnote bibliography '[^k]: Authors. \"title.\" venue'.  Entry = each numbered item and each"
        " footnote definition that is a paper (9 + 13 = 22; most papers therefore appear twice); the book in item 6"
        " and its footnote [^11], the book linked in item 6's comment and Jane Jacobs' book on 35 are not entries."
        "  Title = the item's link text, or the footnote's quoted text without link markup and closing period"
        " ('To explain or to predict?', 'Is this scaling nonlinear?').",
        checked="Read the whole file; compared the -v output with the 10 numbered items and 14 footnotes: the"
        " skipped book (22, 51), footnote-only papers (49, 50, 52, 54) with linked titles, the '?.' endings, arXiv"
        " ids on 28/30/48/53 and the DOIs taken from query strings (20, 49, 54).",
    )


if __name__ == "__main__":
    main()
