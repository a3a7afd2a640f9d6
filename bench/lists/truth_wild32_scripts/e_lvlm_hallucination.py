"""Wild32 truth for lhanchao777/Papers-for-Hallucinations-in-Large-Vision-Language-Models README.md: the
paper list of the survey "A Survey on Hallucination in Large Vision-Language Models".

Shape: three Markdown pipe tables (Evaluation Methods from line 31, Benchmarks from line 53, Mitigation
Methods from line 76) with columns Title | Name | Venue | Date | Code.  The title cell is
``[**Title**](url)``, in most rows preceded by a GitHub-stars badge image and ``<br>`` and followed by a
trailing ``<br>`` (``![Star](...) <br> [**Title**](url) <br>``); one row writes the cell without the
leading space (``|[**Object hallucination in image captioning**](...)|``).  The Name cell is a bold
nickname (FAITHSCORE, POPE ...), not part of the title.  Every row is one entry on one line, title = the
bold link text.  The same paper appears in several tables (FAITHSCORE, NOPE, CIEM, MMHal-Bench ...);
each row is a separate entry.  Not entries: the survey's own "Paper link" line (line 6) and its
boilerplate BibTeX (lines 19-26).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "lhanchao777__Papers-for-Hallucinations-in-Large-Vision-Language-Models__README@ae534ac.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        cells = ln.strip().strip("|").split("|")
        if cells[0].strip() == "Title" or re.fullmatch(r"[-: ]+", "".join(cells)):
            continue
        m = re.search(r"\[\*\*(.+?)\*\*\]\((https?://[^)]+)\)", cells[0])
        assert m and len(cells) == 5, (i, ln)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 86, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the three tables (Evaluation Methods, Benchmarks, Mitigation Methods) is one entry, title = the "
        "bold link text after an optional stars badge and <br>; the Name column (a nickname) is not part of the title.",
        "First and last rows of each table, all rows without a badge, the no-space row and a sample of 25 badge "
        "rows checked by eye; repeated papers across tables kept as separate entries.",
    )


if __name__ == "__main__":
    main()
