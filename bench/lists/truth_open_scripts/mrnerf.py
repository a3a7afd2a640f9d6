"""Open truth for MrNeRF/awesome-3D-gaussian-splatting (README of 2023-12-13): one paper per heading.

'### N. Title', then '**Authors**: ...', an optional '***Comment:***', an abstract in
'<details><summary><b>Abstract</b></summary>', and a '[📄 Paper](url) | [🌐 Project Page](url) | ...' line.
"""
import re

from _open import Open

NAME = "MrNeRF__awesome-3D-gaussian-splatting__README@d2b1076.md"


def main() -> None:
    t = Open(NAME)
    first = next(i for i, x in enumerate(t.lines, 1) if x.startswith("## Seminal Paper"))
    last = next(i for i, x in enumerate(t.lines, 1) if x.startswith("## Open Source Implementations"))
    heads = [i for i in range(first, last) if t.line(i).startswith("### ")]
    for k, i in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else last
        end = max(j for j in range(i, stop) if t.line(j).strip() and not t.line(j).startswith(("## ", "<br>")))
        title = re.sub(r"^###\s+(?:\d+\.\s*)?", "", t.line(i))
        t.add(i, end, title)
    t.write("every '### N. Title' heading from the seminal paper to 'Classic work' is an entry, running over its"
            " authors, comment, <details> abstract and link line up to the next heading, title = the heading"
            " without its number; implementations, viewers, utilities, blog posts and videos are not papers",
            "the 15-entry sample, every heading (count), every record without an arXiv id, the record ends"
            " before '## Section' and '<br>' lines")


if __name__ == "__main__":
    main()
