"""Wild7 truth for NVIDIA/warp PUBLICATIONS.md: a software project's list of publications that use it.

Shape: a title, a four-line paragraph inviting submissions (a mailto link), then '## YYYY' sections
(2026 down to 2021), each a run of one-line bullets
'- **Title**. *A. Author, B. Author*. Month YYYY. [arXiv:NNNN.NNNNN](https://arxiv.org/abs/...)' or
the same with '[DOI:10.x/y](https://doi.org/...)'.  Every bullet is an entry (journal articles,
conference papers and preprints; no tools, books or talks); title = the bold text (no title ends
with a full stop inside the bold, so nothing is cut).  Line = the bullet's own line.  The heading,
the paragraph and the year headings are not entries.
Counts: 128 bullets; per year 36 + 45 + 26 + 15 + 4 + 2 = 128 (awk per '## ' section); 113
'arXiv:' links + 15 '[DOI:' links = 128; every bullet matches the one pattern above (grep -v of the
pattern on the bullets is empty).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "NVIDIA__warp__PUBLICATIONS@9934a4e.md"
PART = "wild7_development"
BULLET = re.compile(
    r"- \*\*([^*]+)\*\*\. \*[^*]+\*\. [A-Z][a-z]+ \d{4}\. \[(arXiv:\d{4}\.\d{4,5}|DOI:[^\]]+)\]\(https?://[^)]+\)$")
PER_YEAR = {"2026": 36, "2025": 45, "2024": 26, "2023": 15, "2022": 4, "2021": 2}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    year = None
    counts: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            year = text[3:].strip()
            continue
        if not text.startswith("- "):
            continue
        m = BULLET.match(text)
        assert m, (i, text)
        counts[year] = counts.get(year, 0) + 1
        papers.append(entry(lines, i, i, m.group(1)))
    assert counts == PER_YEAR, counts
    assert len(papers) == 128
    assert sum(1 for p in papers if p["arxiv"]) == 113
    assert sum(1 for p in papers if p["doi"]) == 15
    write_truth(
        NAME, PART, papers,
        "every '- **Title**. *Authors*. Month YYYY. [arXiv:id|DOI:doi](url)' bullet under the '## YYYY'"
        " headings is an entry; title = the bold text",
        "the bullets' pattern on all 128 (one regex, no exception), per-year counts, titles sampled by eye"
        " (first and last of each year, those with colons, question marks and non-ASCII characters), the"
        " 113 arXiv ids and 15 DOIs (lower-cased) one per bullet")


if __name__ == "__main__":
    main()
