"""Truth for cbailes/awesome-deep-trading: '* [Title](url) - Authors (year)' items of the Papers part."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "cbailes__awesome-deep-trading__README@91eee43.md"


def main() -> None:
    t = Truth(NAME, "every '* [Title](url) - Authors (year)' item under '# Papers' (before '# Repositories')"
              " is an entry, title = the link text; an item linking a video is a talk, not a paper",
              "all items of the Papers part")
    inside = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("# "):
            inside = text.strip() == "# Papers"
        m = re.match(r"\s*[*+-] \[(.+?)\]\((.+?)\)", text)
        if inside and m and not re.search(r"youtube\.com|youtu\.be", m.group(2)):
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
