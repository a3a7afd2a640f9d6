"""Truth for terryum/awesome-deep-learning-papers: '- **Title** (year), Authors [[pdf]]' items."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "terryum__awesome-deep-learning-papers__README@1a0a9df.md"


def title_of(body: str) -> str:
    bold = re.match(r"\*\*(.+?)\*\*", body)
    if bold:
        return bold.group(1)
    s = re.split(r"\s*\[\[", body, maxsplit=1)[0]
    s = re.sub(r"\(\d{4}\)(?=:)", "", s)
    cut = (re.search(r"\s*\((?:\d{4}|Book)", s)
           or re.search(r", (?:[A-Z]\.|[A-Z][a-z]+ [A-Z])|\. [A-Z][a-z]+ and ", s))
    return s[: cut.start()] if cut else s


def main() -> None:
    t = Truth(NAME, "every '- ' item of the paper sections (from 'Understanding / Generalization' to the Appendix,"
              " except 'Video Lectures / Tutorials / Blogs' and '(Book, ...)' items) is an entry; title = the"
              " bold part, or the text before '(year)' / ', Authors'",
              "all items without bold, 30 random bold items")
    inside = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("#"):
            inside = text.startswith("### ") and "Video Lectures" not in text
        m = re.match(r"-\s+(.+)", text)
        if inside and m and "(Book," not in text:
            t.add(i, i, title_of(m.group(1)))
    t.write()


if __name__ == "__main__":
    main()
