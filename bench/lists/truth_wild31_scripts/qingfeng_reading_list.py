"""Wild31 truth for Qingfeng-Yao/Reading_List README.md: a student's flat reading list of papers.

Shape: one bullet per paper under "# Papers" (lines 2-97): ``- year, [venue,] **Title**, [affiliation or
first author,] [[pdf](url)][[code](url)]``.  The title is the bold span.  Line 87 has no link at all;
line 46 gives two arXiv links (pdf_v1, pdf_v2; the first is the id).  Venue and affiliation are
sometimes missing, so the bold span is the only reliable title marker.
Not entries: "# Other Resources" (line 100 on): a tutorial's slides (line 102), four courses
(105-108), two blogs (111-112) and two books (115-116), though written in the same bullet shape.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "Qingfeng-Yao__Reading_List__README@b9ef587.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    end = next(i for i, ln in enumerate(lines, 1) if ln.startswith("# Other Resources"))
    for n in range(1, end):
        ln = lines[n - 1]
        if not ln.startswith("- "):
            continue
        m = re.search(r"\*\*(.+?)\*\*", ln)
        assert m, n
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 96, len(papers)
    write_truth(NAME, PART, papers,
                "Each bullet of '# Papers' (lines 2-97) is one paper, its title the bold span; the"
                " tutorial, courses, blogs and books under '# Other Resources' are not entries.",
                "All 96 bullets read by eye against the file, including the linkless line 87 and the"
                " two-arXiv-link line 46; the Other Resources bullets checked to be non-papers.")


if __name__ == "__main__":
    main()
