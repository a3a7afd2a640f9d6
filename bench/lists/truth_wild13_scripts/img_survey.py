"""Wild13 truth for xzb030/IMG_Survey README.md: the companion repository of a survey on intelligent mesh
generation.

After a title, an author line in HTML, an intro paragraph (which links the survey's own arXiv page: not an
entry), an abstract and two figures, six '### <technique>-based' sections each hold a Markdown table
'| Paper | Code | Source | connection map |' whose rows are '|[Title](paper url)|[code](repo) or --|Venue
Year|[image](map png) or --|' (a few rows open with '| [' and a space, some rows have no closing pipe).
Every table row is an entry (141: 37 + 31 + 44 + 9 + 17 + 3 by section, counted with awk); a paper the
survey files under two techniques is an entry in each section.  Title = the first cell's link text as
written (typos such as 'Setch2PQ' and 'POINTS2SURF Learning' kept).  The Code, Source and map cells are
not part of the title.  Ids: the first cell's URL (IEEE Xplore, CVF, ACM DL 10.1145 and 10.5555 DOIs,
Wiley 10.1111 DOIs, Springer 10.1007 DOIs, IOP 10.1088 with its '/meta' tail dropped, arXiv for three
rows; the last row's Source cell also says 'arXiv:2203.11203', the same id).  The dataset paragraphs
at the end (links to dataset sites) and the closing BibTeX of the survey itself (the list's own
boilerplate citation) are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "xzb030__IMG_Survey__README@fb08fa1.md"
PART = "wild13_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not text.startswith("|"):
            continue
        if re.match(r"\|\s*(Paper|-{3})", text):
            continue
        m = re.match(r"\|\s*\[([^\]]+)\]\((https?://[^)]+)\)\s*\|", text)
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(1)))
        per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {
        "Deformation-based": 37,
        "Classification-based": 31,
        "Isosurface-based": 44,
        "Delaunay-triangulation-based": 9,
        "Parametrization-based": 17,
        "Advancing-front-based": 3,
    }, per_section
    assert len(papers) == 141
    write_truth(
        NAME,
        PART,
        papers,
        "every row of the six technique tables is an entry (repeats across sections kept), title = the Paper"
        " cell's link text as written; ids from that cell's URL; intro, dataset links and the survey's own"
        " BibTeX are not entries",
        "row counts per section by awk (37/31/44/9/17/3 = 141) against the entries; every title of the first"
        " and last rows of each table and about 25 sampled rows read against the file; DOIs of the Wiley,"
        " ACM, Springer and IOP rows and the three arXiv rows checked",
    )


if __name__ == "__main__":
    main()
