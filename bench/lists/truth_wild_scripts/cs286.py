"""Wild truth for jhellerstein/cs286-sp24 index.md: a course syllabus as one HTML table (lines 33-43).

Columns: Date, Section, Topic, Lecture Notes, Paper 1, Paper 2, Additional Resources (x3).  An
entry is a linked cell of the Paper 1, Paper 2 or Additional Resources columns whose subject is
a paper, title = the link text.  Not entries: the Lecture Notes column (the professor's notes),
the 'XXX' placeholders, and the additional resources that are no paper: 'RDBMS Geneaology'
(a web page), 'Talk slides for The Tale', "Max Willsey's course notes", 'crdt.tech' and
"Andy Pavlo' s DB engines course at CMU".  Decisions on titles: 'Notes on Distributed Databases,
Lindsay et al.' loses its authors; 'Datalog & Recursive Query Processing, pp. 106-135' and
'Modern Datalog Engines, Sec 3.2' (survey monographs) lose their page/section pointer; 'Shorter
version for SIGMOD Record: From Binary Join to Free Join' keeps only the paper's title; the
truncated 'DBSP: Automatic Incremental View Maintenance...' loses its '...'; the cell 'CRDTs'
(linking the INRIA report RR-7687) names the paper only by a nickname, so its title is null.
The same paper in two rows (Keeping CALM) is two entries.  Most rows sit on line 43, so an
entry's lines are its cell's lines and its ids come from its own cell only, not the whole line.
"""
import html
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import save

NAME = "jhellerstein__cs286-sp24__index@5a30c98.md"
PART = "wild_development"
FILES = Path(os.environ.get("ZD_WILD_LISTS", "/work/wild/files"))

NOT_PAPERS = {"RDBMS Geneaology", "Talk slides for The Tale", "Max Willsey's course notes", "crdt.tech",
              "Andy Pavlo' s DB engines course at CMU"}
TITLE_FIX = [
    (r", Lindsay et al\.$", ""),
    (r", pp\. 106-135$", ""),
    (r", Sec 3\.2$", ""),
    (r"^Shorter version for SIGMOD Record: ", ""),
    (r"\.\.\.$", ""),
]


def main() -> None:
    text = (FILES / NAME).read_bytes().decode("utf-8").replace("\r\n", "\n")

    def line(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    papers = []
    for row in re.finditer(r"<tr>(.*?)</tr>", text, re.DOTALL):
        cells = list(re.finditer(r"<td[^>]*>(.*?)</td>", row.group(1), re.DOTALL))
        for k, cell in enumerate(cells):
            if k < 4:
                continue  # date, section, topic, lecture notes
            body = cell.group(1)
            if "href=" not in body:
                continue  # empty cells and the 'XXX' placeholders
            label = clean(body)
            if label in NOT_PAPERS:
                continue
            title = label
            for pat, rep in TITLE_FIX:
                title = re.sub(pat, rep, title)
            if title == "CRDTs":
                title = None  # a nickname for the linked report
            start = row.start(1) + cell.start()
            end = row.start(1) + cell.end()
            papers.append({"line": line(start), "end": line(end - 1), "title": tidy(title) if title else None,
                           "arxiv": arxiv_of(body), "doi": doi_of(html.unescape(body))})
    out = {"file": NAME, "part": PART,
           "method": "every linked cell of the Paper 1, Paper 2 and Additional Resources columns of the syllabus"
                     " table that links a paper is an entry, title = the link text (authors, page or section"
                     " pointers and a 'Shorter version for SIGMOD Record:' prefix dropped, the nickname 'CRDTs' null);"
                     " lecture notes, slides, course pages and web sites are not entries",
           "checked": "every row and cell of the table (dumped cell by cell with its lines), all 101 href links of"
                      " the file, the 5 excluded resources, the title fixes, the arXiv and ACM DOI links",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
