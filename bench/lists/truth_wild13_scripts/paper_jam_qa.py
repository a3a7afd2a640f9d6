"""Wild13 truth for Epsilon-Lee/paper-jam topics/qa-recent-trends.md: a personal QA / retrieval
reading list of '- [Title](url), date `tag`' bullets, some marked with a reading-depth emoji
shortcode (':white_heart:', ':green_heart:', ':heart:') before the link, some followed by indented
note sub-bullets and '![image](...)' screenshots.

Entries: every top-level '- [Title](url)' or '- :emoji: [Title](url)' bullet after the table of
contents (lines 1-24 are the '*Table of Contents*' links, not entries), spanning the bullet and the
indented lines under it (notes, images, 'My two cents' remarks), which belong to the record.
Title = the first link's text; the emoji marker, the date, the backtick tags, the group names
('Danqi Chen et al.', "Jimmy Lin's group") and the [code]/[tweet]/[blogpost] links are not part
of it.  One bullet keeps an empty link target ('[Unsupervised Domain Adaptation on Reading
Comprehension]()'): still a paper, title kept.

Decisions: '- RocketQA paper' (line 148, under '**Semi-supervised learning**') points back to the
RocketQA bullet of line 140 by its nickname only: it is a record whose subject is one paper, so an
entry with a null title.  The '- **Low-storage cost retriever**: ...' bullets (lines 64-70) list
research directions, not papers.  Bold sub-headings ('**QG**', '**Analysis**') are not entries.
Papers listed twice (DPR-scale, FiD, 'End-to-End Training of Multi-Document Reader ...', CCQA)
are separate entries.

Counts: 141 '- [' / '- :emoji: [' top-level bullets (grep) - 8 in the contents = 133, + 1 = 134;
16 emoji-marked bullets (12 white, 3 green, 1 red heart).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "Epsilon-Lee__paper-jam__topics__qa-recent-trends@16a9a76.md"
LINES = read_lines(NAME)
BULLET = re.compile(r"- (?::([a-z_]+): )?\[(.*?)\]\(")
ROCKETQA = 148


def main() -> None:
    papers = []
    emoji = 0
    n = len(LINES)
    for i, text in enumerate(LINES, 1):
        if i <= 24:
            continue
        m = BULLET.match(text)
        if not m and i != ROCKETQA:
            continue
        j = i
        while j < n and LINES[j].startswith((" ", "\t")) and LINES[j].strip():
            j += 1
        if i == ROCKETQA:
            assert text == "- RocketQA paper"
            papers.append(entry(LINES, i, j, None))
            continue
        if m.group(1):
            assert m.group(1) in {"white_heart", "green_heart", "heart"}, i
            emoji += 1
        assert m.group(2), i
        papers.append(entry(LINES, i, j, m.group(2)))
    assert len(papers) == 134, len(papers)
    assert emoji == 16, emoji
    write_truth(NAME, "wild13_development", papers,
                "every top-level '- [Title](url)' / '- :heart-emoji: [Title](url)' bullet after the contents is an entry"
                " spanning its indented note and image sub-bullets, title = the first link text; '- RocketQA paper'"
                " (a nickname back-reference) is an entry with a null title; research-direction bullets are not entries",
                "bullet count by grep (141 - 8 contents + 1), the 16 emoji-marked bullets, the sub-bullet spans of the"
                " noted entries (lines 104, 108-110, 115-116, 120-125, 139-144, 161-174, 250-252), the direction"
                " bullets 64-70, 30 titles against the file; arXiv pdf/abs/ftp links, the ACM DL pdf DOI with a"
                " casa_token query")


if __name__ == "__main__":
    main()
