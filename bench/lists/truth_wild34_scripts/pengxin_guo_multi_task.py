"""Wild34 truth for Pengxin-Guo/Awesome-Multi-Task-Learning README.md: an annotated paper list on
multi-task learning (architectures, loss/gradient balancing, task relations), CRLF line endings.

Shape: one `-` bullet per paper, APA-like: `[**Nickname**] Authors. [Title](url "Nickname"). **Venue**, Year.`
(the link carries a Markdown tooltip; the nickname tag in bold brackets is not the title; line 174 has
no nickname; `[**AMTFL**, **Deep-AMTFL**]Lee, …` has no space).  Under most bullets follow indented
paragraphs (`Notes:`, `Q:`, `Q1:`, `Motivation:`, `Finding:`, `Assumption:`), some wrapped over two
lines, some with LaTeX images from latex.codecogs.com.  One entry per bullet: the bullet line through
its last indented paragraph; title = the bullet's link text.
Special cases: two indented paragraphs are themselves citations of a further paper with title link,
venue and year, and are entries of their own on their one line: line 65 (`An extension of [Deep adaptive
feature aggregation …](ACM DOI link). **CIKM**, 2020.`, under AFANet) and line 436 (`:warning: Very similar
to [Flexible clustered multi-task learning …](IEEE link "FCMTL"). **TPAMI**, 2016.`, under RCMTL); the
bullet above each ends before it.  Line 190 (`Notes: very similar to [AdaShare](…)`) only names a
nickname inside a note and is not an entry.  Not entries: the Contents bullets (7-13), the closing
contact line.  Papers listed twice (e.g. AFA at 65 and as its own bullet, FCMTL at 436 and as its own
bullet) are separate entries.  ACM URLs carry `?casa_token=…` queries, dropped from the DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "Pengxin-Guo__Awesome-Multi-Task-Learning__README@42459c4.md"
PART = "wild34_development"

CITING_NOTES = (65, 436)  # indented paragraphs that are citations of another paper


def title_of(text: str) -> str:
    return re.search(r"\[([^\[\]]+)\]\(https?://", text).group(1)


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    start = lines.index("## Architectures for Multi-Task Learning")
    bullets = [i for i in range(start, n) if lines[i].startswith("- ")]
    for b in bullets:
        # the record runs to the last indented line before the next bullet / heading / rule / citing note
        last = b
        j = b + 1
        while j < n and not lines[j].startswith(("- ", "#", "------")) and (j + 1) not in CITING_NOTES:
            if lines[j].strip():
                last = j
            j += 1
        papers.append(entry(lines, b + 1, last + 1, title_of(lines[b])))
    for ln in CITING_NOTES:
        papers.append(entry(lines, ln, ln, title_of(lines[ln - 1])))
    assert len(papers) == 93, len(papers)
    write_truth(NAME, PART, papers,
                "One entry per paper bullet (bullet line through its indented notes), title = the link text, plus two indented notes that cite a further paper with title, venue and year (lines 65, 436) as entries of their own.",
                "All sections checked by eye at their first and last entries, the spans of wrapped notes, the two citing notes (65, 436), the AdaShare note (190, not an entry), the no-nickname bullet (174), and a random sample of 25 entries for title and DOI.")


if __name__ == "__main__":
    main()
