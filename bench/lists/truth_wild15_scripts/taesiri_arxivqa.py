"""Wild15 truth for taesiri/ArXivQA README.md: the front page of a generated arXiv tracker (a script
adds each processed paper and rewrites the page), 'Latest 25 Papers'.

Shape: under '## Latest 25 Papers', one bullet per paper:
'- Title - [[Arxiv](https://arxiv.org/abs/ID)] [[QA](github .../papers/ID.md)]', where the generator
keeps arXiv's own line breaks of long titles, so a title runs over two or three lines, the continuation
lines indented by two spaces and the last one carrying the ' - [[Arxiv]...' tail.  Then '## List of
Papers by Year' bullets link the per-year pages (links to other lists, not entries) and an
'## Acknowledgements' paragraph.

What is an entry: each paper bullet (25, as the heading says); its lines run from the bullet to the
line holding its '[[Arxiv]' link; title = the text before ' - [[Arxiv]' with the line breaks collapsed
to one space (a ' -- ' inside one title is the paper's own and kept).  arXiv id from the abs link;
no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "taesiri__ArXivQA__README@b489308.md"
PART = "wild15_development"
LINES = read_lines(NAME)


def main() -> None:
    start = LINES.index("## Latest 25 Papers") + 1
    stop = LINES.index("## List of Papers by Year") + 1
    papers = []
    i = start + 1  # 1-based line number of the first line after the heading
    while i < stop:
        text = LINES[i - 1]
        if not text.startswith("- "):
            assert text == "", (i, text)
            i += 1
            continue
        first = i
        parts = [text[2:]]
        while " - [[Arxiv](" not in LINES[i - 1]:
            i += 1
            assert LINES[i - 1].startswith("  ") and not LINES[i - 1].startswith("- "), i
            parts.append(LINES[i - 1].strip())
        joined = " ".join(parts)
        m = re.fullmatch(r"(.+?) - \[\[Arxiv\]\(https://arxiv\.org/abs/(\d{4}\.\d{5})\)\] \[\[QA\]\(https://github\.com/taesiri/ArXivQA/blob/main/papers/\2\.md\)\]", joined)
        assert m, (first, joined)
        papers.append(entry(LINES, first, i, m.group(1)))
        i += 1
    assert len(papers) == 25, len(papers)
    assert sum(1 for p in papers if p["end"] > p["line"]) == 18  # wrapped titles: 17 on two lines, 1 on three
    write_truth(NAME, PART, papers,
                "every bullet under 'Latest 25 Papers' is an entry from its first line to the line with its"
                " [[Arxiv]] link, title = the text before ' - [[Arxiv]' with its wrapped lines joined; the"
                " 'Papers for YEAR' bullets link other pages and are not entries",
                "all 25 bullets by eye (25 '[[Arxiv]' links by grep; 19 continuation lines: 17 two-line and one"
                " three-line titles), each joined title against the file, ids against the links")


if __name__ == "__main__":
    main()
