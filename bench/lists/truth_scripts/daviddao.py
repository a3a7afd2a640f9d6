"""Truth for daviddao/awesome-very-deep-learning: '- [Title (year)](url)' items under '### Papers'."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "daviddao__awesome-very-deep-learning__README@54b3ba3.md"


def main() -> None:
    t = Truth(NAME, "every '- [Title (year)](url)' item under a '### Papers' heading is an entry; title = the link"
              " text without the trailing '(year)'; the Implementations lists are code",
              "all 26 entries")
    papers = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("#"):
            papers = text.strip() == "### Papers"
        m = re.match(r"- \[(.+?)\]\(", text)
        if papers and m:
            t.add(i, i, re.sub(r"\s*\(\d{4}\)$", "", m.group(1)))
    t.write()


if __name__ == "__main__":
    main()
