"""Wild34 truth for bisonliao/readpaper to_read.md: a personal to-read list kept beside the owner's
RL paper notes (Chinese headings).

Shape: three Markdown tables of papers, then a list of books and courses.
- Lines 3-45 ("网友整理的RL论文"): columns category | title | link | video.  The title cell holds a title
  followed by a bold nickname in parentheses ("Proximal Policy Optimization Algorithms (**PPO**)") and
  "[[Markdown]] [[PDF]]" links to another repository's notes (not ids); the arXiv URL sits in the third
  column.  Line 6 writes the nickname first ("**DRQN**: Deep Recurrent ...") and it is kept as part of
  the title.  Rows whose title cell is only a method name (NoisyDQN, QRDQN, CQL, Soft Q learning, IQL,
  VDN, QTRAN, QMIX, Weighted QMIX, COMA, MAPPO, MADDPG, Hierarchical DQN, ICM, HER, GAIL, TD3+BC,
  Dyna Q) are entries with title None; line 39 (MADDPG) has no link at all.  Line 25 is an empty row,
  not an entry.
- Lines 55-116 ("AI整理的", seven small tables): algorithm | title | arXiv link; the title column is
  the title.  Line 86 prefixes the title with Chinese text ("无固定首发，经典总结见：") which is
  dropped; line 97 adds "(含 TD3+BC baseline)" after the title, dropped.  Line 57 "Watkins's
  Q-learning" is taken as written.  Papers repeated across tables are separate entries.
- Lines 120-131: numbered table (no | title | authors/venue/year | contribution); trailing
  "(REINFORCE)"-style nicknames after the title are dropped.  No links.
- Lines 137-142: books, an OpenAI tutorial and courses: not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "bisonliao__readpaper__to_read@a731da8.md"
PART = "wild34_development"


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in range(5, 46):
        if n == 25:
            continue
        c = cells(lines[n - 1])
        cell = c[1]
        # drop the links to another repository's notes
        t = re.sub(r"\s*\[\[(?:Markdown|PDF)\\\]\]\([^)]*\)", "", cell).strip()
        t = re.sub(r"\s*\(\*\*[^*]+\*\*\)\s*$", "", t).strip()
        has_title = n in (5, 6, 7, 8, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 26, 27, 28, 29, 31)
        papers.append(entry(lines, n, n, t if has_title else None))
    for n in list(range(57, 64)) + list(range(69, 73)) + list(range(78, 81)) + list(range(86, 91)) \
            + list(range(96, 100)) + list(range(105, 110)) + [115, 116]:
        c = cells(lines[n - 1])
        t = c[1]
        t = t.replace("无固定首发，经典总结见：", "")
        t = re.sub(r"\s*\(含 TD3\+BC baseline\)$", "", t)
        papers.append(entry(lines, n, n, t))
    for n in range(122, 132):
        c = cells(lines[n - 1])
        t = re.sub(r"\s*\([^()]*\)\s*$", "", c[1])
        papers.append(entry(lines, n, n, t))
    assert len(papers) == 80, len(papers)
    write_truth(NAME, PART, papers,
                "Every table row naming one paper is an entry (the empty row 25 and the closing books/courses list are not); "
                "title is the title cell without the trailing bold nickname, the other repository's [[Markdown]]/[[PDF]] links "
                "and the Chinese remarks, None where the cell is only a method name.",
                "All 80 rows read against the file by eye: titles, nickname-only rows, ids from the link column.")


if __name__ == "__main__":
    main()
