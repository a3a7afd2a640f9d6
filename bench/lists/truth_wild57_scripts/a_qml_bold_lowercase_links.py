"""Wild57 truth for autistic-symposium/quantum-computing-toolkit quantum_machine_learning/README.md: "quantum
machine learning", a short reading list of quantum machine learning papers (reviews, variational circuits, tensor
networks, quantum RL, optimisation, kernel methods; discrete- and continuous-variable), newest commit touching the
file (39b05b8, 2024-11-10).

Shape: 122 lines, 5.8 KB.  ``##``/``###``/``####`` headings (all lower case) separated by ``<br>`` lines and ``---``
rules; under each heading a ``*`` bullet list, one paper a line, the whole item in bold:
``* **[title in lower case](url) (YEAR)**``.  No authors, no venues, no descriptions.

Special cases:
- Every title is written entirely in lower case (``quantum machine learning: a classical perspective``, 13); the
  titles are kept exactly as the file writes them (not re-capitalised).
- 91: a typographic apostrophe in ``newton’s method`` is kept.
- 16: ``supervised learning with quantum computers`` links a Springer book page (springer.com/gp/book/...): it is
  a scholarly publication listed like the papers around it and is kept as an entry.
- 9: the item has a trailing space after the closing ``**``.
- 122: the link is malformed, ``https://arxiv.org/1803.07128`` (no ``abs/``); the id helper does not take
  it, so ``p["arxiv"] = "1803.07128"`` is set by hand (the id the link clearly names).
- 10 links a researchgate.net page and 16 the Springer book page: no id.
- arXiv ids come from arxiv.org/abs and arxiv.org/pdf links, with versions in a few (11 ``1611.09347v2``, 73
  ``1804.03680v1``); 9 has a DOI in an iopscience link (10.1088/2058-9565/aab859).

Decisions:
- Entry = every bullet line ``* **[...](...) (YEAR)**``: 50 entries, each one line (9-122).
- Title = the link text, as written (lower case).
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "autistic-symposium__quantum-computing-toolkit__quantum_machine_learning__README@39b05b8.md"
PART = "wild57_development"

ITEM = re.compile(r"^\* \*\*\[([^\]]+)\]\(([^)]*)\) \((\d{4})\)\*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.startswith("* "), (n, ln)
            continue
        p = entry(lines, n, n, m.group(1))
        if n == 122 and p["arxiv"] is None:
            p["arxiv"] = "1803.07128"  # malformed link https://arxiv.org/1803.07128, set by hand
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 50, len(papers)
    assert min(by) == 9 and max(by) == 122, (min(by), max(by))
    assert by[9]["title"] == "opportunities and challenges for quantum-assisted ml in nisq", by[9]
    assert by[13]["title"] == "quantum machine learning: a classical perspective", by[13]
    assert by[13]["arxiv"] == "1707.08561", by[13]
    assert by[11]["arxiv"] == "1611.09347", by[11]
    assert by[91]["title"] == "quantum gradient descent and newton’s method for constrained polynomial optimization"
    assert by[16]["title"] == "supervised learning with quantum computers", by[16]
    assert by[122]["title"] == "quantum machine learning in feature hilbert spaces", by[122]
    assert by[122]["arxiv"] == "1803.07128", by[122]
    assert by[9]["doi"] == "10.1088/2058-9565/aab859", by[9]
    assert sum(1 for p in papers if p["arxiv"]) == 47
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet line '* **[title](url) (YEAR)**' is one entry (lines 9-122), one paper a line.  Title ="
        " the link text exactly as written, all lower case in this file; the Springer book item (16) is kept like"
        " the papers around it.  Headings, <br> lines and rules are not entries.",
        checked="Listed every '* ' line of the file (50) and compared the -v output with the file line by line:"
        " titles (lower case kept, the typographic apostrophe at 91), years, the arXiv ids from abs/pdf links"
        " including the malformed link at 122 (arXiv id set by hand), and the DOI of the iopscience link at 9.",
    )


if __name__ == "__main__":
    main()
