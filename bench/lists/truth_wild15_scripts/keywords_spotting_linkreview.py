"""Wild15 truth for TrandeLik/keywords_spotting linkreview.md: a Russian literature review ('# Обзор
литературы') on handwritten keyword spotting, one pipe table, then an experiment plan.

Shape: '| Title | Year | first author | [Ссылка](url) or [ссылка](url) | idea (Russian) |', header
'| Название | Год |Автор | Ссылка | Идея |'.  Links go to author PDFs, arXiv, IEEE Xplore, Springer,
ScienceDirect, ResearchGate, MDPI, CEUR.  Entries: the 41 data rows (lines 5-45), one line each, all
papers.  Not entries: the '# Планирование эксперимента' (experiment plan) items '1) ...' after the
table, which name methods, not works.  Title = the first cell as written (its non-breaking hyphens
and the missing space in 'Learning‑FreeKeyword' kept).  Ids from the row's own line (Springer URLs
carry DOIs; ScienceDirect pii and MDPI paths are not DOIs).

Checks: 43 '^|' lines (grep) = header + rule + 41 rows; 41 entries on lines 5-45.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "TrandeLik__keywords_spotting__linkreview@1993984.md"
PART = "wild15_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, start=1):
        if not text.startswith("|") or text.startswith(("| --", "| Название")):
            continue
        cells = text.split("|")
        assert "сылка](" in cells[4], (i, text)
        papers.append(entry(lines, i, i, cells[1].strip()))
    assert len(papers) == 41
    assert papers[0]["line"] == 5 and papers[-1]["line"] == 45
    write_truth(
        NAME, PART, papers,
        "every data row of the review table is an entry, title = the first cell as written; the"
        " experiment-plan items after the table are not entries",
        "all 41 rows by eye (titles against their lines, the odd hyphens in the Z-Transform title, the"
        " '[Ссылка]'/'[ссылка]' link cells) and the experiment plan",
    )


if __name__ == "__main__":
    main()
