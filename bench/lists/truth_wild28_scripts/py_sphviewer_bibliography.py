"""Wild28 truth for alejandrobll/py-sphviewer content/bibliography.md (gh-pages branch): astrophysics
papers that used a visualisation code.

Shape: after a heading and one paragraph of prose, one '* ' bullet per paper, blank lines between:
'* Author et al. (YYYY), Title, arXiv: NNNN.NNNNN [(Link)](url)'.  The arXiv id is written as bare
text ('arXiv: 2203.07134' or 'arXiv:2005.12933') before the link; the title ends at ', arXiv',
': arXiv' (lines 55-63) or at the journal (', Science, 369' line 45; ', Nature 585' line 53;
', MNRAS 480' line 84, whose links are publisher pages without a DOI).  Eight bullets wrap onto a
second line (5-6, 28-29, 31-32, 34-35, 39-40, 42-43, 65-66, 92-93); the two lines are joined with
a space.  Line 88 writes ' , ' after the title (dropped).
Special cases: line 26 writes 'arXiv: 2101.12067' but links 2109.01677 (the id of line 22); the
first id written, 2101.12067, is the entry's id.  Line 40 writes 'arXiv: 2012:02850' (a colon, not
an id form) and links 2012.02850, which is its id.  Lines 68 and 82 list the same paper with two
years; both are entries.
Entries: all 49 bullets (all are papers).  Not entries: the heading and the prose paragraph.
Count check: 49 lines starting "* " = 49 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "alejandrobll__py-sphviewer__content__bibliography@38dc9cb.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("* ")]
    assert len(starts) == 49, len(starts)
    papers = []
    for i in starts:
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        text = " ".join(lines[i - 1:end])
        m = re.match(r"\* .+? \(\d{4}\),\s+(.+?)\s*[,:]\s*(?:arXiv|Science, \d|Nature \d|MNRAS \d)", text)
        assert m, i
        papers.append(entry(lines, i, end, m.group(1)))
    assert sum(1 for p in papers if p["end"] > p["line"]) == 8
    assert next(p for p in papers if p["line"] == 26)["arxiv"] == "2101.12067"
    assert next(p for p in papers if p["line"] == 39)["arxiv"] == "2012.02850"
    write_truth(NAME, PART, papers,
                "every '* ' bullet is an entry (a paper that used the code), wrapped bullets spanning two lines;"
                " title = the text between 'Author et al. (YYYY), ' and ', arXiv' / ': arXiv' or the journal name",
                "all 49 bullets read by eye against the -v output; the eight wrapped titles, the ' , ' on line 88,"
                " the bare 'arXiv:' ids, the mismatched link on line 26 and the '2012:02850' typo on line 40")


if __name__ == "__main__":
    main()
