"""Wild21 truth for cosword/meta-paper-daily README: a script-generated daily digest ("CV Papers
Daily", updated 2024.12.20) of five keyword sections (source-free, object detection, domain
adaptation, domain generalization, vision language), each one Markdown table
'|Date|Title|Authors|PDF|Code|Comments|' of 25 rows.

One row per paper: '|**2024-12-18**|**Title**|First Author et.al|[paper](url)|[code](url) or -|
<details><summary>detail</summary>venue or arXiv comment</details> or -|'.  The paper links come
from arXiv and from Google-Scholar-like sources (ScienceDirect, MDPI, Springer, SSRN, ADS,
ResearchGate, CVF open access, cyberleninka, preprints.org, ASCE, IOP).  Every row is an entry,
including the CVF 'Supplementary Material' PDFs (the record is about that paper's supplement; its
title keeps the file's 'Supplementary Material' wording), a bachelor and a master thesis, a Russian
title and a Scholar-truncated title starting with '…' (line 85).  Papers repeated in two sections
(lines 15/78, 16/80, 18/88, 19/97) are separate entries.  Not entries: the section index bullets,
the 'Updated on' heading, table headers.

Title: the bold text of the Title cell, as written.  Ids from the row's own line (an ADS
'2024arXiv…' bibcode is not an arXiv URL form and gives no id).
Counts: 125 rows ('^|**' lines), 25 per section, checked against the five tables' line ranges.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "cosword__meta-paper-daily__README@3045885.md"
ROW = re.compile(r"^\|\*\*\d{4}-\d{1,2}-\d{1,2}\*\*\|\*\*(.+?)\*\*\|[^|]*\|\[paper\]\([^)]+\)\|[^|]*\|.*\|$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        if not text.startswith("|**"):
            continue
        m = ROW.match(text)
        assert m, (i, text)
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(lines, i, i, m.group(1)))
    assert per_section == {"source-free": 25, "object detection": 25, "domain adaptation": 25,
                           "domain generalization": 25, "vision language": 25}, per_section
    assert len(papers) == 125
    write_truth(
        NAME, "wild21_development", papers,
        "every data row of the five generated tables ('|**date**|**Title**|authors|[paper](url)|code|details|') is"
        " an entry, title = the bold Title cell as written (supplementary-material titles, a truncated '…' title"
        " and a Russian title kept), ids from the row",
        "all 125 titles listed and read against the rows; 25 rows per section counted; every non-arXiv link host"
        " looked at for DOIs (Springer, ASCE, IOP give one); the repeated rows across sections; no '|' inside a"
        " title",
    )


if __name__ == "__main__":
    main()
