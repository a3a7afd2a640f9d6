"""Truth for Xnhyacinth/Awesome-LLM-Long-Context-Modeling: numbered '[**Title.**](url)' items and news 'Paper:' items."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "Xnhyacinth__Awesome-LLM-Long-Context-Modeling__README@35d3a34.md"


def main() -> None:
    t = Truth(NAME, "every numbered item '[**Title.**](url) *authors* venue' outside '13. Blogs' is an entry"
              " (title = the bold link text), and every news item '- Paper: [Title](url)' (title = link text)",
              "30 random entries, the first/last of each section, the news items of two dates")
    blogs = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("#"):
            blogs = "Blogs" in text
        m = re.match(r"\d+\. \[\*\*(.+?)\*\*\]\(", text) or re.match(r"\s+- Paper: \[(.+?)\]\(", text)
        if m and not blogs:
            t.add(i, i, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
