"""Wild25 truth for WenyanLiu/apprenticeship README.md: a PhD student's reading notes ("The Pursuit of
Doctorate") on privacy, federated learning, fairness, blockchain and other topics.

Shape: five '###' topic parts, each with '####'/'#####' section headings.  Most records are rows of
8-column Markdown tables '| Nickname | Title | Authors | Published in | Year | Files | Notes |
Supplementaries |' whose title cell is plain text (no link); the first cell is an optional nickname
(often the method name), the links are emoji links ':ledger:' (PDF), ':memo:' (notes), ':keyboard:'
(code), ':camera:' (slides/video), ':floppy_disk:' in the later cells.  Title = the 2nd cell.
Beside the tables, unchecked task items '- [ ] `...`' hold papers still to read, in two forms:
a whole table row inside a code span (lines 139-142, 165-167, 218; title = its 2nd cell) or a DBLP
citation 'Authors: Title. Venue year: pages' inside a code span, sometimes after a nickname
('PINQ:', 'Fuzz:', ...; lines 124-127, 133, 613-614; titles written out in DBLP below).

Entries: every paper-table row and every to-read item whose subject is a scholarly work: papers,
preprints ('CoRR'), a Purdue dissertation (line 139), a master's thesis page (line 364, Hartmann,
'Federated Learning'), a published tutorial abstract in the Survey table (line 100), a CACM
magazine article (567), a report (570), a Chinese newsletter article (574), the PIIE policy brief
(line 91, counted as a report), and the Ethereum Yellow Paper, its Chinese translation and the
BigchainDB whitepaper (lines 534, 535, 538: technical white papers, counted as reports; the
translation is its own record with its own authors).  Line 124 names two papers in two code spans
(PINQ and its sequel): two entries on the same line.  Line 312 has its Title and Authors cells
swapped ('CryptZip | Sa Wang, ... | Practices of backuping ...'): the title is the 3rd cell there.
Line 167's only link is a delivery.acm.org file path
'10.1145/2890000/2882928/p155-zhang.pdf', which is not the paper's DOI: doi set to null.  ACM
'citation.cfm?doid=...' links carry no DOI either.  Line 122's title starts with an <img> of epsilon, removed as markup ('KTELO: ...').

Not entries: the Books section (lines 68-74: a Chinese textbook, the Dwork-Roth monograph, two
Springer/Morgan & Claypool books) except line 72, a journal article (Inf. Sci.) filed under Books,
which is an entry; the 7-column 'Instructors | Institution' tables of courses, tutorials and talks
(lines 81, 83, 355, 426-428, 435-436; keynotes with an ACM DOI included: they are listed as
courses); the patent row (line 285, US patent, not a scholarly paper); the EMNLP 2019 tutorial row
in the Artificial Intelligence table (line 572: slides, code and videos, no paper); table headers,
the legend table, table-of-contents bullets, ':top:' links.

Count check: 224 table lines that are not separator rows = 43 headers (37 paper tables, 4
course tables, the Books table and the legend table) + 181 rows; of these 7 course rows, 1 book row
and 1 legend row are skipped, leaving 172 paper-table rows, minus the patent and the tutorial = 170;
plus 8 code-span table rows and 9 DBLP code-span papers (line 124 twice, and line 72) = 187 entries
(grep '^| | Title | Authors' = 37, grep 'Instructors' = 4).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "WenyanLiu__apprenticeship__README@c31ec83.md"
PART = "wild25_development"

NOT_PAPERS = {285: "patent", 572: "EMNLP tutorial (slides, videos)"}
SWAPPED = {312: 3}  # title in the Authors column
DBLP = {
    72: ["Optimal data-independent noise for differential privacy"],
    124: ["Privacy integrated queries: an extensible platform for privacy-preserving data analysis",
          "Calibrating Data to Sensitivity in Private Data Analysis"],
    125: ["Linear dependent types for differential privacy"],
    126: ["Differentially Private Bayesian Programming"],
    127: ["LightDP: towards automating differential privacy proofs"],
    133: ["Principled Evaluation of Differentially Private Algorithms using DPBench"],
    613: ["First-order methods of smooth convex optimization with inexact oracle"],
    614: ["Smooth Optimization with Approximate Gradient"],
}
BOOK_ITEMS = {70, 73, 74}  # code-span items under Books that are books
COURSE_ITEMS = {83}  # code-span course row under Tutorial


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    header = None  # the current table's header kind: 'paper', 'course', 'book', 'legend'
    table_rows = span_rows = dblp = 0
    headers = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("| "):
            cells = text.split("|")
            if ":-:" in text:
                continue
            if cells[2].strip() == "Title" or cells[1].strip() == "Title" or "Instructors" in text or ":ledger:" in cells[1]:
                headers += 1
                if "Instructors" in text:
                    header = "course"
                elif cells[1].strip() == "Title":
                    header = "book"
                elif ":ledger:" in cells[1]:
                    header = "legend"
                else:
                    header = "paper"
                continue
            if header in ("course", "book", "legend"):
                continue
            table_rows += 1
            if i in NOT_PAPERS:
                continue
            title = cells[SWAPPED.get(i, 2)].strip()
            assert title, i
            papers.append(entry(lines, i, i, title))
        elif text.startswith("- [ ] "):
            if i in DBLP:
                for t in DBLP[i]:
                    assert f": {t}. " in text, (i, t)
                    papers.append(entry(lines, i, i, t))
                    dblp += 1
                continue
            if i in BOOK_ITEMS or i in COURSE_ITEMS:
                continue
            m = re.fullmatch(r"- \[ \] `(\|.*\|)`", text)
            assert m, i
            cells = m.group(1).split("|")
            span_rows += 1
            e = entry(lines, i, i, cells[2].strip())
            if i == 167:  # delivery.acm.org/10.1145/2890000/2882928/... is a file path, not the DOI
                assert e["doi"] == "10.1145/2890000/2882928/p155-zhang", e
                e["doi"] = None
            papers.append(e)
    assert headers == 43, headers
    assert table_rows == 172, table_rows
    assert span_rows == 8, span_rows
    assert dblp == 9, dblp
    assert len(papers) == 172 - 2 + 8 + 9 == 187, len(papers)
    write_truth(NAME, PART, papers,
                "every paper-table row (title = the plain-text 2nd cell; 3rd cell on line 312 where Title and"
                " Authors are swapped) and every to-read task item naming a paper (a table row in a code span:"
                " its 2nd cell; a DBLP citation in a code span: the text between 'Authors: ' and '. Venue', two"
                " on line 124) is an entry; course/tutorial/talk tables, books, a patent and a tutorial row are not",
                "every line of the file read by eye; every one of the entries checked in the -v output against"
                " its line (titles, the swapped row 312, the <img> title on 122, Chinese titles, rows with a"
                " missing Year or Authors cell 263/486, rows with two venues 154/621); arXiv ids and"
                " dl.acm.org/doi, doi.org, Springer (percent-encoded) DOIs spot-checked")


if __name__ == "__main__":
    main()
