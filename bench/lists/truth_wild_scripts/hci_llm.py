"""Wild truth for WILLOSCAR/Awesome-HCI-LLM README.md: HCI / LLM / agent papers in eight generated tables.

Each section ('# HCI', '# LLM', ..., '# Personalization', between '<!-- TABLE_START -->' and
'<!-- TABLE_END -->' markers, which are comments, not text around hidden rows) is one table
'| Source | Title (Link) | Authors | Tag | Subjects | Additional info | Date |'.  Every body row is
an entry (one line); title = the Title cell: the link text of '[Title](url)', or the plain cell
text for the eight rows without a link.  Rows that repeat a paper in another table are separate
entries.  One row (a quantum key distribution paper tagged like an IMU dataset) is off-topic but
a paper, and kept.  Ids come from the row: the title link (arXiv abs URL with a version, doi.org,
ACM DL); the 'Additional info' cell sometimes names another arXiv id ('new version of
arXiv:2509.05882v1', 'text overlap with arXiv:...') but always after the title link, so the
first id is the link's; rows without a link give no id.  Three Ubicomp rows name their paper only by
its system's name ('[HyperHAR](doi)', '[ViObject](doi)', '[CAvatar](doi)', the papers' titles
being longer): a nickname, so their title is null (their DOI is kept).  The Quick Start code block, the
documentation links and the badge are not entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "WILLOSCAR__Awesome-HCI-LLM__README@a3ad466.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


#: Rows whose Title cell is only the system's name (line: the name): title null.
NICKNAMES = {289: "HyperHAR", 294: "ViObject", 298: "CAvatar"}


def main() -> None:
    for i, text in enumerate(LINES, 1):
        if not text.startswith("| ") or text.startswith("| Source | Title (Link) |"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 7, i
        m = re.fullmatch(r"\[(.+)\]\((\S+)\)", cells[1])
        title = m.group(1) if m else cells[1]
        assert title, i
        if i in NICKNAMES:
            assert title == NICKNAMES[i], i
            title = None
        add(i, i, title)
    write("every body row of the eight tables is an entry, title = the link text of the Title cell (or its plain"
          " text when it has no link; null for three rows naming only a system); ids from the row, the title link's coming first",
          "row count by grep (839 '| ' lines - 8 headers = 831; separators are '|---'), every row's cell count (7), the"
          " 8 link-less rows, every title under 40 characters (three nicknames), the rows whose 'Additional info' names another arXiv id, 25 sampled rows over all"
          " eight tables (titles with quotes, '?', ':'; arXiv, doi.org, ACM DL, OpenReview, CVF links)")


if __name__ == "__main__":
    main()
