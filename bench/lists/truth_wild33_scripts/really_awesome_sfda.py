"""Wild33 truth for PrasannaPulakurthi/really-awesome-sfda README.md: an awesome list of
source-free domain adaptation (SFDA) papers.

Shape: under "## Papers", year headings "### 2025" (lines 14-29) and "### 2024" (lines 32-53), one
bullet per paper: "- Title (Venue Year) [[paper](url)] [[arxiv](url)] [[code](url)]"; the title is plain
text (not linked) and ends before the last " (" that opens the venue/year parenthetical (titles such as
"SF(DA)²: ..." on line 43 hold parentheses of their own); line 16's parenthetical is a bare year "(2025)".
Not entries: the "Datasets & Benchmarks" bullets (lines 56-64, dataset download links, no paper), the
placeholder bullets of "Libraries & Tooling" / "Tutorials & Talks" (lines 67, 70) and the entry-format
template inside the fenced block of "Contributing" (line 76).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "PrasannaPulakurthi__really-awesome-sfda__README@876a811.md"
PART = "wild33_development"

ITEM = re.compile(r"^- (?P<body>.+?) \((?P<venue>[^()]*\d{4})\) \[\[")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_papers = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            in_papers = ln.strip() == "## Papers"
            continue
        if not in_papers or not ln.startswith("- "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("body")))
    assert len(papers) == 38, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet under '## Papers' (year subsections) is one paper; its title is the plain text before "
        "the final '(Venue Year)' parenthetical; dataset links, placeholders and the fenced format template "
        "are not entries.",
        "All 38 entries checked by eye against the file (titles, arXiv ids, DOIs on lines 16, 29, 47); "
        "dataset bullets, placeholders and the template line 76 confirmed excluded.",
    )


if __name__ == "__main__":
    main()
