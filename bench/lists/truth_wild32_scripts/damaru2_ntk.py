"""Wild32 truth for damaru2/ntk readme.md: an Oxford reading group's annotated list of papers
on the Neural Tangent Kernel and over-parameterised network theory.

Shape: (a) "## Schedule" (lines 6-11): one bullet per reading-group session, `+ D/MM/YYYY
[[notes](./notes/x.pdf)] Title.` with no paper link; each names the paper read and is one entry,
except line 8, which names two papers ("Fine-Grained Analysis ... + insights from Gradient Descent
Provably Optimizes ...") and so gives two entries on the same line.  Titles are the plain text after
the date and notes link (line 8 split at " + insights from ").
(b) The main list (lines 25-205): every paper is a hidden link-reference definition holding its
arXiv URL (`[https://arxiv.org/pdf/1806.07572.pdf ]: #`, invisible when rendered) followed by a
bullet `+ [Title](./papers/ID.pdf)  -- [link](arXiv URL)` and indented `+` note bullets (date,
notes link, comments).  One entry per definition+bullet; the span runs from the definition line
to the last note line, so the hidden definition is part of the record (on line 55 the visible
link has a typo, `1810.1206`, and the definition gives the full id `1810.12065`; line 200 is
followed by a blank line before its bullet).  Title = the bullet's link text.  Not entries: the
intro lines, the YouTube talk on lines 15-19 (also given a definition), papers mentioned inside
notes (line 62 "Simplification of [On the Convergence Rate ...]"), "# Some notes".
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "damaru2__ntk__readme@fe13836.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    # (a) schedule
    for i in range(6, 12):
        m = re.match(r"\+ \d+/\d+/\d{4} (?:\[\[notes\]\([^)]*\)\] )?(.*\S)\s*$", lines[i - 1])
        assert m, i
        for t in m.group(1).split(" + insights from "):
            papers.append(entry(lines, i, i, t))
    # (b) definition + bullet + notes
    defs = [i for i, ln in enumerate(lines, 1) if re.match(r"\[https?://[^\]]+\]: #\s*$", ln)]
    for i in defs:
        k = i + 1
        while not lines[k - 1].startswith("+ "):
            k += 1
        m = re.match(r"\+ \[(.+?)\]\(", lines[k - 1])
        if "youtube" in lines[k - 1]:
            continue  # the talk on lines 15-19
        j = k  # note bullets are indented; line 130 is an unindented continuation of line 129
        while j < len(lines) and (lines[j].startswith("    ") or lines[j].startswith("learning and kernels")):
            j += 1
        while not lines[j - 1].strip():  # drop trailing whitespace-only lines (110, 136, 150)
            j -= 1
        papers.append(entry(lines, i, j, m.group(1)))
    assert len(papers) == 35, len(papers)
    write_truth(NAME, PART, papers,
                "Each schedule bullet names one paper (line 8 two), titled by its plain text; each hidden arXiv link-definition plus its '+ [Title](./papers/..)' bullet and note bullets is one entry titled by the link text; the YouTube talk is not an entry.",
                "All 35 entries checked by eye against the file, incl. the two-paper schedule line 8, the typo'd visible link on line 55, line 130's unindented continuation and the blank line inside the record at 200-202.")


if __name__ == "__main__":
    main()
