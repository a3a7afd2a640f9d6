"""Truth for ikespand/awesome-machine-learning-fluid-mechanics: numbered 'Title, year. ([Paper](url))' items."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "ikespand__awesome-machine-learning-fluid-mechanics__README@b5bb1f2.md"


def main() -> None:
    t = Truth(NAME, "every numbered item of '## Research articles' except '### Books' is an entry; title = the"
              " link text when the item opens with a link, else the text before ', year.' / ' ([links])'",
              "all items of 4 subsections, 30 random items, every item not in the 'Title, year.' form")
    inside = books = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            inside = text.strip() == "## Research articles"
        if text.startswith("### "):
            books = "Books" in text
        m = re.match(r"\d+\. (.+)", text)
        if not (inside and not books and m):
            continue
        body = m.group(1)
        link = re.match(r"\[([^\]]+)\]\(", body)
        if link:
            title = link.group(1)
        else:
            head = re.split(r"\s*\(\[", body, maxsplit=1)[0]
            title = re.sub(r"[,.]?\s*\d{4}[a-z]?\s*[.,]?\s*$", "", head).rstrip(" ,")
        t.add(i, i, title)
    t.write()


if __name__ == "__main__":
    main()
