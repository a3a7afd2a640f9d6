"""Wild31 truth for mikbuch/mikbuch.github.io didactics/bcn_2019-2020.md: the class-by-class reading list of
a university course (Behavioral & Cognitive Neuroscience, spring 2019/20).

Shape: a numbered list of class sessions (`N. __Topic__ (date) <a ...slides...>`); under each session,
`    * ` bullets hold APA references `Authors (Year). Title. _Journal, vol_(issue), pages. [doi]`, some
prefixed `(Additional literature)`; no title is linked.  Entries are those reference bullets (one line
each); the title is the text between `(Year).` (line 53: `(2016)` without a period) and the italic
journal name, its final `.` dropped and a `?` kept (lines 14, 28).
Not entries: the session lines, the deeper `        * ` bullets (workshop topics such as
"Researcher's workshop: Mendeley and Zotero", "Predatory journals"), session 13's assignment bullets
(66-67), and the "Additional requirements" section (72-90).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "mikbuch__mikbuch.github.io__didactics__bcn_2019-2020@0fa513f.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for no, ln in enumerate(lines, 1):
        if not re.match(r"^    \* ", ln):
            continue
        m = re.search(r"\(\d{4}\)\.?\s+(.*?)\s+_", ln)
        if not m:
            continue
        papers.append(entry(lines, no, no, m.group(1)))
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each first-level bullet under a class session holding an APA reference (Authors (Year). Title. _Journal_) is "
        "one entry; the title is the text between the year and the italic journal; deeper bullets (workshop topics), "
        "assignment bullets and the requirements section are not entries.",
        "Every entry checked by eye against the file (all 22), including the (Additional literature) bullets, the "
        "'?'-ending titles at 14 and 28 and the year without a period at 53.",
    )


if __name__ == "__main__":
    main()
