"""Wild truth for sallamander/paper-notes README.md: an index of one person's deep-learning paper notes.

After a DocToc table of contents (bullets linking the README's own headings: not entries), the
papers are listed under task, domain and topic headings as bare lines
'[Title](./yyyy/month/notes.md)' ending in two spaces (a Markdown line break).  Every such line
is an entry (207), title = the link text as written (an upper-case 'ZNET - LUNG NODULE
DETECTION', a doubled space collapsed); a paper filed under several headings is an entry each
time.  The links go to the notes files: no arXiv id, no DOI.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "sallamander__paper-notes__README@5a2e3c4.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"\[([^\]]+)\]\(\./\d{4}/[a-z]+/[^)]+\.md\)\s*", text)
        if m:
            add(i, i, m.group(1))
        else:
            assert "](./" not in text, i
    write("every '[Title](./yyyy/month/notes.md)' line under the task/domain/topic headings is an entry (repeats"
          " kept), title = the link text; the DocToc contents bullets are not entries",
          "the count of '](./' lines by grep (207) against the entries, all titles read once for non-papers (none),"
          " 20 sampled entries' lines and titles, the contents block (no entry)")


if __name__ == "__main__":
    main()
