"""Wild34 truth for leomrocha/minibrain ReadingList.md (first version, commit 553e516): a personal
"Paper Notes" reading log, papers read / being read / to read, with quick notes.

Shape: plain text, almost no Markdown links.
- Lines 7-225: one "### Title" heading per paper, then author line(s), a date or "(Submitted on ...)"
  line, and free notes; the entry runs from the heading to its last non-blank line.  Heading titles
  keep their capitalisation (several are all caps); trailing remarks in parentheses are dropped:
  "(SNAIL)" line 52, "(Project in progress)" line 62, "(the billiards task)" line 147, the venue
  "(35th Annual Conference ...)" line 197.  Lines 203-208 (Performance RNN, "Magenta Blog, 2017") are
  a blog post: not an entry.
- Lines 228-665 ("# Papers yet to read ...."), 666-697 ("# Learning to Learn") and 699-843
  ("# Covariance Shift problem:"): no headings; each blank-line-separated paragraph is one record:
  title line, author line, "(Submitted on ...)" or affiliation lines, sometimes URLs and a note.  The
  title is the first line except: line 265 (title in curly quotes followed by ", Microsoft's AI
  researchers"), 299 ("World Models ... https://..."), 363-366 (a remark line first, title on 364),
  369-371 and 374-379 (a journal citation line first; titles on 370 and 378), 456-459 and 462-466
  (author-year line first; titles on 457 and 463), 559-561 (title on 560), 722 (trailing
  "(PLoS ONE, 2017)" dropped), 787-790 (title broken over two lines), 809-811 (thesis, "(PhD Thesis)"
  on the next line).  470-475 writes one paper twice (a citation and then the arXiv form "Tagger: ..."):
  one entry, titled by its first line.
- Lines 538-543 are one reference per line ("Author et al. (year). Title"): 538 is the Deep Learning
  book (not an entry), 539-543 are five entries titled after "(year). ".  Lines 555-556 (right after the
  paper 551-553) are a web page on the hippocampus: not an entry.
- Not entries: topic web pages and blogs (451-453 VSA pages, 555-556, 597, 600-602, 605-607, 610,
  706-709, 792, 814, 816-817), the to-do line 478 ("Understand the Solomonoff Induction (1964)",
  names no work), the sub-headings 535 and 781.  Kept as entries: 568-570 (APA science brief
  article), 593-594 (Distill article), 573-575 (workshop poster paper).  Repeated papers (e.g.
  Personalization in Goal-Oriented Dialog, Mathematical foundations of matrix syntax) are separate
  entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "leomrocha__minibrain__ReadingList@553e516.md"
PART = "wild34_development"
N_EXPECTED = 138

HEAD_DROP = {52: " (SNAIL)", 62: " (Project in progress)", 147: "  (the billiards task)",
             197: " (35th Annual Conference of the Cognitive Science Society, 2013)"}
NOT_ENTRY = {451, 478, 535, 555, 597, 600, 605, 610, 706, 781, 792, 814, 816}
TITLE_LINE = {363: 364, 369: 370, 374: 378, 456: 457, 462: 463, 559: 560}
TITLE_TEXT = {
    265: "Two-Stage Synthesis Networks for Transfer Learning in Machine Comprehension",
    299: "World Models",
    722: "A neural model of hierarchical reinforcement learning",
    787: "Gated Orthogonal Recurrent Units: On Learning to Forget",
    809: "Uncertainty in Deep Learning",
}


def paragraphs(lines, a, b):
    """(first, last) 1-based spans of blank-line separated paragraphs within lines a..b."""
    out, i = [], a
    while i <= b:
        if not lines[i - 1].strip():
            i += 1
            continue
        j = i
        while j + 1 <= b and lines[j].strip():
            j += 1
        out.append((i, j))
        i = j + 1
    return out


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    # headed part
    heads = [n for n in range(1, 228) if lines[n - 1].startswith("### ")]
    for k, h in enumerate(heads):
        nxt = heads[k + 1] if k + 1 < len(heads) else 228
        last = nxt - 1
        while not lines[last - 1].strip():
            last -= 1
        if h == 203:  # Performance RNN, a Magenta blog post
            continue
        t = lines[h - 1][4:]
        if h in HEAD_DROP:
            assert t.endswith(HEAD_DROP[h]), t
            t = t[: -len(HEAD_DROP[h])]
        papers.append(entry(lines, h, last, t))
    # plain paragraphs
    for a, b in paragraphs(lines, 229, len(lines)):
        if lines[a - 1].startswith("#") or a in NOT_ENTRY:
            continue
        if a == 538:  # one reference per line; 538 is the Deep Learning book
            for n in range(539, b + 1):
                t = re.sub(r"^.*?\(\d{4}\)\.\s*", "", lines[n - 1])
                papers.append(entry(lines, n, n, t))
            continue
        if a in TITLE_TEXT:
            t = TITLE_TEXT[a]
        else:
            t = lines[TITLE_LINE.get(a, a) - 1]
        papers.append(entry(lines, a, b, t))
    assert len(papers) == N_EXPECTED, len(papers)
    write_truth(NAME, PART, papers,
                "Each ### heading section (lines 7-225) and each blank-line-separated paper record below it is an entry "
                "(blogs, web pages, the book, the to-do line and sub-headings are not); title is the heading or the record's "
                "title line as written, trailing parenthetical remarks and venues dropped.",
                "Every record of the file read by eye against the output (all 138 entries and every excluded paragraph).")


if __name__ == "__main__":
    main()
