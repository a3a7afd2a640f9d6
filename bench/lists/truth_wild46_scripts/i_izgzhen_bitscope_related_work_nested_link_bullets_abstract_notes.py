"""Wild46 truth for izgzhen/bitscope-public ``related-work.md``: the related-work notes of a student project on
Bitcoin/blockchain analytics (transaction-graph analysis, address clustering and deanonymisation, fraud and
market-manipulation detection, price prediction), written by several team members who tag what they read with
their names (``(zhen)``, ``(zhitong)``, ``(tianyi)``).

Shape (392 lines): a setext ``Related Work`` title, then ``## Research Papers`` (4-339) with topic bullets at column
0: ``+ Graph analysis`` 6, ``+ Address Classification / Clustering / Deanonymization`` 145, ``+ Economics`` 229,
``+ Trading Algo & Price Prediction`` 239, ``- Graph Representation Learning`` 275, ``- Temporal Networks`` 278,
``+ Market Analysis & Fraud Detection`` 294, ``+ Survey`` 338.  Under them, paper bullets at four spaces, ``- `` or
``+ `` (the marker changes inside a topic, 176 -> 186), each ``[Title](url)`` followed by parenthesised notes (a
year, ``short``, a reader's name, or Google Scholar text ``(by M Fleder - 2015 - Cited by 71, short)`` with
invisible U+200E marks).  Under most papers, eight-space sub-bullets quote the abstract or future work, with
continuation lines indented further (or only to the sub-bullet's own column: 225-228), some of them twelve-space
sub-sub-bullets (148, 154, 157-159, 162).  Special records: two papers nested as eight-space sub-bullets of the
first one (14, 16, with their own twelve-space notes); bold-wrapped links ``**[Title](url)**`` (46, 146, 231, 299);
a struck-out record ``<strikethrough>[Title](url)</strikethrough> (zhen: this one looks a bit off-topic)`` (237, a
tag Markdown does not know); a bare-URL paper bullet (276, the Hamilton-Ying-Leskovec graph-representation survey
PDF) next to a bare GitHub URL (277); bare data-page URLs inside notes (282, 287, 298); the same CS224W project
report listed twice (113, 223).  After the papers: ``## Posts/Books`` (341: Medium and Towards-Data-Science posts, a
Google Books chapter link), ``## Reports/News`` (361), ``## Tools/Platforms`` (366) and ``## Notebooks/Repos`` (371:
Kaggle and GitHub links whose notes link a thesis report, 390, and a thesis PDF inline, 392).

Decisions:
- Entries (48): every paper bullet of the Research Papers section: conference and journal papers, preprints, the
  Stanford CS224W/CS229 project reports (48-131, 36, 297) and the Bitfury white paper (195), which the notes call
  papers; the nested papers 14 and 16; the struck-out 237 (struck through, but still listed); the bare-URL paper
  276 (title null); 113 and 223 as two entries.
- Not entries: topic bullets, the abstract/notes sub-bullets and the data pages in them (282, 287, 298), the
  GraphSAGE repository (277), and everything after line 340: blog posts, the book chapter, news, tools,
  notebooks and repositories, and the thesis links inside their notes (390, 392).
- Span: the paper bullet's line through its own notes: up to the line before the next paper bullet, the next
  bullet at the paper's indent or less, or the end of the section (so 7 ends at 13, before its nested paper 14).
- Title: the first link's text (bold and the strikethrough tag around it dropped), as written: typos kept
  (``TokenSales Analys`` 231, ``Distributionof`` 283).
- Ids: from the span's lines: arXiv abs/pdf links (14, 26, 40, 42, 146, 244, 290, 292, 299, 310; IACR ePrint is
  not arXiv), DOIs written in URLs: Springer chapter (155, percent-encoded ``10.1007%2F...``), Royal Society
  ``/doi/full/`` (237, 240) and PLOS ``article?id=10.1371/...`` (242, 285); IEEE Xplore, MDPI, IOP, ScienceDirect
  ``pii`` and the other PDF hosts give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "izgzhen__bitscope-public__related-work@bbd7089.md"
PART = "wild46_development"

SECTION_FIRST, SECTION_LAST = 5, 339  # '## Research Papers' runs to 339; '## Posts/Books' is 341
BULLET = re.compile(r"^( *)[-+] (.*)$")
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BARE_PAPER = 276
NOT_PAPER_URLS = {277, 282, 287, 298}  # a GitHub repo and data pages


def is_paper(n: int, lines: list[str]) -> bool:
    m = BULLET.match(lines[n - 1])
    if not m or n in NOT_PAPER_URLS:
        return False
    indent, text = len(m.group(1)), m.group(2)
    if n == BARE_PAPER:
        return True
    opens_with_link = re.match(r"^(?:\*\*|<strikethrough>)?\[[^\]]+\]\(", text) is not None
    return indent in (4, 8) and opens_with_link


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 393 and lines[-1] == "", len(lines)
    assert lines[3] == "## Research Papers" and lines[340] == "## Posts/Books", (lines[3], lines[340])
    starts = [n for n in range(SECTION_FIRST, SECTION_LAST + 1) if is_paper(n, lines)]
    papers = []
    for i, n in enumerate(starts):
        indent = len(BULLET.match(lines[n - 1]).group(1))
        last = n
        stop = starts[i + 1] if i + 1 < len(starts) else SECTION_LAST + 1
        while last + 1 < stop:
            nxt = lines[last]
            b = BULLET.match(nxt)
            if b and len(b.group(1)) <= indent:
                break
            if not nxt.strip():
                break
            last += 1
        if n == BARE_PAPER:
            assert lines[n - 1].endswith("/jure/pubs/graphrepresentation-ieee17.pdf"), lines[n - 1]
            papers.append(entry(lines, n, last, None))
            continue
        m = LINK.search(lines[n - 1])
        papers.append(entry(lines, n, last, m.group(1)))
    # every other link-opening bullet in the section is a note (sub-bullet of eight spaces or more) or excluded
    for n in range(SECTION_FIRST, SECTION_LAST + 1):
        b = BULLET.match(lines[n - 1])
        if b and n not in starts and LINK.search(b.group(2)) and b.group(2).startswith("["):
            raise AssertionError((n, lines[n - 1]))
    assert len(papers) == 48, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper bullet of '## Research Papers' (four-space '- '/'+ ' '[Title](url)' bullets, two nested at"
        " eight spaces, bold or <strikethrough>-wrapped links, one bare-URL paper with title null) is one entry (48,"
        " a CS224W report listed twice counts twice), not topic bullets, abstract notes, data pages, the GraphSAGE"
        " repo or the posts/books/news/tools/repos sections; span = the bullet through its own notes; title = the"
        " link text as written; ids (arXiv links, DOIs in Springer/Royal Society/PLOS URLs) from the span.",
        "Whole file read (392 lines); the 48 -v lines compared with the file: first and last paper of every topic"
        " (7, 131, 146, 223, 231, 237, 240, 265, 276, 279, 292, 295, 310, 339), the nested papers 14 and 16 and the"
        " end of 7's span at 13, the bold links 46, 146, 231, 299, the struck-out 237, the bare-URL paper 276 and the"
        " repo 277, the marker change 176/186, the shallow continuation lines 225-228 inside 223's span, the"
        " repeated report 113/223, the data-page notes 282, 287, 298 inside their papers' spans, the percent-encoded"
        " Springer DOI 155 and the PLOS and Royal Society DOIs, every arXiv id; lines 341-392 (posts, book chapter,"
        " news, tools, repos, thesis links 390 and 392) checked as non-entries.",
    )


if __name__ == "__main__":
    main()
