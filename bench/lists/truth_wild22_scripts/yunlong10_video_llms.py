"""Wild22 truth for yunlong10/Awesome-LLMs-for-Video-Understanding README.md: the paper list of a Vid-LLM survey.

Shape: an H1, an H3 naming the survey (line 3, the list's own title), author/affiliation quotes
with <sup>, an <h5> link bar, news paragraphs (line 21 announces a follow-up survey - a news item),
a table of contents, the survey's own BibTeX (lines 99-107), then 24 Markdown tables under
'#####'/'####' headings.  Two table kinds:
- method and benchmark tables (17 + 1), header '| Title | Model | Date | Code | Venue |' (the last,
  line 457, '| Title | Date | Code | Venue |', though its newest rows add a Model cell): the title
  cell is '[**Title**](paper url)', often followed by a GitHub stars badge
  '[![Star](img.shields.io/github/stars/...)](github)'; code cells are '[code](url)', sometimes
  empty '[code]()' or '[project page]()';
- dataset tables (6, lines 384-455), header '| Name | Paper | Date | Link | Venue |': the first
  cell is the dataset's bold name ('**Charades**'), the second the paper '[**Title**](url)'.
Entry: every data row.  Title = the bold link text of the Title cell, or of the Paper cell in the
dataset tables (the dataset name is not the title).  Datasets are entries through the paper each
row links; two rows (427 MSVD-QA, 428 MSRVTT-QA) link the same paper and are two entries, as are
rows repeated across sections (e.g. Black Swan, lines 392 and 435).
Not entries: the template row inside an HTML comment (lines 229-231: '[**title**](link)'); the
two 'VLog: Video as a Long Document' rows (128, 296), which link only the showlab/VLog GitHub
repository (a code project with no paper); the survey's own H3 link, news links, BibTeX and the
contributor list.  Rows linking non-arXiv papers (CVF, ACL Anthology, ACM DL with DOI, Semantic
Scholar, a lab PDF, Meta's publication page) are entries; line 253 links a PDF on a personal site.
Line 401 (Charades-Ego) writes a truncated arXiv URL 'arxiv.org/abs/1804.0962' (the paper is
1804.09627); the id is kept as the file writes it.
Count check: 24 header rows; 244 data-row lines = 243 outside the comment + the template row;
243 - 2 VLog rows = 241 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "yunlong10__Awesome-LLMs-for-Video-Understanding__README@8950ff7.md"
PART = "wild22_development"
CODE_ONLY = {128, 296}
COMMENT = range(229, 232)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    headers = rows = 0
    kind = None
    for i, text in enumerate(lines, 1):
        s = text.strip()
        if not s.startswith("|") or i in COMMENT:
            continue
        cells = [c.strip() for c in s.strip("|").split("|")]
        if cells[0] in ("Title", "Name"):
            headers += 1
            kind = cells[0]
            continue
        if all(re.fullmatch(r"[-: ]*", c) for c in cells):
            continue
        rows += 1
        if i in CODE_ONLY:
            assert "github.com/showlab/VLog" in s, i
            continue
        cell = cells[0] if kind == "Title" else cells[1]
        if kind == "Name":
            assert re.fullmatch(r"\*\*[^*]+\*\*", cells[0]), i
        m = re.fullmatch(r"\[\*\*(.+?)\*\*\]\([^)\s]*\)\s*(?:\[!\[Star\]\([^)]*\)\]\([^)]*\))?", cell)
        assert m, (i, cell)
        papers.append(entry(lines, i, i, m.group(1)))
    assert headers == 24, headers
    assert rows == 243, rows
    assert len(papers) == 241, len(papers)
    write_truth(NAME, PART, papers,
                "every data row of the 18 method/benchmark tables and the 6 dataset tables is an entry; title = the"
                " bold link text of the Title cell, or of the Paper cell in dataset tables (not the dataset name);"
                " a commented-out template row and two rows linking only a code repository (VLog) are not",
                "first and last row of all 24 tables, every non-arXiv row (lines 128, 253, 296, 335-337, 366, 376,"
                " 388, 397, 398, 409, 410, 419, 427, 428), the comment block 229-231, the star-badge rows and a"
                " sample of ~25 rows compared with the -v output; repeated titles left as separate entries")


if __name__ == "__main__":
    main()
