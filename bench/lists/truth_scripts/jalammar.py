"""Truth for jalammar hidden-states post: the BibTeX references of its bibliography script."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "jalammar__jalammar.github.io___posts__2021-01-19-hidden-states@7e6b2a2.md"


def main() -> None:
    t = Truth(NAME, "every @entry of the '<script type=\"text/bibliography\">' block (the post's references) is an"
              " entry from '@' to its closing brace, title = its title field; the post's own citation block is"
              " boilerplate, a @book and a reference whose only link is a GitHub repository (a tool) is left out, and papers named in the running prose are not entries", "all references")
    start = next(i for i, s in enumerate(t.lines, 1) if "text/bibliography" in s)
    stop = next(i for i in range(start, len(t.lines) + 1) if "</script>" in t.line(i))
    i = start
    while i < stop:
        if t.line(i).startswith("@"):
            end = next(j for j in range(i + 1, stop) if t.line(j).strip() == "}")
            body = t.span(i, end)
            m = re.search(r"^\s*title\s*=\s*[{\"](.+?)[}\"],?\s*$", body, re.MULTILINE)
            if not body.startswith("@book") and ("github.com" not in body or "journal" in body):
                t.add(i, end, re.sub(r"[{}]", "", m.group(1)) if m else None)
            i = end
        i += 1
    t.write()


if __name__ == "__main__":
    main()
