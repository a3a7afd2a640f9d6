"""Wild54 truth for ul-fmf/tydi-form-site accepted-papers.md: the "Accepted Papers" page of the CSL 2021 conference
(Computer Science Logic) web site, whose Jekyll files were the starting point of the TYDI project site of the Ljubljana
logic group (ul-fmf).  Taken at commit 9dc27b4 (2020-11-24, "Add files from CSL2021 site"): the newest commit
(b65f9aa, 2021-01-16, "organize pages") deleted the page.

Shape: 141 lines, 3.7 KB.  Front matter (1-5, ``title: "Accepted Papers"``), then 34 cards of four lines each
(7-141): an italic title line ``*Realizability without Symmetry*``, a ``<br/>`` line, a plain author line
``Haruka Tomita`` / ``Moritz Lichter and Pascal Schweitzer``, and a blank line.  No links, no venue, no years, no
ids: titles only.

Special cases:
- Non-ASCII: ``µ-Calculus`` (39), ``Church’s thesis and related axioms in Coq's type theory`` (139, a curly and a
  straight apostrophe), accented author names.
- ``Game Comonads & Generalised Quantifiers`` (55): a bare ``&``.
- Titles with a question mark (83) and a colon (35, 127); ``HFLN`` (91).

Decisions:
- Entry = each italic title line with its ``<br/>`` and author line (three lines); title = the italic text.
- No ids (the page has no links).
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "ul-fmf__tydi-form-site__accepted-papers@9dc27b4.md"
PART = "wild54_development"

TITLE = re.compile(r"^\*(?P<title>[^*]+)\*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = TITLE.match(ln)
        if not m:
            continue
        assert lines[n] == "<br/>", (n, lines[n])
        assert lines[n + 1] and not lines[n + 1].startswith(("*", "<")), (n, lines[n + 1])
        papers.append(entry(lines, n, n + 2, m.group("title")))
    assert len(papers) == 34, len(papers)
    assert [p["line"] for p in papers] == list(range(7, 140, 4))
    t = {p["line"]: p for p in papers}
    assert t[7]["title"] == "Realizability without Symmetry", t[7]
    assert t[39]["title"] == "The Alternating-Time µ-Calculus With Disjunctive Explicit Strategies", t[39]
    assert t[55]["title"] == "Game Comonads & Generalised Quantifiers", t[55]
    assert t[83]["title"] == "Are Two Binary Operators Necessary to Finitely Axiomatise Parallel Composition?", t[83]
    assert (t[139]["title"], t[139]["end"]) == ("Church’s thesis and related axioms in Coq's type theory", 141)
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each card of an italic title line, a '<br/>' line and an author line (34 cards, lines 7-141, four lines"
        " apart) is an entry spanning its three lines; title = the italic text. The page has no links, so no ids.",
        "Read all 141 lines; compared -v with all 34 titles, including the µ (39), '&' (55), '?' (83) and the mixed"
        " apostrophes of 139; every card has exactly one title, one <br/> and one author line.",
    )


if __name__ == "__main__":
    main()
