"""Wild51 truth for dibrinsofor/notes todo.md: a personal "papers/books I want to read" to-read list of a programming
languages / systems student, newest commit (c80b544), 42 lines, 4 KB.

Shape: ``# papers/books I want to read`` (1), ``## Books`` (3) with two HTML comments holding commented-out book
bullets (4-5 one comment over two lines, 6, 7) and four live book bullets (8-11: Red Book, SWE Book, PAPL, DCIC),
then ``## Papers`` (14) with 22 bullets (15-36) ``* [Title](url) by **Author** et al, Year.``, and blank lines to the
end (37-42).

Special cases:
- Empty links ``[Title]()`` (15, 20, 21, 27): the title is still written, no id.
- 27 ``* [The cloud is not enough: Saving IoT from the cloud]() by `` stops after ``by`` (no author, no year).
- 25 ``Key-Value Storage Engines`` (a SIGMOD tutorial paper, link to the author's publication page) and 36
  ``A Note on Distributed Computing`` (a Sun tech report, link to an ACM ``/doi/book/10.5555/...`` page) are kept as
  research works under the Papers heading.
- ACM links give DOIs (``/doi/10.1145/...``, ``/doi/abs/...``, ``/doi/epdf/...``, ``/doi/book/10.5555/...``,
  ``/doi/10.5555/...``); Taylor & Francis ``/doi/abs/10.1080/...`` too.

Decisions:
- Entry = every bullet under ``## Papers`` (22); title = the link text as written (lower-case as written, e.g.
  ``The next 700 programming languages``).
- Not entries: the Books section (books and a book-like course text, live or commented out), headings.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "dibrinsofor__notes__todo@c80b544.md"
PART = "wild51_development"

ITEM = re.compile(r"^\* \[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\) by ")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# papers/books I want to read"
    papers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if section != "Papers" or not ln.strip():
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title").strip()))
    t = {p["line"]: p for p in papers}
    assert (t[15]["title"], t[15]["doi"]) == ("Arguments and Results", None), t[15]
    assert (t[17]["title"], t[17]["doi"]) == ("The next 700 programming languages", "10.1145/365230.365257"), t[17]
    assert t[27]["title"] == "The cloud is not enough: Saving IoT from the cloud", t[27]
    assert t[33]["doi"] == "10.1080/07370024.2018.1512413", t[33]
    assert t[36]["title"] == "A Note on Distributed Computing", t[36]
    assert [p["line"] for p in papers] == list(range(15, 37)), [p["line"] for p in papers]
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* [Title](url) by **Author** ..., Year.' bullet under '## Papers' (15-36) is an entry (22), title = the"
        " link text as written; empty links '()' keep their title; the Books section (live and commented-out book"
        " bullets) is not entries.",
        "Read all 42 lines; compared -v for all 22 entries: titles, empty-link rows 15/20/21/27 (no ids), the"
        " author-less row 27, ACM DOIs from /doi/, /doi/abs/, /doi/epdf/, /doi/book/ links and the T&F DOI 33;"
        " none from CMU/Gatech/UT/Harvard/ResearchGate links.",
    )


if __name__ == "__main__":
    main()
