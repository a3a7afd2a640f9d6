"""Wild29 truth for tnbar/awesome-tensorial-neural-networks README.md: the paper collection of the
survey "Tensor Networks Meet Neural Networks", in Markdown tables per topic (compression, fusion,
quantum circuit simulation, training strategy) plus toolbox tables.

Shape: table rows `| Authors et al. "Title". [[link](url)] | Remarks | Venue | Year |`; the title is
the double-quoted text of the Paper cell.  Entry = one data row of a table whose first header cell
is "Paper"; its span is that one line.

Special cases:
- Lines 17-28: indented BibTeX of the survey itself ("cite this collection"), the list's own
  boilerplate: not an entry; line 14 names the survey in prose: not an entry.
- Line 88: a row with no authors before the quoted title; lines 38, 88, 167 have an empty link
  `[[link]()]`; lines 75-76 have no space between "et al." and the quote.
- The toolbox tables (lines 193-224, first header "Name") list libraries: no entries (the Yao row
  links a paper URL but the record is the library).
- Papers that appear in several tables (e.g. "Tensor regression networks", "Block-term tensor
  neural networks", "Supervised learning with tensor networks") are separate entries.
- Some rows link a wrong target (line 140 repeats the CNM arXiv link for Han et al., line 139 the
  CIKM DOI for Cheng et al.); ids are taken as the row writes them.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "tnbar__awesome-tensorial-neural-networks__README@69f7373.md"
PART = "wild29_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_paper_table = False
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            in_paper_table = False
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if re.match(r"^-+$", cells[0]):
            continue
        if cells[0] in ("Paper", "Name"):
            in_paper_table = cells[0] == "Paper"
            continue
        if not in_paper_table:
            continue
        m = re.search(r'"(.+?)"', ln)
        assert m, (i, ln)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 82, len(papers)
    write_truth(NAME, PART, papers,
                "Each data row of a table headed 'Paper' is an entry (one line); title = the double-quoted "
                "text in the Paper cell; toolbox tables and the survey's own BibTeX are not entries.",
                "Every row of every Paper table checked against the output by eye (titles, one row per "
                "entry, the author-less row 88, empty links, repeated papers); toolbox rows confirmed absent.")


if __name__ == "__main__":
    main()
