"""Open truth for benedekrozemberczki/awesome-graph-classification (deep learning chapter).

'- **Title (Venue Year)**' bullets with sub-bullets for authors, [[Paper]] and code links.
"""
import re

from _open import Open

NAME = "benedekrozemberczki__awesome-graph-classification__chapters__deep_learning@39476c5.md"


def main() -> None:
    t = Open(NAME)
    heads = [i for i, text in enumerate(t.lines, 1) if re.match(r"- \*\*", text)]
    for i in heads:
        end = i
        while end < len(t.lines) and t.line(end + 1).startswith("  - "):
            end += 1
        bold = re.match(r"- \*\*(.+?)\*\*", t.line(i)).group(1)
        title = re.sub(r"\s*\([^()]*\d{4}[^()]*\)\s*$", "", bold)  # the venue and year in brackets
        t.add(i, end, title)
    t.write("every '- **Title (Venue Year)**' bullet with its sub-bullets (authors, paper, code) is an entry;"
            " title = the bold text without the bracketed venue and year",
            "the 15-entry sample, every title that still ends in ')', the first entry of each year section,"
            " that the sub-bullets end each record")


if __name__ == "__main__":
    main()
