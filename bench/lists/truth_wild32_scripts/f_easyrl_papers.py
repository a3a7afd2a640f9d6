"""Wild32 truth for datawhalechina/easy-rl papers/readme.md: the Chinese index of the "经典强化学习论文解读" series.

Shape: one Markdown table (lines 11-53) with columns 类别 | 论文题目 | 原文链接 | 视频解读.  The 类别 cell is filled
only on the first row of a group and left blank on the rows after it.  Every non-empty row is one paper: an
entry is the row's own line.  The 论文题目 cell holds either a full title followed by the group's nickname in
bold brackets ("Playing Atari with Deep Reinforcement Learning (**DQN**)") and [[Markdown]] / [[PDF]] links
to the project's own notes, or only a nickname ("QRDQN", "Soft Q learning", "QMIX", "Dyna Q").  Decisions:
- The title is the title text with the notes links and the trailing bold nickname in brackets dropped.
- Line 14 writes the nickname into the title text ("**DRQN**: Deep Recurrent Q-Learning ..."), kept whole.
- Rows whose cell is only a nickname (lines 17-19, 38, 40-53) name no title: title None.
- Line 33 is an empty table row: not an entry.  Line 47 (MADDPG) has no link at all: still an entry, no ids.
- The paper link is the bare URL in the 原文链接 column (arXiv abs/pdf, PMLR, AAAI, an MIT page).
Lines 1-9 are the Chinese introduction (a Bilibili link, the project link): not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "datawhalechina__easy-rl__papers__readme@fc4ece6.md"
PART = "wild32_development"

NICKNAME_ONLY = {17, 18, 19, 38} | set(range(40, 54))


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in range(13, 54):
        cells = [c.strip() for c in lines[n - 1].strip().strip("|").split("|")]
        assert len(cells) == 4, (n, cells)
        cell = cells[1]
        if not cell:
            assert n == 33
            continue
        if n in NICKNAME_ONLY:
            title = None
        else:
            t = re.sub(r"\[\[(?:Markdown|PDF)\]\]\([^)]*\)", "", cell).strip()
            t = re.sub(r"\s*\(\*\*[^*]+\*\*\)\s*$", "", t)
            title = t
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 40, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each non-empty row of the one table (lines 13-53) is a paper; the title is the 论文题目 cell without the "
        "project's [[Markdown]]/[[PDF]] note links and the trailing bold nickname in brackets, None where the cell is "
        "only a nickname.",
        "All 41 table rows read by eye against the file: the empty row 33, the nickname-only rows (17-19, 38, 40-53), "
        "the DRQN row with the nickname in the title text, the link-less MADDPG row, and every title and arXiv id.",
    )


if __name__ == "__main__":
    main()
