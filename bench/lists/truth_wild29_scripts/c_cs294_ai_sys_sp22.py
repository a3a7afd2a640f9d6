"""Wild29 truth for ucbrise/cs294-ai-sys-sp22 index.md: Berkeley CS294 "Machine Learning Systems"
(Spring 2022) course page; Jekyll syllabus, one "# Topic" block per week after
"{% include syllabus_entry %}", inside an HTML <table>.

Shape: each week may carry <div class="reading"> with a required_reading and an optional_reading
<div markdown="1">; readings are bullets "* [Title [Venue’YY]](url)".  The link text often ends
with a bracketed annotation ([ICLR’18], [SC’21, Best Paper finalist], [OpenAI, 2020],
[Blog post]); the link text therefore holds nested brackets.  Title: the link text without that
trailing bracketed annotation, and without the parenthetical "(formerly: ...)" note at 139.
Review forms, lecture/guest slides and speaker links sit outside the reading blocks.

Entries: every linked bullet in a reading block except non-papers: 88 (Chapter 1 of the textbook
"Principles of Computer System Design"), 94 (Roscoe's review-writing advice note), 169 (DeepSpeed
blog post, tagged [Blog post]), 332 (Dwork & Roth's book "The Algorithmic Foundations of
Differential Privacy"), 333 (Google AI blog post), 334 (a comic strip site) and 336 ("More reading
coming soon ...").  93 "How to read a paper" (Keshav's CCR article) is an entry, as in the CS286
truth.  Entries sit on one line each.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "ucbrise__cs294-ai-sys-sp22__index@e680a03.md"
PART = "wild29_development"

NOT_ENTRIES = {88, 94, 169, 332, 333, 334, 336}


def link_text(s: str) -> str:
    """Text of the first Markdown link, allowing one level of nested [..] inside it."""
    m = re.search(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(", s)
    assert m, s
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    inside = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('<div class="reading"'):
            inside = True
            continue
        if s.startswith(("{% include syllabus_entry", "</td>")):
            inside = False
            continue
        if not inside or not s.startswith("* "):
            continue
        if i in NOT_ENTRIES:
            continue
        text = link_text(s)
        title = re.sub(r"\s*\[[^\[\]]*\]$", "", text)  # trailing [Venue’YY] note
        title = re.sub(r"\s*\(formerly:[^)]*\)$", "", title)
        papers.append(entry(lines, i, i, title))
    for p in papers:
        assert p["title"].rstrip(".") in lines[p["line"] - 1], p
    assert len(papers) == 54, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every linked reading bullet inside a week's required/optional reading <div> is an entry, titled by "
        "its link text minus the trailing [venue/award] annotation; textbook chapter, book, blog posts, "
        "comic, advice note and 'more reading' placeholder are not.",
        "All reading bullets of the file checked by eye (54 entries, 7 excluded); nested-bracket titles "
        "(137-140, 163-172, 193-200, 221-223) and the '(formerly: ...)' note at 139 confirmed; ids compared.",
    )


if __name__ == "__main__":
    main()
