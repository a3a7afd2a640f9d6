"""Truth for Vincentqyw/cv-arxiv-daily (wechat page): '- date, **Title**, authors, Paper: [url]' items."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "Vincentqyw__cv-arxiv-daily__docs__wechat@caa189d.md"


def main() -> None:
    t = Truth(NAME, "every '- YYYY-MM-DD, **Title**, Author et.al., Paper: [...]' item is an entry, title = bold part",
              "25 random items and the first/last of each section")
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"- \d{4}-\d{2}-\d{2}, \*\*(.+?)\*\*, ", text)
        if m:
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
