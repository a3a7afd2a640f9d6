"""Wild16 truth for JackieZ1412/Arixv-Paper-List-Daily 2026/Feb/week2.md: one week of a personal,
semi-generated arXiv digest (databases, vector search, LLM systems), Chinese summaries.

Shape: '### 2.9' / '### 2.10 & 2.11' / '### 2.12 & 2.13' day headings; under each, one record per
paper: a bullet '* [cs.DB] [**Title**](https://arxiv.org/pdf|abs/ID)' (arXiv category tag, then the
bold title as link text), then an indented sub-bullet '  * [Topic tag] <Chinese summary>' (a
description, not a translated title), then a blank line.

Entry: every such bullet (37: 9 + 14 + 14).  The last day repeats the 14 papers of the one before
with new summaries: repeated records are separate entries.  Lines: the bullet and its summary
sub-bullet.  Title: the bold link text (the '[cs.XX]' category tag dropped).  arXiv id from the link
(abs or pdf).  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "JackieZ1412__Arixv-Paper-List-Daily__2026__Feb__week2@4ea2e5e.md"
PART = "wild16_development"
ITEM = re.compile(r"\* \[(?:cs|stat)\.[A-Z]{2}\] \[\*\*(.+?)\*\*\]\((https://arxiv\.org/(?:abs|pdf)/\d{4}\.\d{5})\)\s*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_day: dict[str, int] = {}
    day = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            day = text[4:]
            continue
        if not text.startswith("* "):
            continue
        m = ITEM.fullmatch(text)
        assert m, i
        assert lines[i].startswith("  * ["), i  # the summary sub-bullet
        papers.append(entry(lines, i, i + 1, m.group(1)))
        per_day[day] = per_day.get(day, 0) + 1
    # second count: grep -c '^\* \[' = 37; bullets per day counted by eye
    assert sum(1 for t in lines if t.startswith("* [")) == 37
    assert per_day == {"2.9": 9, "2.10 & 2.11": 14, "2.12 & 2.13": 14}, per_day
    assert all(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "every '* [cs.XX] [**Title**](arXiv url)' bullet is an entry with its Chinese summary sub-bullet,"
                " title = the bold link text, arXiv id from the link; the 14 papers repeated on the last day are"
                " separate entries",
                "all 37 bullets against the file (9/14/14 per day heading), titles and ids one by one, the"
                " summaries' '[Topic]' tags not taken as titles")


if __name__ == "__main__":
    main()
