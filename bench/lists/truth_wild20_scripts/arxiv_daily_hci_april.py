"""Wild20 truth for W-YXN/arxiv_daily_HCI archives/2025/04.md: a bot's monthly archive of arXiv papers with code.

'# April 2025 Archive', a back link, then one pipe table written without spaces
'|date|paper|code|' whose rows are '|2504.NNNNN|[lower-cased title](https://arxiv.org/abs/ID)|[repo](url)|':
the 'date' column holds the arXiv id, the title is the bot's lower-cased copy of the arXiv title,
the code cell links a GitHub repository (one row a Zenodo record).  Every row is an entry (66;
the daily runs append the same paper more than once: 2504.09689, 2504.09697, 2504.09865 and
2504.07521 appear twice and each row is its own entry); title = the link text as written
(lower case, one '$\\times$' TeX span kept, 'fashiondpo:fine-tune' without a space); arXiv id from
the abs link (equal to the first cell in every row).  The code links are not entries.
"""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "W-YXN__arxiv_daily_HCI__archives__2025__04@fb615d8.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    ids: Counter = Counter()
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|") or text.startswith(("|date|", "|---")):
            continue
        m = re.fullmatch(r"\|(\d{4}\.\d{5})\|\[(.+)\]\(https://arxiv\.org/abs/(\d{4}\.\d{5})\)\|\[[^\]]*\]\([^)]+\)\|", text)
        assert m, i
        assert m.group(1) == m.group(3), i
        ids[m.group(1)] += 1
        p = entry(LINES, i, i, m.group(2))
        assert p["arxiv"] == m.group(1), i
        papers.append(p)
    assert len(papers) == 66
    assert sorted(k for k, v in ids.items() if v > 1) == ["2504.07521", "2504.09689", "2504.09697", "2504.09865"]
    write_truth(NAME, PART, papers,
                "every row '|arXiv id|[title](arxiv abs)|[code](url)|' of the monthly archive table is an entry"
                " (repeats included), title = the lower-cased link text as written, arXiv id from the abs link",
                "66 rows (grep '^|25'), each row's id cell equal to its abs link, the four repeated papers, every"
                " title by eye against the file, the TeX span and the missing-space title kept as written")


if __name__ == "__main__":
    main()
