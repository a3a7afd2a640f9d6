"""Wild14 truth for opendilab/awesome-model-based-RL README: '- [Title](link)' blocks with '  - Authors *Venue*', '  - Key:', '  - OpenReview:', '  - ExpEnv:' sub-bullets, one '<details open>' per conference.

Shape: after badges, a '<pre>' news block and a table of contents, the taxonomy section ends with a
blockquote of eight numbered algorithm references ('[1] [World Models](url): Ha and Schmidhuber,
2018', '[2] [I2A](url) (Imagination-Augmented Agents): Weber et al, 2017', ...).  '## Papers'
opens with a fenced 'format:' example, then '### Classic Model-Based RL Papers', one '### <Conference
Year>' section per conference (NeurIPS 2025 back to ICML 2021) and '### Other', each wrapped in
'<details open><summary>Toggle</summary>'.  Each paper is a block: the '- [Title](link)' line and
its indented sub-bullets (authors, Key, OpenReview scores, ExpEnv links); a few links are empty
'()'.  Three HTML comments (lines 493-506, 575-588, 939-943) hold seven commented-out paper
blocks, not rendered: not entries.  '## Tutorial' (a video, a blog) and '## Codebase' (libraries)
are not entries.

Entries: (1) the eight taxonomy references, one line each, title null: each names its paper only
by the algorithm's nickname (the link text; the parenthesised expansion is the algorithm's name,
not the paper's title; '[1] World Models' is read the same way); (2) every '- [' block of the
Papers part outside the code fence and the comments, from its bullet to its last indented line.
Title of (2): the link text.  The same paper listed in two sections is two entries.

Checks: 247 '- [' lines in lines 98-1582 (grep): minus the fenced format example and the four '- ['
lines inside comments (the other three commented blocks open on the '<!--' line) = 242 blocks;
plus 8 references = 250.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "opendilab__awesome-model-based-RL__README@d33f09a.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = lines.index("## Papers") + 1
    stop = lines.index("## Tutorial") + 1
    refs = [i for i, t in enumerate(lines, 1) if re.match(r">?\[\d\] \[", t)]
    assert refs == list(range(refs[0], refs[0] + 8)), refs
    for i in refs:
        papers.append(entry(lines, i, i, None))
    in_comment = in_fence = False
    blocks = 0
    for i in range(start, stop):
        text = lines[i - 1]
        if text.startswith("```"):
            in_fence = not in_fence
            continue
        if "<!--" in text and "-->" not in text:
            in_comment = True
        if in_comment:
            if "-->" in text:
                in_comment = False
            continue
        if in_fence or not text.startswith("- ["):
            continue
        m = re.match(r"- \[(.+?)\]\(", text)
        assert m, (i, text)
        end = i
        while end < len(lines) and lines[end].startswith("  ") and lines[end].strip():
            end += 1
        assert end > i, (i, text)
        papers.append(entry(lines, i, end, m.group(1)))
        blocks += 1
    assert blocks == 242, blocks
    write_truth(NAME, "wild14_development", papers,
                "every '- [Title](link)' block of the Papers part (outside the fenced format example and HTML comments)"
                " is an entry from its bullet to its last indented sub-bullet, title = the link text; the eight numbered"
                " taxonomy references name their papers by algorithm nickname only and are entries with a null title",
                "bullet count by grep (247 - 1 fenced - 4 commented = 242) + 8 references; -v output read against the"
                " file for the first and last block of every section, the blocks with an empty '()' link, the"
                " commented-out blocks (absent), the block with a commented OpenReview line (160-168), the DOI of Dyna"
                " (ACM) and a sample of 20 titles")


if __name__ == "__main__":
    main()
