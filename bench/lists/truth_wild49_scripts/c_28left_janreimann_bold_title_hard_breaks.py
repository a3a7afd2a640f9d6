"""Wild49 truth for 28left/janreimann ``publications.md``: the hand-written publication page of a mathematician's
Jekyll site (algorithmic randomness, effective dimension, computability), newest commit (69e2477, 2023-07-08).

Shape: 113 lines, 5 KB.  Front matter (1-5), a line holding one space (7), then ``-`` bullets separated by blank
lines, each a small block of hard-broken lines (trailing double spaces or ``<br>``):
``- __Title__  [[pdf]](Publications/file.pdf)`` / ``(with Co-Author)`` / venue line(s), sometimes a closing
``(an earlier version appeared in: <em>STACS 2005 ..., LNCS 3404 ...</em>)`` line.  18 papers (8-91, newest
first, no year headings, a run of four blank lines 23-26), then ``### Other`` (94) with five bullets: a textbook
(96, title wrapped in an ``<a>`` inside the bold), draft lecture notes (100), a Scholarpedia article (103), the
doctoral dissertation (108) and the diploma thesis (111) whose German title is followed by its English
translation on its own line, ``(_Topological games and resource-bounded Baire category_)`` (112).

Special cases:
- HTML entities in titles and lines (``resourcenbeschr&auml;nkte`` 111, ``Andr&eacute;`` 73) decode in the title.
- Typos kept as written outside titles (``To apper`` 10, ``Woflgang`` 73, ``Compter`` 84); the title of 15 runs
  the journal name into it (``... Time Series Data Signal Processing``) and is kept as written.
- The "(an earlier version appeared in: ...)" lines name an earlier conference version without a title: part of
  the entry, not an entry of their own.
- No DOI or arXiv id anywhere: every link is a local PDF (``Publications/1709.09274.pdf`` is an arXiv number as a
  file name, not an arXiv link), the AMS bookstore or Scholarpedia.

Decisions:
- Entry = each bullet naming a research work: the 18 papers, the Scholarpedia article (103, a peer-reviewed
  encyclopedia article), the dissertation (108) and the diploma thesis (111): 21.  Not entries: the textbook
  ``An introduction to Ramsey Theory`` (96, a book) and the ``Lecture notes on Descriptive Set Theory`` draft (100,
  course notes).
- Span = the bullet line to the last non-blank line before the next blank line; title = the ``__bold__`` text
  (the ``<a>`` markup dropped), the diploma thesis's parenthesised English translation dropped.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "28left__janreimann__publications@69e2477.md"
PART = "wild49_development"

BULLET = re.compile(r"^- __(?P<title>.+?)__")
NOT_PAPERS = ("An introduction to Ramsey Theory", "Lecture notes on Descriptive Set Theory")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[93] == "### Other"
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        end = n
        while end < len(lines) and lines[end].strip():
            end += 1
        title = re.sub(r"<[^>]+>", "", m.group("title"))
        if title in NOT_PAPERS:
            skipped.append(n)
            continue
        papers.append(entry(lines, n, end, title))
    assert skipped == [96, 100], skipped
    assert len(papers) == 21, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[8]["title"], t[8]["end"]) == ("Effective randomness for continuous measures", 10), t[8]
    assert t[12]["title"] == "Information vs dimension – an algorithmic perspective", t[12]
    assert t[15]["title"].endswith("Markov Modeling of Time Series Data Signal Processing"), t[15]
    assert t[72]["end"] == 75, t[72]
    assert (t[88]["title"], t[88]["end"]) == ("Hausdorff dimension in exponential time", 91), t[88]
    assert t[103]["title"] == "Algorithmic randomness", t[103]
    assert (t[111]["title"], t[111]["end"]) == ("Topologische Spiele und resourcenbeschränkte Baire-Kategorie", 113)
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '-' bullet naming a research work is an entry, spanning the bullet line to the last non-blank line"
        " before the next blank line (co-authors, venue, 'earlier version appeared in' lines); title = the __bold__"
        " text, markup and entities cleaned; the diploma thesis's English translation line (112) is not title text."
        " 18 papers plus, under '### Other', the Scholarpedia article, the dissertation and the diploma thesis: 21."
        " The textbook (96) and the draft lecture notes (100) are not entries.",
        "Read all 113 lines; compared -v for all 21 entries: spans (3-4 lines each, 2 for 12/49/108), titles as"
        " written incl. the en dash in 12 and the run-on 'Data Signal Processing' in 15, entity-decoded 111; no ids"
        " (all links are local PDFs, AMS bookstore, Scholarpedia).",
    )


if __name__ == "__main__":
    main()
