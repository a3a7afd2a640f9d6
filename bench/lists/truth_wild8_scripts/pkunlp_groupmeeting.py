"""Wild8 truth for pkunlp-icler/GroupMeeting README.md: a PKU NLP lab's group-meeting (paper reading) log.

Shape: a contents list of in-page links, then '### N. Topic' sections; each meeting is a block of a bare
date line '2020/02/23', a 'reporter: Name' line (often misspelt 'repoter:'; the Chinese Word Segmentation
section has no dates), then bullets '* paper: Authors. Year. [Title](url). In *Venue*.' (or 'paper1:',
'paper2:' ... when one meeting covered several papers), '* ppt: [...](ppts/...)' and '* method: ...'.
Irregular records: a title wrapped onto the next line inside its brackets (5), a bracketed title with no
URL ('[Language Generation ... Commonsense\\nKnowledge Graph] In *EMNLP 2020*'), a link whose closing ']'
is missing ('[Logic-Guided ... Answering (https://...)'), authors run into the bracket ('Diyi Yang[Local
...'), a bracket opening with a space ('[ Graph Enhanced ...').

Entries: every '* paper:' / '* paperN:' bullet (108), on its own line(s) (a wrapped title's second line
included); the date, reporter, ppt and method lines are the meeting's, not the paper's.  Title = the text
of the first '[...]' on the bullet (up to ']' or, for the unclosed one, up to ' (http'); the authors,
year and venue around it are not title.  Two meetings list only a ppt and a method (no paper): no entry.
Count check: 108 '* paper' bullets by grep; per section counted by awk (30, 3, 2, 31, 3, 10, 1, 1, 1, 2, 2, 2, 7, 5, 1, 3, 2, 1, 1) and the first section by hand.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "pkunlp-icler__GroupMeeting__README@896bbc5.md"
PART = "wild8_development"
LINES = read_lines(NAME)
PER_SECTION = [30, 3, 2, 31, 3, 10, 1, 1, 1, 2, 2, 2, 7, 5, 1, 3, 2, 1, 1]


def main() -> None:
    papers = []
    sections: list[int] = []
    for i, text in enumerate(LINES, 1):
        if re.match(r"### \d+\. ", text):
            sections.append(0)
        if not re.match(r"\* paper\d*:", text):
            continue
        last = i
        while LINES[last].strip() and not re.match(r"(\* |\d{4}/|re?p?o?r?ter:)", LINES[last]):
            last += 1
        own = " ".join(LINES[i - 1 : last])
        m = re.search(r"\[\s*(.+?)(?:\]| \(http)", own)
        assert m, i
        papers.append(entry(LINES, i, last, m.group(1)))
        sections[-1] += 1
    assert len(papers) == sum(1 for t in LINES if t.startswith("* paper")) == 108
    assert sections == PER_SECTION, sections
    write_truth(NAME, PART, papers, (
        "every '* paper:' / '* paperN:' bullet of a meeting block is an entry on its own line(s); title = the"
        " text of its first '[...]' (up to ' (http' where the ']' is missing); meetings with only a ppt are"
        " not entries"), (
        "108 paper bullets by grep and per topic section by awk (30, 3, 2, 31, 3, 10, 1, 1, 1, 2, 2, 2, 7, 5, 1, 3,"
        " 2, 1, 1) against the script; every title read against its line, the wrapped, unclosed and"
        " link-less brackets (lines 308-309, 327-328, 334-335, 383-384, 510, 591, 622-623) entry by entry"))


if __name__ == "__main__":
    main()
