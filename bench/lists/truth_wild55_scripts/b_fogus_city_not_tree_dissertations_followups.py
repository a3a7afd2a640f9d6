"""Wild55 truth for fogus/blog posts/2019/02/22/a-city-is-not-a-tree.md: Michael Fogus's blog post listing the
dissertations and papers from a page of his old notebook, each with his notes and "follow-up reading / viewing", at
the newest commit touching the file (3a25656, 2023-12-19, the move into ``posts/``).

Shape: 107 lines (no final newline), 8 KB.  Intro prose (1-7) mentioning Christopher Alexander's essay, an image and
a footnote.  Then setext sections (``Constraint programming`` 9, ``Actors`` 23, ``Continuations`` 36, ``Internet of
Things`` 48, ``SHRDLU`` 60, ``Production Rules`` 75, ``fexprs`` 91, ``Contracts`` 104).  Each opens with the main
work as a paragraph in straight double quotes around a link, ``"[Title](url)" by Author`` (``By`` at 12, no author
at 63), then commentary, footnotes, and a ``#### follow-up reading / viewing`` list of `` * [Name](url) ...``
bullets that mixes papers with books, talks, code, docs and blog posts.

Special cases:
- The post is cut off in the source: the last line (107) is ``"[Behavioral Software Contracts`` with no closing
  bracket, link or newline; it still names Findler's dissertation and is an entry.
- Follow-up bullets that are research papers, memos or theses are entries: 19 (Kowalski), 20 (``Constraints``,
  Steele and Sussman), 32 (Hewitt), 33 (Greif, trailing period), 34 (Däcker, ``by by``), 57 (the Contiki paper,
  written ``Contiki-alightweightandflexible operating system ...`` with its spaces lost; kept as written), 86 (Rete),
  101 (``The Evolution of Lisp``, HOPL), 102 (Wand).
- Follow-ups that are not papers: code (16, 17), books (18, 71, 87, 88, 89), a conference talk (21), Racket docs
  (45), a blog post (46), a Technology Review magazine piece (58), the LISP 1.5 Programmer's Manual (100).
- Alexander's essay in the intro sentence (1) is context in prose, not a list item: not an entry.
- CiteSeerX ``doi=10.1.1...`` query parameters (51, 102) are not DOIs; no arXiv ids.

Decisions:
- Entry = each quoted main-work paragraph (12, 26, 39, 51, 63, 78, 94, 107) and each follow-up bullet naming a
  paper (9 bullets): 17 entries, each one line.
- Title = the link text (the quoted text for the truncated 107), trailing period dropped (33).
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "fogus__blog__posts__2019__02__22__a-city-is-not-a-tree@3a25656.md"
PART = "wild55_development"

MAIN = re.compile(r'^"\[(?P<title>[^\]]+?)(?:\]\([^)]+\)")?(?: [Bb]y .+)?\s*$')
FOLLOW = re.compile(r"^ \* \[(?P<title>[^\]]+)\]\(")
PAPER_BULLETS = {19, 20, 32, 33, 34, 57, 86, 101, 102}
OTHER_BULLETS = {16, 17, 18, 21, 45, 46, 58, 71, 87, 88, 89, 100}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[106] == '"[Behavioral Software Contracts', lines[106]
    papers = []
    bullets = set()
    for n, ln in enumerate(lines, 1):
        if ln.startswith('"['):
            m = MAIN.match(ln)
            assert m, (n, ln)
            papers.append(entry(lines, n, n, m.group("title").rstrip(".")))
        elif ln.startswith(" * ["):
            m = FOLLOW.match(ln)
            assert m, (n, ln)
            bullets.add(n)
            if n in PAPER_BULLETS:
                papers.append(entry(lines, n, n, m.group("title").rstrip(".")))
    assert bullets == PAPER_BULLETS | OTHER_BULLETS, sorted(bullets ^ (PAPER_BULLETS | OTHER_BULLETS))
    by = {p["line"]: p for p in papers}
    assert sorted(n for n in by if n not in PAPER_BULLETS) == [12, 26, 39, 51, 63, 78, 94, 107], sorted(by)
    assert by[12]["title"] == (
        "The Definition and Implementation of a Computer Programming Language Based on Constraints"), by[12]
    assert by[51]["doi"] is None, by[51]
    assert by[63]["title"] == (
        "Procedures as a representation for data in a computer program for understanding natural language"), by[63]
    assert by[94]["title"] == (
        "Fexprs as the basis of Lisp function application; or, $vau: the ultimate abstraction"), by[94]
    assert by[107]["title"] == "Behavioral Software Contracts", by[107]
    assert by[19]["title"] == "Algorithm = Logic + Control", by[19]
    assert by[20]["title"] == "Constraints", by[20]
    assert by[33]["title"] == "Semantics of communicating parallel processes", by[33]
    assert by[57]["title"] == "Contiki-alightweightandflexible operating system for tiny networked sensors", by[57]
    assert by[102]["title"] == "The theory of fexprs is trivial" and by[102]["doi"] is None, by[102]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers), papers
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each section's main work, a paragraph '\"[Title](url)\" by Author' (12, 26, 39, 51, 63, 78, 94, and the"
        " truncated last line 107 '\"[Behavioral Software Contracts'), is an entry, and so is each '#### follow-up"
        " reading / viewing' bullet ' * [Title](url)' that names a paper, memo or thesis (19, 20, 32, 33, 34, 57, 86,"
        " 101, 102); follow-up books, code, talks, docs, blog and magazine posts and the LISP 1.5 manual are not, nor"
        " is Alexander's essay in the intro prose.  Title = the link text, trailing period dropped.",
        "Read the whole post and compared -v with every quoted paragraph and all 21 follow-up bullets, classifying each"
        " bullet by its target (book/Amazon, code, talk, docs, blog, magazine, manual vs paper); checked the truncated"
        " last line, the '$vau' and '=' and '+' in titles, the spaces-lost Contiki title kept as written, no DOIs from"
        " the CiteSeerX doi= parameters.",
    )


if __name__ == "__main__":
    main()
