"""Wild7 truth for penguinnnnn/my-weekly-paper-reading README.md: a student's weekly paper-reading notes (NLP, 2022).

Shape: HTML inside Markdown.  Weekly date lines '<b>2022-05-29</b><br>' (three weeks hold only
'TODO'), and under each week one block per paper:
    <i>Title</i>: <a href="https://arxiv.org/pdf/....pdf">Paper title</a> (Venue Year)<br>
    <i>Author</i>: names<br>
    <i>Comments</i>:<br>
    one or more paragraphs of Chinese comments (or 'TODO')
The comments link other papers inline ('<a href=...>CheckList</a> (ACL 2020 Best paper)',
'XTREME', 'XLM-R', four ACL Anthology probing papers ...): papers named in running prose, not
entries.  The file ends with a signature line 'By <i>Jen-tse Huang</i>'.

Entries: every '<i>Title</i>:' line (20, grep count), title = the anchor text; the '(Venue Year)'
after the anchor is left out.  One block (line 161) has an empty anchor
'<a href="..."></a>Combining Static ... Embeddings (ACL 2022)': the title is the text written after
the empty anchor, before ' (ACL 2022)'.  One block (line 201) has no space after 'Title:'.  The
entry runs from its Title line to the last non-blank line before the next Title line, week line
or the signature (its authors and comments).  Ids: the Title line's link is the block's first
link (arXiv pdf links; NeurIPS proceedings and ACL Anthology links give none); the arXiv links in
the comments come after it, and the three non-arXiv blocks have no arXiv link in their comments.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "penguinnnnn__my-weekly-paper-reading__README@0ac3d6c.md"
PART = "wild7_development"
LINES = read_lines(NAME)


def main() -> None:
    starts = [i for i, t in enumerate(LINES, 1) if t.startswith("<i>Title</i>:")]
    assert len(starts) == 20 == sum(t.count("<i>Title</i>") for t in LINES)
    papers = []
    for i in starts:
        text = LINES[i - 1]
        m = re.match(r'<i>Title</i>:\s*<a href="[^"]+">([^<]*)</a>(.*?)<br>$', text)
        assert m, (i, text)
        title = m.group(1)
        if not title:  # empty anchor: the title follows it
            title = re.match(r"(.+?) \([^)]*\)$", m.group(2).strip()).group(1)
            assert i == 161, i
        end = i
        j = i + 1
        while j <= len(LINES) and not LINES[j - 1].startswith(("<i>Title</i>", "<b>", "By <i>")):
            if LINES[j - 1].strip():
                end = j
            j += 1
        assert LINES[i].startswith("<i>Author</i>:"), i
        papers.append(entry(LINES, i, end, title))
    write_truth(NAME, PART, papers,
                "every '<i>Title</i>: <a>Title</a> (Venue)' block of the weekly notes is an entry (its author and"
                " comment lines included), title = the anchor text (for the one empty anchor, the text after it);"
                " papers linked inside the comments are prose mentions, not entries",
                "all 20 blocks by eye (grep count 20, 13 week lines, three TODO weeks), the empty-anchor block, the"
                " 'Title:<a' block without a space, each block's span and first link (title link first; no arXiv"
                " link in the comments of the NeurIPS/ACL Anthology blocks), the signature line left out")


if __name__ == "__main__":
    main()
