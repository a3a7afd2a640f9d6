"""Wild45 truth for anotherleo/anotherleo.github.io docs/paper/neural-network.md: the paper index of a personal
(docsify) note site, listing the neural-network verification / quantization / testing papers its owner wrote
notes on; newest commit (b687ac3, 2026-03-23; the file last changed in 328d416).

Shape: 70 lines, no final newline.  ``# Neural Network`` (1), then ``##``/``###`` topic headings (Testing, QNN,
Verification (method) > Constraint Solving / Abstract Interpretation, Verification (object) > MLP / QNN / NNCS,
Verification (goal) > Robustness (input) / Robustness (parameters) / Safety, Robustness, Reachability Analysis,
Quantization, RL), several of them empty.  Every record is a one-line bullet whose link text starts with a venue
tag written into the text, ``[TOSEM'25 Title](/paper/2025/huang_tosem_1)``, or a bare year (``[2021 A White Paper
on Neural Network Quantization](...)``, 64); links are site-relative paths to the owner's note pages, so no ids.

Special cases:
- 25: an empty bullet (``- ``) under ``### MLP`` - a placeholder, not an entry.
- 37 and 59: the same POLAR paper listed twice, tagged ``AVTA'22`` (sic) and ``ATVA'22``; separate entries.
- LaTeX in titles: ``$δ$-Equivalence`` (30), ``the $L_0$ Norm`` (44); kept as written.
- 64: a white paper (arXiv tech report) - an entry.

Decisions:
- Entry = each ``- [TAG Title](/paper/...)`` bullet (22), one line; title = the link text without its leading venue
  tag (``VENUE'YY``) or year, which the list puts before the title.
- Not entries: headings, the empty bullet 25.
- No arXiv ids or DOIs (all links are local note pages).
"""
import re

from _wild45 import entry, read_lines, write_truth

NAME = "anotherleo__anotherleo.github.io__docs__paper__neural-network@b687ac3.md"
PART = "wild45_development"

ITEM = re.compile(r"^- \[(?P<tag>[A-Za-z]+'\d\d|\d{4}) (?P<t>[^\]]+)\]\((?P<u>/paper/[^)]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Neural Network"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("-"):
            assert ln == "" or ln.startswith("#"), (n, ln)
            continue
        if ln.strip() == "-":
            assert n == 25, n
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("t")))
    t = {p["line"]: p["title"] for p in papers}
    assert t[5] == "Neuron Semantic-Guided Test Generation for Deep Neural Networks Fuzzing", t[5]
    assert t[30] == "Parallel Verification for $δ$-Equivalence of Neural Network Quantization", t[30]
    assert t[37] == t[59], (t[37], t[59])
    assert t[64] == "A White Paper on Neural Network Quantization", t[64]
    assert t[70].startswith("Boosting Reinforcement Learning"), t[70]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [VENUE'YY Title](/paper/...)' bullet is an entry (22), title = the link text without the leading"
        " venue tag or year; the empty placeholder bullet (25) and headings are not entries; the POLAR paper listed"
        " twice (37 'AVTA'22', 59 'ATVA'22') is two entries; no ids (links are local note pages).",
        "Read the whole 70-line file and compared all 22 -v lines with the bullets: every section's items, the empty"
        " bullet 25 under '### MLP', the empty headings (14, 46), the duplicate POLAR 37/59 with the AVTA/ATVA typo,"
        " the year-only tag on 64, LaTeX kept in 30 and 44, the last line 70 without a final newline.",
    )


if __name__ == "__main__":
    main()
