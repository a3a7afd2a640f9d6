"""Truth for mli/paper-reading: rows of the '## 所有论文' tables, each naming one paper by nickname."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "mli__paper-reading__README@8f4300e.md"


def main() -> None:
    t = Truth(NAME, "every body row of the tables under '## 所有论文' is an entry; its 名字 cell is a nickname"
              " (ResNet, GAN), so the title is null; the first table lists recorded videos, not papers",
              "all rows of 4 tables, 15 random rows")
    start = t.lines.index("## 所有论文")
    for i in range(start + 1, len(t.lines) + 1):
        text = t.line(i)
        if not text.startswith("|") or set(text) <= set("|-: ") or "名字" in text:
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if len(cells) > 2 and cells[2]:
            t.add(i, i, None)
    t.write()


if __name__ == "__main__":
    main()
