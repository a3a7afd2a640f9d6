"""Wild32 truth for loicreynier/pubs-bibliography README.md: a fluid-dynamics/turbulence bibliography
(pandoc Chicago author-date output of a personal `pubs` library).

Shape: after the "## References" heading (line 6) every record is one paragraph (blank-line separated,
wrapped over 1-5 lines): "Authors. Year. “Title.” _Journal_ vol (issue): pages. <https://doi.org/...>."
A repeated author is written "———." (lines 63, 66, 70, 75, 126).  Books put the title in italics
right after the year with a publisher and no quoted title (Antontsev 14, Batchelor 18, Chassaing 47,
Lesieur 131, Peyret 162, Peyret & Taylor 165, Pope 168, Streeter 204, Tsinober 207): not entries.
Two quoted-title records are not scholarly works: Cazalbou & Fontane 2021 (line 44, "ISAE-SUPAERO
Engineering Formation", course notes) and Miller et al. 2014 (line 146, "Video: ..." from the APS
Gallery of Fluid Motion): not entries.  Theses (lines 55, 82, 118, 122), the report-like "Marine
Turbulence" PDF (line 36), the title-only manuscripts (Duffy 79, Reynier n.d. 176) and the CTR
research brief (138) are entries.  Title = the text between “ and ”, its closing period dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "loicreynier__pubs-bibliography__README@7ebe024.md"
PART = "wild32_development"

NOT_WORKS = {44, 146}  # course notes, video


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## References")) + 1
    paras = []
    cur = None
    for no in range(start, len(lines) + 1):
        ln = lines[no - 1]
        if ln.strip():
            if cur is None:
                cur = [no, no]
            else:
                cur[1] = no
        elif cur is not None:
            paras.append(cur)
            cur = None
    if cur is not None:
        paras.append(cur)
    papers = []
    for first, last in paras:
        text = " ".join(lines[first - 1:last])
        m = re.search(r"“(.+?)”", text)
        if not m:
            assert re.search(r"\d{4}[a-z]?\. _", text), (first, text)  # a book: italic title after the year
            continue
        if first in NOT_WORKS:
            continue
        papers.append(entry(lines, first, last, m.group(1)))
    assert len(paras) == 49, len(paras)
    assert len(papers) == 38, len(papers)
    write_truth(NAME, PART, papers,
                "Each reference paragraph after '## References' with a quoted title is an entry (title = text in “ ”); "
                "italic-title books and the course-notes and video records are not.",
                "All 49 paragraphs read by eye: 9 books, 1 course, 1 video excluded; titles, theses, n.d. "
                "manuscripts and the ——— repeated-author records checked.")


if __name__ == "__main__":
    main()
