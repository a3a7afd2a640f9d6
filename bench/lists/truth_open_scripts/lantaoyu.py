"""Open truth for LantaoYu/MARL-Papers: '* [Title](url) by Authors, Year.' bullets under topic headings."""
import re

from _open import Open

NAME = "LantaoYu__MARL-Papers__README@ea0df36.md"


def main() -> None:
    t = Open(NAME)
    section = ""
    for i, text in enumerate(t.lines, 1):
        if text.startswith("#"):
            section = text
        m = re.match(r"\* \[(.+?)\]\((.+?)\)", text)
        if not m or section.startswith("## Overview") or not section:
            continue
        if section.startswith("## Tutorial") and "Thesis" not in text:
            continue  # books and a tutorial; the two PhD theses are scholarly works
        t.add(i, i, m.group(1))
    t.write("every '* [Title](url) by ...' bullet after the Overview (contents) is an entry, title = link text;"
            " in 'Tutorial and Books' only the PhD theses (books and a tutorial are not papers)",
            "all 'Tutorial and Books' items, first/last bullet of every section, the 15-entry sample; no"
            " bullet spans two lines")


if __name__ == "__main__":
    main()
