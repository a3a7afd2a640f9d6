"""Wild7 truth for tao-bai/attack-and-defense-methods README.md (taken at 84f861b, 2020-12-18): a
security / adversarial-ML paper list with local reading notes.

Taken at the last commit of 2020, not the newest (b7e1748, 2022): the newest README lists 401
papers, over the set's 400-paper bound; this older state lists 168.

Shape: '## Survey', '## Attack' and '## Defence' (each over '### year' headings) and '## 4th-Class'
(off-topic papers) hold numbered items
    N. `VENUE` `TAG` [Title](./year/Title_note.md) :thought_balloon:
with zero to two code-span tags before the title (venue, venue and year, or a method tag such as
`UNIVERSAL`), the title either linked (to an arXiv/IEEE page in Survey, to the author's local notes
file elsewhere) or in bare brackets with no link ('[Adversarial Spheres]', rendered with its
brackets); an emoji may follow.  Every numbered item is an entry, one line each; title = the
bracketed text as written (BibTeX braces '{GAN:}', a stray '\\ ', nicknames like 'C&W' kept).  One
item is numbered '2. .' (line 127): still an entry.  The survey listed twice (items 10 and 13) is
two entries.  Not entries: the About links, the closing 'Links' bullets (two reading-list pages).
Counts: 168 numbered lines (grep '^[0-9]+\\. '): Survey 17, Attack 53, Defence 68, 4th-Class 30.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "tao-bai__attack-and-defense-methods__README@84f861b.md"
PART = "wild7_development"
COUNTS = {"## Survey": 17, "## Attack": 53, "## Defence": 68, "## 4th-Class": 30}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    per: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text.strip()
            continue
        m = re.match(r"\d+\.\s+(?:\.\s+)?((?:`[^`]*`\s*)*)\[([^\]]+)\]", text)
        if not m:
            continue
        assert section in COUNTS, (i, section)
        papers.append(entry(lines, i, i, m.group(2)))
        per[section] = per.get(section, 0) + 1
    assert per == COUNTS, per
    assert sum(1 for x in lines if re.match(r"\d+\. ", x)) == 168 == len(papers)
    write_truth(
        NAME, PART, papers,
        "every numbered item of Survey, Attack, Defence and 4th-Class is an entry; title = the bracketed text"
        " after the code-span venue/tag labels, linked or not",
        "per-section counts (17/53/68/30) against grep of numbered lines; every title read against the file,"
        " the bare-bracket items, the '2. .' item, the braces and backslash kept as written, arXiv ids only in"
        " the Survey links and the local-note links giving none",
    )


if __name__ == "__main__":
    main()
