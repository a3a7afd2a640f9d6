"""Wild19 truth for AI4DLab/AI4DLab.github.io publications.md: one researcher's lab publication page.

Shape: '## Peer-reviewed articles', '## Book', '## Invited talks' and '## Conference papers &
presentations (refereed)' sections, each a run of '* ' bullets separated by blank lines.  A paper
bullet is author-first: 'A. Author, **H.R. Karbasian**, ..., [Title](url), Venue, Year.'; the link
target is often empty ('[Title]()'), in the conference section always.

Entries: every bullet of the articles section (24) and of the conference section (16, three of
them the same talk-paper given at three meetings: separate entries).  The one-line '## Book'
record (a textbook) and the nine '## Invited talks' bullets (talks, and their titles are not
linked) are not entries.  Title = the link text; in the last conference bullet the link text runs
on into the venue ('...numbers”, The Korean Society of Visualization'), so the title is the part
before the stray '”,'.  Each entry is one line.  DOIs come from doi.org links and publisher URLs
holding one (AIAA, AIP, Springer); ScienceDirect pii, Cambridge and Korean links give none.
Count checks: 24 bullets between lines 11 and 60 and 16 between 89 and 123 (grep -c '^\\* ').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "AI4DLab__AI4DLab.github.io__publications@783f91f.md"
PART = "wild19_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not text.startswith("* "):
            continue
        if section not in ("Peer-reviewed articles", "Conference papers & presentations (refereed)"):
            continue
        m = re.search(r"\[([^\]]+)\]\(([^)]*)\)", text)
        assert m, i
        title = m.group(1)
        title = title.split("”,")[0]
        papers.append(entry(lines, i, i, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == {"Peer-reviewed articles": 24, "Conference papers & presentations (refereed)": 16}, counts
    write_truth(NAME, PART, papers,
                "every '* ' bullet of the 'Peer-reviewed articles' and 'Conference papers & presentations' sections;"
                " title = the bracketed link text (cut before a stray '”,' that runs into the venue); the Book"
                " line and the Invited talks bullets are not entries",
                "all 40 entries against the file by eye (titles, empty link targets, DOIs from doi.org, AIAA,"
                " AIP and Springer URLs, the Springer '?shared-article-renderer' query dropped); counts by grep per"
                " section")


if __name__ == "__main__":
    main()
