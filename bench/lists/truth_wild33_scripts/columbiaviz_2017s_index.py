"""Wild33 truth for columbiaviz/columbiaviz.github.io archive/2017s_e6998/index.md: the course page of a
Columbia seminar on interactive data exploration systems (Spring 2017), whose "Topics" part is its paper list.

Shape: course overview, then a schedule table (lines 93-110) whose rows name lecture topics ("Sampling",
"Dremel"): not entries. Under "# Topics" (lines 113-241) plain-text group labels ("Recommendation") head `*`
bullets: `[Title](url)`, an empty link `[Title]()` (169, 198), a bare title (170-172, 186-188), or
`Optional: Title.` (128, 164, 165). Every such bullet is one entry, its title the link text or the bare text
without the `Optional:` tag. Not entries: background bullets (117 Wikipedia/SQL docs, 118 the topic
"Cost-based optimization"), Tukey's book (122), the "Assignment"/SandDance bullets (138-139), the category
bullets "Touch", "NLP", "Spreadsheets", "Other" (143, 145, 148, 150) whose sub-bullets are the entries, the
papers inside the HTML comment (lines 227-236, not rendered) and the app link (241). Repeats (153/164,
137/199, 187/198) are separate entries. Links are mostly local PDFs or Scholar searches; one arXiv id (163).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "columbiaviz__columbiaviz.github.io__archive__2017s_e6998__index@6ea2ff7.md"
PART = "wild33_development"

SKIP = {117, 118, 122, 138, 139, 143, 145, 148, 150}
LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in range(113, 227):  # Topics part, up to the HTML comment at line 227
        ln = lines[n - 1]
        if not re.match(r"\s*\* ", ln) or n in SKIP:
            continue
        text = re.sub(r"^\s*\* ", "", ln).strip()
        text = re.sub(r"^Optional:\s*", "", text)
        m = LINK.match(text)
        title = m.group(1) if m else text
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 51, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '*' bullet under '# Topics' naming a paper is an entry, title = link text or bare text without 'Optional:'; "
        "schedule-table topics, background/book/assignment/category bullets and the commented-out block are not entries.",
        "Every bullet of lines 113-241 and every schedule row read by eye against the output (51 entries), including "
        "the empty links (169, 198), bare titles, Optional: items and the repeats.",
    )


if __name__ == "__main__":
    main()
