"""Wild38 truth for dwenking/fuzzing-paper-reading README.md: a Chinese student's index of paper notes on
database-system testing and fuzzing (logic, crash, performance and transaction bugs in DBMSs, test-data
generation, vector-database and RAG testing, LLM-generated SQL, compiler mutation fuzzing).

Shape: "# fuzzing-paper-reading", a Chinese line ("Fuzzing相关论文笔记整理，持续更新中。" 'fuzzing paper notes,
updated continuously'), then "## Topic" / "### Bug kind" headings over "* " bullets, one paper each:
"* *Title(Venue'YY)*: [笔记](notes.md), [原文](paper URL)" — the venue tag is written inside the italics and
glued to the title ("...SQL Server(VLDB'23)"), once with a space ("... Prompting (FSE'26)"), twice missing
(MetaRAG, VDBFuzz); "笔记" ('notes') links to the student's note file, "原文" ('original text') to the paper
(ACM DL DOI URLs, arXiv abs/html links, author PDFs, IEEE Xplore document pages).

Decisions:
- Entries: every bullet (27), each a paper.  Not entries: headings and the intro line.
- Title: the italic text with the trailing "(Venue'YY)" tag removed; as written otherwise.
- Ids: from the bullet's line (the note link holds none): ACM DL URLs give their DOI (dlnext.acm.org/doi/pdf/...
  included), arXiv abs/html links their id without version; IEEE Xplore document numbers are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "dwenking__fuzzing-paper-reading__README@d73d5eb.md"
PART = "wild38_development"

BULLET = re.compile(r"^\* \*(.+?)\*:")
VENUE = re.compile(r"\s*\([A-Za-z]+'\d\d\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = BULLET.match(ln)
        papers.append(entry(lines, n, n, VENUE.sub("", m.group(1))))
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* *Title(Venue'YY)*: [笔记](..), [原文](..)' bullet is an entry (27 papers); title = the italic"
        " text without the trailing (Venue'YY) tag; ids from the bullet's paper link.",
        "All 62 lines read; every bullet compared with the -v output: the glued venue tags removed (7, 11-44), the"
        " spaced one on 54 removed, the two bullets without a venue (49, 50) kept whole, arXiv ids from abs and"
        " html links (19, 38, 48, 49), ACM DL DOIs (11, 12, 18, 22, 25, 43), no id from IEEE document pages or PDFs.",
    )


if __name__ == "__main__":
    main()
