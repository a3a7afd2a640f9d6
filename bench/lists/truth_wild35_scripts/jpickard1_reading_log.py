"""Wild35 truth for Jpickard1/jpickard1.github.io content/3-Reading_Log.md: a PhD student's personal
reading log (articles and books read, by month, plus a to-read list).

Shape: one Markdown bullet per item, ``- [Title](url) (Authors)``; sections "Books I am Currently
Reading", "Articles and Books I've Read" (### March 2022, February 2022, January 2022, 2021) and
"To Read List".  An entry is a bullet whose subject is a paper (journal/conference article, preprint,
class-project report such as line 30, the "Conversation with Dr. Steve Smale and Dr. Lee
Hartwell" interview piece on line 58, kept as an article).  Not entries: the books, linked or not -- lines 11-14 (the
"Books I am Currently Reading" section, line 13 is an HTML ``<a>`` link), 19, 24, 42, 59 (unlinked
book titles) and 83 (Moler's "Numerical Computing with MATLAB", a book).  Special cases: lines 27-28
write ``[Title]<!-- HTML comment -->`` with no URL (title kept, no ids); the entry on lines 76-77 wraps
its author list onto a second line; "Regularized Vector Field Learning ..." is logged twice (lines 32
and 35), two entries.  Title = the bracketed link text.  DOIs come only from URLs that hold them
(dl.acm.org/doi/pdf/10.1145/..., royalsocietypublishing.org/doi/10.1098/..., journals.asm.org/doi/epdf/...).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "Jpickard1__jpickard1.github.io__content__3-Reading_Log@87c9219.md"
PART = "wild35_development"

BOOKS = {11, 12, 13, 14, 19, 24, 42, 59, 83}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    i = 0
    while i < n:
        ln = i + 1
        text = lines[i]
        if text.startswith("- ") and ln not in BOOKS:
            last = ln
            # continuation lines (not a new bullet, not blank, not a heading)
            while last < n and lines[last].strip() and not lines[last].startswith(("- ", "#")):
                last += 1
            m = re.match(r"- \[([^\]]+)\]", text)
            assert m, (ln, text)
            papers.append(entry(lines, ln, last, m.group(1)))
            i = last
            continue
        i += 1
    assert len(papers) == 58, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet naming a paper (not a book) is an entry; title = its bracketed link text; the wrapped "
        "bullet on lines 76-77 is one entry; books (lines 11-14, 19, 24, 42, 59, 83) are not entries.",
        "Every line of the 90-line file read by eye against the output: the 9 book bullets left out, the two "
        "comment-only links (27-28), the duplicate on 32/35, the wrapped entry 76-77, and the 4 DOIs.",
    )


if __name__ == "__main__":
    main()
