"""Truth for tensorflow/tensor2tensor README: the '* [Title](url)' papers of '## Papers'."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "tensorflow__tensor2tensor__README@bafdc1b.md"


def main() -> None:
    t = Truth(NAME, "every '* [Title](url)' item of '## Papers' is an entry (a link text wrapped onto the next line"
              " is joined); the 'please cite' BibTeX is the project's own boilerplate and papers linked in"
              " running prose are not entries", "all 15 items")
    start = t.lines.index("## Papers")
    for i in range(start + 1, len(t.lines) + 1):
        if not t.line(i).startswith("* ["):
            continue
        end = i if "](" in t.line(i) else i + 1
        m = re.match(r"\* \[(.+?)\]\(", " ".join(s.strip() for s in t.lines[i - 1 : end]), re.DOTALL)
        if m:
            t.add(i, end, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
