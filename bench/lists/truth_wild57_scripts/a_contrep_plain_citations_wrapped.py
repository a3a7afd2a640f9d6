"""Wild57 truth for YisiLuo/Continuous-Representation-Zoo README.md: the paper list of the review "Continuous
Representation Methods, Theories, and Applications" (basis-function and tensor-function representations,
implicit neural representations, theory of approximation / NTK / implicit regularisation, and applications in
vision, graphics, PDEs, bio-imaging and remote sensing), newest commit touching the file (5666212, 2025-05-25).

Shape: 516 lines, 45 KB.  A title line, a one-sentence intro citing the review itself with an HTML arXiv link (3),
an abstract (7), ``<p><img></p>`` figures, an indented ``bibtex:`` code block (13-19) for the review, then ``#``
parts and ``##`` sections, each with a ``-`` bullet list of plain-text references, no links at all, in a
NeurIPS-like style: ``- Authors. Title. Venue, YEAR.``  Many references are hard-wrapped (copied from a PDF)
onto 2-3 lines, the continuation lines unindented (e.g. 34-35, 73-75, 80-82); blank lines between bullets.

Special cases:
- Authors end at the first ``. `` that does not follow an initial (``Alex A. Gorodetsky and John D. Jakeman.``,
  ``I. V. Oseledets.``, ``Z.Z.``-style initials); the title runs to the next ``. `` (or ``? ``).
- 239: the title contains ``v.s.`` (``... of neural nets v.s. their induced kernel``): kept whole.
- 259: the title is ended by a comma, not a period (``Inductive Gradient Adjustment for Spectral Bias in Implicit
  Neural Representations, Forty-Second International Conference ...``): title cut at the comma.
- 210: a book chapter, ``Numerical Fourier Analysis, chapter 7, pages 235–259. John Wiley & Sons``: title =
  ``Numerical Fourier Analysis`` (chapter and pages are not part of it); kept as an entry.
- 266-267: a PDF hyphenation artefact across the wrap, ``deep convolutional-`` / ``tional neural networks``; the
  line break is read as a space, giving ``... deep convolutional- tional neural networks`` as the file writes it
  (271 lists the same paper correctly).
- Typos kept as written: ``coordinatemlps`` (87), ``physicsinformed`` (372), ``sparseview`` (445); the
  typographic apostrophe in ``kernel’s spectrum`` (246); LaTeX in ``Implicit bias of AdamW: $\\ell_\\infty$-norm
  constrained optimization`` (279).
- Some arXiv preprints write the id in the venue (``arXiv, 2410.18696``, 46; ``arXiv:2504.10929``, 112;
  ``Arxiv: 2502.06164``, 176; ``ArXiv:2412.17518``, 257): the id helper takes these, except ``arXiv, 2410.18696`` (45-46), whose id is
  set by hand (``p["arxiv"] = "2410.18696"``).
- The same paper is listed under several sections (e.g. Instant neural graphics primitives 129, 333, 374, 378;
  Fourier features 65, 317, 366, 414): one entry per listing.
- The review itself (3, with the bibtex block 13-19) is the source of the list, cited in prose: not an entry.
- 51 is a line holding only spaces, ending the bullet before it.

Decisions:
- Entry = every ``- `` bullet with its unindented continuation lines (up to a blank line or the next bullet): 204
  entries.
- Title = the sentence after the authors as described above, continuation lines joined with a space.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "YisiLuo__Continuous-Representation-Zoo__README@5666212.md"
PART = "wild57_development"

INITIAL = re.compile(r"(?:[A-Z]\.?-?)+|[A-Z]\.[A-Z]")
BY_HAND = {
    210: "Numerical Fourier Analysis",
    239: "Regularization matters: generalization and optimization of neural nets v.s. their induced kernel",
    259: "Inductive Gradient Adjustment for Spectral Bias in Implicit Neural Representations",
}


def bullets(lines: list[str]) -> list[tuple[int, int, str]]:
    out = []
    cur = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("- "):
            if cur:
                out.append(tuple(cur))
            cur = [n, n, ln[2:].strip()]
        elif not ln.strip() or ln.startswith(("#", "<")):
            if cur:
                out.append(tuple(cur))
            cur = None
        elif cur:
            assert not ln.startswith(" "), (n, ln)
            cur[1] = n
            cur[2] += " " + ln.strip()
    if cur:
        out.append(tuple(cur))
    return out


def title_of(text: str) -> str:
    for m in re.finditer(r"\. ", text):
        word = text[: m.start()].split()[-1]
        if INITIAL.fullmatch(word):
            continue
        rest = text[m.end() :]
        end = re.search(r"[.?] ", rest)
        assert end, text
        return rest[: end.start() + (1 if rest[end.start()] == "?" else 0)]
    raise AssertionError(text)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, text in bullets(lines):
        title = BY_HAND.get(first) or title_of(text)
        assert title in text, (first, title)
        p = entry(lines, first, last, title)
        if first == 45 and p["arxiv"] is None:
            p["arxiv"] = "2410.18696"  # written 'arXiv, 2410.18696', set by hand
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 204, len(papers)
    assert min(by) == 30 and max(by) == 514, (min(by), max(by))
    assert by[30]["title"] == (
        "Smooth nonnegative matrix and tensor factorizations for robust multi-way data analysis"
    ), by[30]
    assert by[37]["end"] == 38 and by[37]["title"] == (
        "Gradient-based optimization for regression in the functional tensor-train format"
    ), by[37]
    assert by[50]["title"] == "Constructive representation of functions in low-rank tensor formats", by[50]
    assert by[73]["end"] == 75 and by[73]["title"] == "Wire: Wavelet implicit neural representations", by[73]
    assert by[266]["end"] == 267 and by[266]["title"].endswith("deep convolutional- tional neural networks")
    assert by[279]["title"] == r"Implicit bias of AdamW: $\ell_\infty$-norm constrained optimization", by[279]
    assert by[514]["title"] == "Evolution and prospects of earth system models: Challenges and opportunities"
    assert by[45]["arxiv"] == "2410.18696" and by[176]["arxiv"] == "2502.06164", (by[45], by[176])
    assert sum(1 for p in papers if p["arxiv"]) == 12
    assert 3 not in by and 16 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- ' bullet is one reference, spanning its unindented hard-wrapped continuation lines (up to"
        " a blank line or the next bullet), lines 30-514.  References are plain text 'Authors. Title. Venue, YEAR.'"
        " with no links: title = the sentence after the authors (authors end at the first '. ' not after an"
        " initial), wrapped lines joined by a space; by hand: 'v.s.' inside a title (239), a title ended by a comma"
        " (259), a book chapter whose title is the book's (210).  The review cited in the intro and its bibtex block"
        " are not entries; duplicates across sections count once per listing.",
        checked="Printed every bullet's derived title next to the text that follows it and read all 204 against"
        " the file: author/title boundaries (initials, 'I. V. Oseledets'), wrapped titles (73-75, 80-82, 252-253),"
        " the hyphenation artefact at 266-267, the three hand-set titles, typos kept, and that no continuation line"
        " is lost or joined to the wrong bullet; the arXiv ids written in venues (one, 45-46, set by hand).",
    )


if __name__ == "__main__":
    main()
