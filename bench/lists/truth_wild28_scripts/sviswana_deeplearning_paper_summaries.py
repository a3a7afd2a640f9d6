"""Wild28 truth for sviswana/deeplearning-paper-summaries README.md: a personal log of paper summaries.

Shape: four '##' topic headings (CNN models, object detection, NLP/RNNs, art), one bullet per
paper: '- [**Summary**](https://github.com/.../X.md): "**Title**", Authors (year)'.  The link text
is always 'Summary' (it points at the author's own note, not at the paper); the title is the
bold text inside the double quotes after the link.  Google-Scholar MLA style: some titles end with
a '.' inside the quotes ('Deep residual learning for image recognition.', 'Fast r-cnn.',
line 12, 18, 19, 20, 32, 38); that final '.' is the citation's separator and is dropped.  Titles
keep the file's capitals ('Fast r-cnn').
Entries: every bullet (lines 8-12, 16-22, 26-33, 37-38).  Not entries: the intro lines 2-4 (which
link two other reading lists) and the headings.  No arXiv id or DOI in the file.
Count check: 22 lines start with '- [**Summary**]' = 22 entries (5 + 7 + 8 + 2).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "sviswana__deeplearning-paper-summaries__README@372bbb2.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- [**Summary**]"):
            continue
        m = re.search(r'\):\s*"\*\*(.+?)\*\*"', text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1).rstrip(".")))
    assert len(papers) == 22, len(papers)
    assert [p["line"] for p in papers][:1] == [8] and papers[-1]["line"] == 38
    write_truth(NAME, PART, papers,
                "every '- [**Summary**](note): \"**Title**\", Authors (year)' bullet under the four topic headings is an"
                " entry; title = the bold text inside the quotes (not the 'Summary' link text), a final '.' inside the"
                " quotes dropped as the citation separator",
                "all 22 bullets read by eye against their titles, including the six titles ending in '.' and the"
                " lower-case 'Fast r-cnn'; the intro's two links to other reading lists are not entries")


if __name__ == "__main__":
    main()
