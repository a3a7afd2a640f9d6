"""Wild30 truth for ghimiredhikura/Awasome-Pruning README.md: an awesome list of neural network
pruning papers in Markdown tables.

Shape: one table per year under `Conference Publications` (`| Venue | Title | Type | Code |`, lines
28-200) and `Journal Publications` (`| Journal | Title | Type | Code |`, lines 207-268), then
`Survey Articles` (`| Year | Venue | Title |`, 271-280), `Other Publications`
(`| Year | Venue | Title | Code |`, 283-287) and `Pruning Software and Toolbox`
(`|Year | Title | Type | Code |`, 290-300). Each data row is one record; the title is the link text
of the Title cell (line 51 has a plain-text title without a link). Venue cells are sometimes links
to the venue's page (line 103, the journal tables), never part of the title.
Not entries: the section index and symbol legend tables (9-22), header and separator rows, the ICML
tutorial row (287), and the toolbox rows whose subject is software with no paper of its own:
Torch-Pruning (294, a bold tool name), FasterAI (296), PyTorchViz (298) and the official PyTorch
pruning tool (300). The toolbox rows naming papers are entries: UPop (292), DepGraph (293),
JaxPruner (295, title kept as written with its doubled "JaxPruner:"), Simplify (297, a SoftwareX
article) and "What is the State of Neural Network Pruning?" (299). Repeated papers (e.g. DepGraph,
JaxPruner, the Lottery Ticket paper) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "ghimiredhikura__Awasome-Pruning__README@fbd7225.md"
PART = "wild30_development"

NOT_ENTRIES = {287, 294, 296, 298, 300}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    col = None
    for i, ln in enumerate(lines, 1):
        if i < 24 or not ln.startswith("|"):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if "Title" in cells:  # header row: where the title column is
            col = cells.index("Title")
            continue
        if re.match(r"^:?-+:?$", cells[0]):
            continue
        if i in NOT_ENTRIES:
            continue
        cell = cells[col]
        m = re.search(r"\[([^\]]+)\]\(", cell)
        title = m.group(1) if m else cell
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 191, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the paper tables is an entry, its title the link text (or plain text) of"
        " the Title column; legend, header, tutorial and software-only toolbox rows are not entries.",
        "First and last rows of every table, the plain-text title (51), the venue-link row (103), all"
        " survey, other-publication and toolbox rows, and a random sample of 25 rows checked by eye.",
    )


if __name__ == "__main__":
    main()
