"""Wild28 truth for xiaoyaoyou9/Awesome-VLM-Adversarial-Robustness README.md: a survey companion
reading list on the adversarial robustness of vision-language models, as Markdown tables whose
title column is plain text.

Shape: badges, a '<details open>' News card (lines 20-28, release notes, no papers), a legend, a
table of contents, then the '⭐ Foundational Baselines at a Glance' table (lines 64-74: eight
method nicknames linking to in-page anchors '#supervised-aft' ..., a one-line idea, venue and a
citation count; pointers to rows below, not entries), then 30 tables, each under a '####' (or
'##') heading, with the header '| Year | Method | Title | Venue | Paper | Code |'.  Each body row:
'| 2024 | **FAP** ⭐ | Title <br/><sub>note</sub> | Venue | [📄](link) | [💻](code) or — |'.
Entry = one body row of those tables (132 rows, one line each); title = the Title cell with the
' <br/><sub>…</sub>' note removed (the note is a description: '→ TeCoA; …').  The Method cell
(nickname, bold and starred for the 'foundational' ones) is not part of the title.
Special rows: 237 (Concept-APT) has an empty Year cell and a 🔍 Google Scholar search link
instead of a 📄 paper link (no id); rows whose 📄 link is a doi.org DOI (142, 168, 181, 220, 386,
387) or a publisher page (Springer 235 carries a DOI; PMLR, CVF, OpenReview, ACL Anthology,
AAAI, MDPI, IEEE Xplore, ScienceDirect pii give none).  Titles keep the file's casing
('Blip: ...', 'Adpo: ...', 'Vision--Language' on 387).
Decisions: rows repeated in two tables (MMCoA 140/190, MAT 141/187, FARE 197/350, ET3 301/338,
CoDefend 310/373 ...) are separate entries; the four 'Related Surveys' rows (424-427) are
surveys and entries.  Not entries: the baselines-at-a-glance table, the 'Attack Protocols' table
(404-412), the dataset paragraphs of section 7, the Open Challenges list, the survey's own
BibTeX (448-456).  Count check: 30 '| Year | Method | Title' headers; 132 body rows of 6 cells.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "xiaoyaoyou9__Awesome-VLM-Adversarial-Robustness__README@0fc889f.md"
PART = "wild28_development"
HEADER = "| Year | Method | Title | Venue | Paper | Code |"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    headers = 0
    in_table = False
    for i, text in enumerate(lines, 1):
        if text == HEADER:
            headers += 1
            in_table = True
            continue
        if not text.startswith("|"):
            in_table = False
            continue
        if not in_table or re.fullmatch(r"\|[:\- |]+\|", text):
            continue
        cells = text.split("|")
        assert len(cells) == 8, i
        m = re.fullmatch(r"(.+?)(?: <br/><sub>.+</sub>)?", cells[3].strip())
        title = m.group(1)
        assert not re.search(r"[<>\[\]`*]", title), i
        papers.append(entry(lines, i, i, title))
    assert headers == 30, headers
    assert len(papers) == 132, len(papers)
    write_truth(NAME, PART, papers,
                "every body row of the 30 '| Year | Method | Title | Venue | Paper | Code |' tables is an entry (132,"
                " repeats kept); title = the plain Title cell without its ' <br/><sub>note</sub>' description; the"
                " baselines-at-a-glance pointer table, the attack-protocol table and the survey's own BibTeX are not"
                " entries",
                "all 132 rows listed with their Method and Paper cells and read against the file; first and last row"
                " of every table; the empty-year Scholar-search row 237, the DOI and publisher-link rows, the cross-"
                " listed repeats and the note-less rows checked by eye")


if __name__ == "__main__":
    main()
