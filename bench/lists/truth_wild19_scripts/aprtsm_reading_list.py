"""Wild19 truth for APRTSM/aprtsm.github.io _posts/2023-10-10-reading-list.md: a software-engineering
group's reading list (program repair, bug localization) written from a Zotero / Better BibTeX library.

Jekyll front matter, then '#####' topic headings (Program Repair, Bug Localization, Mix) over task-list
bullets '- [ ] @citekey [Title](url)': the '@citekey' is the Better BibTeX key of the item, the link
text is the title.  Two bullets of 'Mix' carry one indented note sub-bullet ('- Contains various ...'),
which belongs to the item (its lines run to the note).  Every bullet is an entry (7 + 17 + 2 = 26,
counted with grep '^- \\[ \\]'); title = the link text as written (the space before ':' in 'Neural
Program Repair : Systems, ...' kept); the citekey is not part of the title.  arXiv ids from arxiv.org
links, DOIs from doi.org and dl.acm.org/doi links (ScienceDirect pii, IEEE Xplore document numbers and
the computer.org link are not DOIs).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "APRTSM__aprtsm.github.io___posts__2023-10-10-reading-list@50fd75f.md"
PART = "wild19_development"
LINES = read_lines(NAME)

ITEM = re.compile(r"- \[ \] @(\w+) \[(.+)\]\((\S+)\)\s*")


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("##### "):
            section = text[6:].strip()
            continue
        if text.startswith("- "):
            m = ITEM.fullmatch(text)
            assert m, i
            last = i
            while LINES[last].startswith("\t- "):  # the item's note sub-bullet
                last += 1
            papers.append(entry(LINES, i, last, m.group(2)))
            per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"Program Repair": 7, "Bug Localization": 17, "Mix": 2}, per_section
    assert len(papers) == 26
    write_truth(NAME, PART, papers,
                "every task-list bullet '- [ ] @citekey [Title](url)' is an entry (an indented note sub-bullet"
                " belongs to its item), title = the link text; the Better BibTeX citekey is not part of the title",
                "all 26 bullets against the file (7 + 17 + 2 per heading, counted with grep), every title and id"
                " by eye; the two note sub-bullets of 'Mix' included in their items' line ranges")


if __name__ == "__main__":
    main()
