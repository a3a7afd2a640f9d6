"""Open truth for jivoi/awesome-ml-for-cybersecurity, Chinese README (README_ch.md, BOM).

'* [中文标题](url)' bullets; only the 论文 (papers) section holds papers.
"""
import re

from _open import Open

NAME = "jivoi__awesome-ml-for-cybersecurity__README_ch@f7ce468.md"


def main() -> None:
    t = Open(NAME)
    inside = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            inside = text.rstrip().endswith("论文")
        m = re.match(r"\* \[(.+?)\]\(", text)
        if inside and m:
            t.add(i, i, re.sub(r"\s*\(RUS\)$", "", m.group(1)))
    t.write("every '* [Title](url)' bullet of the 论文 (papers) section is an entry, industry white papers"
            " included as technical reports; title = the (Chinese) link text without the '(RUS)' language tag;"
            " datasets, books, talks (演讲), tutorials (blog posts), courses and misc are not papers",
            "every bullet of the papers section (all 45), and the other sections' kinds by eye")


if __name__ == "__main__":
    main()
