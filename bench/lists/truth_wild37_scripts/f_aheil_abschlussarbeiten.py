"""Wild37 truth for aheil/aheil.github.io pages/finishedthesis.md: a German professor's (Hochschule
Heilbronn) page "Abgeschlossene Abschlussarbeiten", every bachelor/master thesis and student research
paper he supervised, 2009-2026, German titles mostly, some English.

Shape: Jekyll front matter (1-6), "# Abgeschlossene Abschlussarbeiten" (8) and a one-line intro, then
"## <year>" headings (2026 ... 2018, 2009; 264 lines) each with "- " items separated by blank lines.  An item is
"Student[, Student], _Title_, Degree (B.Sc./M.Sc./B.Eng.), University (Company), Year[, extra]".  119
items, one line each except line 114, whose italic title wraps onto line 115 (the entry is 114-115).
Entry = each item: a thesis (Bachelor/Master Thesis, Masterarbeit, Diplomarbeit, line 68 names no
degree) or a "Studienarbeit" (44, 84, 250: a DHBW student research paper, a written scholarly work filed
by the page with the theses; kept as entries).  Title = the italic "_..._" span, as written (typos
such as "Sofware", "Interationstestautoamtisierung", "Markanalyse" kept; the "?" of line 90 kept).
Special cases: line 30 opens "_" but never closes it -- its title runs to ", Bachelor Thesis"; line 175
has no italics -- title "Securing Containers in DevOps Development Life Cycle", the segment after the
student name.  Line 14's year "2006" (for 2026) and the award note of line 194 and the funding note
of line 235 are not part of the titles.  Line 227 gives a URN (no DOI, no arXiv).  The last item (264, a Diplomarbeit) has no final newline.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "aheil__aheil.github.io__pages__finishedthesis@c31bb44.md"
PART = "wild37_development"

OVERRIDE = {
    30: "Absicherung eines Kubernetes Clusters in Multi-Tenant-Umgebungen",
    175: "Securing Containers in DevOps Development Life Cycle",
}
ITALIC = re.compile(r"(?<![\w])_(.+?)_(?![\w])", re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        text = lines[n - 1]
        if not text.startswith("- "):
            n += 1
            continue
        end = n
        while end < len(lines) and lines[end].strip() and not lines[end].startswith(("- ", "#")):
            end += 1
        block = " ".join(lines[n - 1:end])
        if n in OVERRIDE:
            title = OVERRIDE[n]
        else:
            m = ITALIC.search(block)
            assert m, n
            title = m.group(1)
        assert re.sub(r"\s+", " ", title) in re.sub(r"\s+", " ", block.replace("_", "")), (n, title)
        papers.append(entry(lines, n, end, title))
        n = end + 1

    assert len(papers) == 119, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- ' item under the year headings (a bachelor/master/diploma thesis or a Studienarbeit) is an "
        "entry, its title the italic span; line 30 (unclosed italics) and line 175 (no italics) are set by "
        "hand, and line 114's title wraps onto line 115.",
        "Read all 264 lines; the first and last item of every year section, the wrapped item 114-115, the "
        "unclosed-underscore item 30, the non-italic item 175, the three Studienarbeiten (44, 84, 250), the "
        "'?' title 90, the item without degree (68) and ~25 other items compared with the -v output.",
    )


if __name__ == "__main__":
    main()
