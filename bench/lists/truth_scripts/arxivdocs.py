"""Truth for arXiv/arxiv-docs HTML papers page: '<a href=...>Title</a>' items."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "arXiv__arxiv-docs__source__about__accessibility_html_papers@09e17a1.md"


def main() -> None:
    t = Truth(NAME, "every line holding '<a href=\"https://browse.arxiv.org/html/ID\">Title</a>' is an entry"
              " (one line lacks its '- '), title = the anchor text",
              "all entries of Physics and Mathematics, 10 of Computer Science")
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"(?:- )?<a href=\"https://browse\.arxiv\.org/html/[^\"]+\"[^>]*>(.+?)</a>", text)
        if m:
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
