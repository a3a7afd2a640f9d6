"""Wild35 truth for shagunattri/papers README.md: a student's collection of security papers (web,
privacy, systems) worth reading.

Shape: each record is a `####` or `#####` heading holding the paper title, followed on the next line by
a bare PDF/landing URL (lines 8-150, one blank line between records). The entry is the heading line and
its URL line; the title is the heading text as the file writes it (missing spaces after colons kept).
Two marks that are not title text are dropped: the PDF footnote star of "Low Fat Pointers∗" (line 89)
and the unmatched closing `"` after "... Mental Models of HTTPS" (line 35).
Not entries (vendor documents and a zine issue, not scholarly works): "Microsoft Password Guidance"
(line 80, a company guidance white paper), "iOS Security iOS 12.3" (line 119, Apple's platform guide)
and "International Journal of PoC‖GTFO Issue 0x00" (line 140, a zine issue).
Only two ids occur: arXiv PDF links on lines 15 and 150; no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "shagunattri__papers__README@dee955f.md"
PART = "wild35_development"
NOT_PAPERS = (80, 119, 140)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"#{4,5}\s+(.*\S)\s*$", ln)
        if not m or i in NOT_PAPERS:
            continue
        assert lines[i].startswith("http"), i
        title = m.group(1)
        if i == 89:
            title = title.rstrip("∗")
        if i == 35:
            title = title.removesuffix('"')
        papers.append(entry(lines, i, i + 1, title))
    assert len(papers) == 45, len(papers)
    write_truth(NAME, PART, papers,
                "Each ####/##### heading with the bare URL on the next line is one paper (heading text is the "
                "title, a footnote star and a stray closing quote dropped); a vendor password guidance, Apple's "
                "iOS security guide and a PoC||GTFO zine issue are not entries.",
                "All 48 headings read against the file by eye; ids checked on lines 15 and 150.")


if __name__ == "__main__":
    main()
