"""Wild15 truth for WLiK/LLM4Rec-Awesome-Papers README: Markdown tables.  'No Tuning' and
'Supervised Fine-Tuning' are '| Name | [Title](url) | Venue | Year | Code | LLM |' tables (rows
sometimes indented by a space, 'N/A' names), 'Related Survey' is '| [Title](url) | Venue | Year |'.

Entries: every body row of the No Tuning (41 rows, lines 46-86), Supervised Fine-Tuning (51 rows,
lines 95-145) and Related Survey (9 rows, lines 151-159) tables = 101.  Title = the link text of
the row's paper cell.  Repeated papers (LLMRec, LLM4REC in both tables) are separate entries; the
Amazon-M2 row is a dataset *paper* (arXiv) and stays.

Not entries: the news line 6 announcing the maintainers' own survey and its boilerplate BibTeX
(lines 15-23), the table of contents, the 'Related Tutorial' table (two tutorials: talks, even
though their ACM proceedings abstracts are linked), the 'Common Datasets' table (datasets; two rows
link a paper but the row's subject is the dataset) and the Chinese LLM projects table (software).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "WLiK__LLM4Rec-Awesome-Papers__README@8b04df7.md"
LINES = read_lines(NAME)

KEEP = {"No Tuning": 41, "Supervised Fine-Tuning": 51, "Related Survey": 9}
LINK = re.compile(r"\[([^\]]+)\]\((?:https?://[^)\s]+)\)")


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text.lstrip("#").strip()
            continue
        if section not in KEEP:
            continue
        row = text.strip()
        if not row.startswith("|"):
            continue
        cells = [c.strip() for c in row.strip("|").split("|")]
        if set("".join(cells)) <= set("-: ") or cells[0].startswith("**"):
            continue  # header / delimiter row
        cell = cells[1] if section != "Related Survey" else cells[0]
        m = LINK.fullmatch(cell)
        assert m, (i, cell)
        papers.append(entry(LINES, i, i, m.group(1)))
        per[section] = per.get(section, 0) + 1
    assert per == KEEP, per
    assert len(papers) == 101
    write_truth(
        NAME, "wild15_development", papers,
        "every body row of the No Tuning, Supervised Fine-Tuning and Related Survey tables is an entry; title ="
        " the link text of the paper cell; the news line and BibTeX of the maintainers' own survey, the TOC,"
        " the Related Tutorial table, the Common Datasets table and the LLM projects table are not entries",
        "row counts per table by line numbers (46-86: 41, 95-145: 51, 151-159: 9), every title against the"
        " file by eye (all 101), the left-out tutorial, dataset and project tables and line 6",
    )


if __name__ == "__main__":
    main()
