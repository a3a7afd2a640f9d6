"""Wild31 truth for mayonezu216/Awesome-PU-learning README.md: a paper list on positive-unlabeled
(PU) learning (surveys, ML conference/journal papers, medical-imaging applications).

Shape: each record is a top-level bullet ``- Title.[[paper]](url)`` (sometimes ``[[PAPER]]``, sometimes
with ``[[code]](...)`` after it, the separating space and final dot vary) followed by nested
sub-bullets: authors + venue, ``Keywords:``, for applications ``Application:``, and a
``<details><summary>Digest</summary> abstract`` line whose ``</details>`` is never written.  An entry
is the top-level bullet plus its sub-bullets up to the next record or heading; the title is the text
before ``[[paper]]``.  Special cases:
- records at lines 56, 106, 155, 165 and 230 are indented by one space (`` - Title``) and their
  sub-bullets by three; they are records of their own, not children of the record above.
- lines 240-241 and 251-252: the ``[[paper]](`` link breaks its URL onto the next line.
- line 116: a column-0 record whose sub-bullets are indented by three spaces.
- line 12 ``Positive Unlabeled Learning [[book]]`` (Jaskie & Spanias, a Springer book) is not an entry.
- line 5 (``- PU-Learning Paper List``) and its children are the table of contents.
- records at lines 126 and 365 have no authors line (only Keywords/Digest).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "mayonezu216__Awesome-PU-learning__README@d7478fe.md"
PART = "wild31_development"

TOP = re.compile(r"^ ?- (?!\s)(.*)$")
TITLE = re.compile(r"^ ?- (.+?)\s*\[\[(?:paper|PAPER|book)\]\]")


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    starts = [i for i, ln in enumerate(lines, 1) if TOP.match(ln) and i > 10]
    papers = []
    for k, i in enumerate(starts):
        stop = starts[k + 1] - 1 if k + 1 < len(starts) else n
        for j in range(i + 1, stop + 1):
            if lines[j - 1].startswith("#"):
                stop = j - 1
                break
        last = stop
        while not lines[last - 1].strip():
            last -= 1
        m = TITLE.match(lines[i - 1])
        assert m, (i, lines[i - 1])
        if "[[book]]" in lines[i - 1]:
            assert i == 12
            continue
        papers.append(entry(lines, i, last, m.group(1)))
    assert len(papers) == 72, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level bullet (at column 0 or 1) with a [[paper]] link, together with its author/keyword/digest"
        " sub-bullets, is an entry titled by the text before [[paper]]; the [[book]] bullet and the TOC are not entries.",
        "All 72 entries checked by eye (spans including the one-space-indented records and the two line-broken links,"
        " titles, ids); titles and ids mechanically re-found in each entry's lines.",
    )


if __name__ == "__main__":
    main()
