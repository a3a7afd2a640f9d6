"""Wild8 truth for jasonbitterman/pubmeddigest examples/07-20-2025_parkinsons_disease_summary.md: an LLM-made PubMed digest.

Shape: a generated monthly digest of new PubMed papers on Parkinson's disease.  Under seven study-type
headings ('## Randomized Controlled Trials', '## Observational Studies (...)', ..., '## Other'), each
paper is a three-line paragraph, not a list item:
  '**Title.**  ' (bold title ending in a full stop, two trailing spaces for a line break),
  a one-sentence generated summary (or 'No abstract available for summarization.'),
  '*Citation: Title., Journal, MM/DD/YYYY, PMID: NNN ([URL](https://www.ncbi.nlm.nih.gov/pubmed/NNN))*'
  (the closing '*' is missing on a few lines).
Two headings hold an italic 'No recent ... identified in this update.' line instead of papers.

Entry: every such paragraph, lines = bold line to citation line.  Title = the bold text, its final
full stop dropped (the citation repeats the same title).  No arXiv id or DOI anywhere (PubMed links
only).

Counts: 29 bold lines = 29 '*Citation:' lines = 29 'PMID' lines; per heading 1 + 10 + 8 + 0 + 9 + 0 + 1.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "jasonbitterman__pubmeddigest__examples__07-20-2025_parkinsons_disease_summary@49e3240.md"
PART = "wild8_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:]
            per[section] = 0
            continue
        m = re.fullmatch(r"\*\*(.+)\*\*  ", text)
        if not m:
            assert not text.startswith("**"), i
            continue
        assert LINES[i + 1].startswith("*Citation: "), i  # line i + 2 (1-based)
        assert "PMID: " in LINES[i + 1], i
        papers.append(entry(LINES, i, i + 2, m.group(1)))
        per[section] += 1
    assert len(papers) == 29
    assert list(per.values()) == [1, 10, 8, 0, 9, 0, 1], per
    assert sum(1 for t in LINES if t.startswith("*Citation: ")) == 29
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(NAME, PART, papers,
                "every '**Title.**' paragraph (bold title line, generated summary line, '*Citation: ..., PMID*'"
                " line) under the study-type headings is an entry, title = the bold text without its final full stop",
                "29 paragraphs against the count of bold lines, '*Citation:' lines and PMIDs, per-heading counts"
                " (1, 10, 8, 0, 9, 0, 1; two headings say none), every title read against its bold line and"
                " citation line; no arXiv id or DOI in the file")


if __name__ == "__main__":
    main()
