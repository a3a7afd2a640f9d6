"""Wild10 truth for t7snow/tuckersnow.com src/content/blogposts/q1-paper-list.md: a student's blog post
'2025 Q1 Paper Reading List'.

Shape: YAML front matter, a prose intro, then '###' topic headings whose items are paragraphs with
no list marker, each starting with one space: ' *Title* by Author(s) - 🔘' (foundational, machine
learning, networking) or ' [*Title*](url) - 🔘' ('Ilya 30u30 papers'), a blank line between.  At
this commit every '-' of the text (titles and URLs too) had been replaced by 'by': 'Language Models
are FewbyShot Learners', 'by by Tom B. Brown', 'MultibyScale Context Aggregation'.  Titles are
taken as the file writes them (the italic text), 'by'-corruption included; the author part after
the italic is left out.

Entries: every item whose subject is a paper, thesis or tutorial paper.  Not entries: 'The Art of
Compiler Design: Theory and Practice' (a textbook), the four blog posts of the 30u30 list (The
Annotated Transformer, The First Law of Complexodynamics, The Unreasonable Effectiveness of RNNs,
Understanding LSTM Networks), 'Kolmogorov Complexity (from page 434)' (a book scan) and
'CS231n ...' (a course page).  Kept: 'Communicating Sequential Processes' (read as Hoare's 1978
paper in a 'foundational papers' list), 'Machine Super Intelligence' (Legg's PhD thesis),
'A Tutorial Introduction to the Minimum Description Length Principle' (arXiv math/0406077),
'Neural Quantum Chemistry' (the file's own name for arXiv 1704.01212, kept as written), 'Attention
Is All You Need' twice (separate entries).

Counts: 5 + 5 + 6 + 27 = 43 items (grep -c '🔘'), minus 7 non-papers = 36.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "t7snow__tuckersnow.com__src__content__blogposts__q1-paper-list@ab6e621.md"
LINES = read_lines(NAME)

#: item line -> why it is not an entry
NOT_PAPERS = {
    23: "The Art of Compiler Design: a textbook",
    52: "The Annotated Transformer: a blog post / notebook",
    54: "The First Law of Complexodynamics: a blog post",
    56: "The Unreasonable Effectiveness of RNNs: a blog post",
    58: "Understanding LSTM Networks: a blog post",
    102: "Kolmogorov Complexity (from page 434): a book",
    104: "CS231n: a course page",
}


def main() -> None:
    papers = []
    items = 0
    for n, text in enumerate(LINES, 1):
        if "🔘" not in text:
            assert not re.match(r"\s+[\[*]", text), (n, text)
            continue
        items += 1
        m = re.match(r" +(?:\[(\*[^\]]+\*)\]\([^)]*\)|(\*[^*]+\*) by .+) - 🔘$", text)
        assert m, (n, text)
        if n in NOT_PAPERS:
            continue
        papers.append(entry(LINES, n, n, m.group(1) or m.group(2)))
    assert items == 43, items
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME, "wild10_development", papers,
        "every marker-less ' *Title* by Authors - 🔘' or ' [*Title*](url) - 🔘' item naming a paper or thesis is an"
        " entry, title = the italic text as written (with the file's '-'->'by' corruption); a textbook, four blog"
        " posts, a book scan and a course page are not entries",
        "every item of the file by eye (43 items counted with grep '🔘', 7 non-papers named in the script),"
        " the corrupted titles ('FewbyShot', 'MultibyScale', 'EndbytobyEnd'), the old-style arXiv id math/0406077,"
        " the repeated 'Attention Is All You Need'",
    )


if __name__ == "__main__":
    main()
