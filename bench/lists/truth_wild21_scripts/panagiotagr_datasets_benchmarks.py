"""Wild21 truth for PanagiotaGr/3D-Vision-papers docs/topics/datasets-benchmarks.md: one topic page of a
script-generated arXiv digest ("Datasets & Benchmarks (3D / Vision)", updated 2026-04-12,
"Total papers shown: **43**").

Shape: a header (title, update time, the total), then one card per paper separated by blank lines:
    - **Title**  
      Author, Author, ...  
      _2026-04-09_ · https://arxiv.org/abs/2604.08547v1  
      <details><summary>Abstract</summary>
      (blank, the abstract paragraph, blank)
      </details>
The arXiv URL is bare text (not a Markdown link) and carries a version suffix.  Every card is an
entry (all 43 are arXiv papers), spanning the bullet line to its closing '</details>'.  Title: the
bold text of the bullet line, as written (one title keeps its LaTeX '$\\oslash$ ... $\\nrightarrow$').
The header is not an entry.
Counts: 43 '- **' bullets = 43 '</details>' = the header's total.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "PanagiotaGr__3D-Vision-papers__docs__topics__datasets-benchmarks@5d85d91.md"


def main() -> None:
    lines = read_lines(NAME)
    assert "Total papers shown: **43**" in lines
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"^- \*\*(.+)\*\*\s*$", text)
        if not m:
            continue
        assert re.match(r"^  _\d{4}-\d\d-\d\d_ · https://arxiv\.org/abs/\d{4}\.\d{5}v\d+\s*$", lines[i + 1]), i
        assert lines[i + 2].strip() == "<details><summary>Abstract</summary>", i
        end = next(j for j in range(i + 3, len(lines) + 1) if lines[j - 1].strip() == "</details>")
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 43
    assert all(p["arxiv"] for p in papers)
    write_truth(
        NAME, "wild21_development", papers,
        "every generated card '- **Title**' / authors / '_date_ · bare arXiv URL' / <details> abstract is an entry"
        " from its bullet to its '</details>', title = the bold text as written",
        "all 43 titles listed against the file; card count checked against the header's total and the number of"
        " '</details>' lines; each card's date/URL and <details> lines asserted; ids are the cards' own arXiv URLs"
        " (version dropped), no other arXiv URL precedes them; the LaTeX title (line 230) kept as written",
    )


if __name__ == "__main__":
    main()
