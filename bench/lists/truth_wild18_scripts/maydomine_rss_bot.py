"""Wild18 truth for MayDomine/arxiv_rss_bot README.md: a bot-generated daily arXiv digest (LLM systems).

After a deployment blurb and a '## 📊 Statistics' block (which says 30 papers), '## 📚 Recent
Papers' holds one card per paper: '### N. [Title](https://arxiv.org/abs/ID)', then bold
'**Authors**', '**Category**', '**Published**', '**Score**', '**Type**', '**ArXiv ID**' lines, a
'#### Abstract' with a truncated abstract and, for the first 15 cards only, a '<details>' block
holding a long Chinese AI summary with its own '#'/'##'/'###' headings, tables and '---' rules
(its first heading repeats the title, e.g. '# 论文总结：Title'; that is part of the card, not a
new entry).  Cards are separated by a '---' line.  After card 30: configuration, schedule and
how-to sections (no papers).

Entry: every '### N. [Title](arXiv url)' card (30, numbered 1..30 with no gap; 15 '<details>'
blocks, checked with grep).  Lines: the card heading to the card's last non-blank line before the
'---' that closes it (the '</details>' line for the first 15, the abstract otherwise).  Title:
the heading's link text.  arXiv id from the heading link.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "MayDomine__arxiv_rss_bot__README@958c5f5.md"
PART = "wild18_development"
LINES = read_lines(NAME)
CARD = re.compile(r"### (\d+)\. \[(.+)\]\((https://arxiv\.org/abs/\d{4}\.\d{5})\)")


def main() -> None:
    starts = [(i, CARD.fullmatch(t)) for i, t in enumerate(LINES, 1) if CARD.fullmatch(t)]
    assert [int(m.group(1)) for _, m in starts] == list(range(1, 31))
    stop = next(i for i, t in enumerate(LINES, 1) if t == "## 🔧 Configuration")
    papers = []
    details = 0
    for k, (i, m) in enumerate(starts):
        nxt = starts[k + 1][0] if k + 1 < len(starts) else stop
        end = nxt - 1
        while LINES[end - 1].strip() in ("", "---"):
            end -= 1
        if LINES[end - 1] == "</details>":
            details += 1
        else:
            assert LINES[end - 1].endswith("..."), (i, LINES[end - 1])
        papers.append(entry(LINES, i, end, m.group(2)))
    assert details == 15 and len(papers) == 30
    write_truth(NAME, PART, papers,
                "every '### N. [Title](arXiv abs url)' card is an entry from its heading to the last line before the"
                " '---' that closes it (its '</details>' AI summary when present, else its abstract); title = the"
                " heading's link text; arXiv id from that link",
                "all 30 cards (numbered 1..30, 30 headings and 15 details blocks by grep), every title against its"
                " heading, the ends of cards 1, 2, 5, 8, 15, 16 and 30 by eye; headings inside the Chinese AI"
                " summaries (a repeated title, numbered sections) are part of their card; no DOI in the file")


if __name__ == "__main__":
    main()
