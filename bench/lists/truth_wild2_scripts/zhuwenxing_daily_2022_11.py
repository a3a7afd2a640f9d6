"""Wild2 truth for zhuwenxing/daily_arxiv archives/2022/11.md: a bot's monthly archive of arXiv papers with code.

A GitHub-Actions bot tracks eess.SP / cs.IT papers that release code; each month's archive is one
table '|date|paper|code|' whose 'date' cell is the arXiv id (not a date), 'paper' cell is
'[lower-cased title](https://arxiv.org/abs/ID)' and 'code' cell links the repository.  Every body
row is an entry (57), one line each; title = the paper cell's link text as written (the bot
lower-cases titles, so 'witt: a wireless image transmission transformer ...' is the truth, not
the paper's real capitalization); arXiv id from the abs link.  The '# November 2022 Archive'
heading, the 'Back to README' link and the table header are not entries.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "zhuwenxing__daily_arxiv__archives__2022__11@29aafd0.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
ROW = re.compile(r"\|(\d{4}\.\d{4,5})\|\[([^\]]+)\]\(https://arxiv\.org/abs/(\d{4}\.\d{4,5})\)\|(.*)\|")


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        m = ROW.fullmatch(text)
        if not m:
            assert not text.startswith("|") or text in ("|date|paper|code|", "|---|---|---|"), (i, text)
            continue
        assert m.group(1) == m.group(3), i
        papers.append(entry(LINES, i, i, m.group(2)))
    write_truth(NAME, PART, papers,
                "every body row of the '|date|paper|code|' table is an entry (one line); title = the paper cell's"
                " link text as written (lower-cased by the bot); arXiv id from the abs link",
                "all 57 rows (grep -c '^|' = 59 with header and rule), every row's id cell equal to its link's id,"
                " first and last rows, 20 random rows' titles against the file; no DOI in the file")


if __name__ == "__main__":
    main()
