"""Wild55 truth for Henrywang621/DL-based-MI-EEG-models README.md: the code repository accompanying the survey "An
in-depth survey on Deep Learning-based Motor Imagery Electroencephalogram (EEG) classification" (Artificial
Intelligence in Medicine, 2024), newest commit touching it (5956c00, 2024-10-15).

Shape: 92 lines.  Title, a ``<p>`` of shields.io badges (3-16), a paragraph, a hand-written table of contents
(21-28), ``Installation`` and ``Usage`` shell blocks (30-55), then ``## Representative Models and Their Corresponding
Source Code`` (57) with one Markdown table (58-74): ``| methods | title | author | year | source code |``.  Each row
names a model (first cell), then the paper's title ending in a period followed by ``[[Paper]](url)`` in the second
cell, first author ``et al.``, year and a ``[Code](github)`` link.  Last, ``Citations`` (77) with a fenced
``bibtex`` block (80-91) citing the survey itself; the block lacks its closing brace.

Special cases:
- One paper per row, but two papers fill two rows each: Schirrmeister et al.'s ConvNet paper (61 Shallow, 62 Deep)
  and Zhang et al.'s Cascade/Parallel paper (65, 66); Tayeb et al.'s paper fills 67 and 68 with different links.
  Each row is its own entry (the row is the unit of the table), so the same title appears twice.
- 61 has two spaces before the title; 70 closes its link with a stray ``)]``; 62/73 have no space before ``|``.
- Ids come from the links: arXiv abs links (60, 63, 74), DOIs in the Wiley (61, 62) and IOP (70) URLs; ScienceDirect
  ``pii``, AAAI, PubMed, MDPI and IEEE ``arnumber`` links give none.  The BibTeX block's ``doi = {https://doi.org/
  10.1016/j.artmed.2023.102738}`` gives the survey's DOI; the helper reads it with the closing brace, so the
  script sets it by hand.

Decisions:
- Entry = each table row 60-74 (15) plus the BibTeX citation of the survey (81-90, title from ``title = {...}``),
  which the README gives as a full reference to a paper.
- Title = the second cell up to ``[[Paper]]``, trimmed, trailing period dropped; the model name (first cell) is a
  label, not the title (even where the title starts with it, as ``EEGNet: ...`` and ``MIN2Net: ...``).
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "Henrywang621__DL-based-MI-EEG-models__README@5956c00.md"
PART = "wild55_development"

ROW = re.compile(r"^\|(?P<model>[^|]*)\|(?P<title>[^|]*?)\[\[Paper\]\]\(")
BIB_TITLE = re.compile(r"^title = \{(?P<title>.*)\},$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[57].startswith("| methods | title |"), lines[57]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip().rstrip(".")))
    assert lines[80] == "@article{WANG2024102738,", lines[80]
    b = BIB_TITLE.match(lines[81])
    assert b, lines[81]
    bib = entry(lines, 81, 90, b.group("title"))
    assert bib["doi"] == "10.1016/j.artmed.2023.102738}", bib  # the helper keeps the closing brace
    bib["doi"] = "10.1016/j.artmed.2023.102738"
    papers.append(bib)
    by = {p["line"]: p for p in papers}
    assert sorted(by) == list(range(60, 75)) + [81], sorted(by)
    assert by[60]["arxiv"] == "1511.06448", by[60]
    assert by[61]["title"] == by[62]["title"] == (
        "Deep learning with convolutional neural networks for EEG decoding and visualization"), by[61]
    assert by[61]["doi"] == "10.1002/hbm.23730", by[61]
    assert by[63]["title"].startswith("EEGNet: a compact"), by[63]
    assert by[70]["doi"] == "10.1088/1741-2552/ab57c0", by[70]
    assert by[81]["doi"] == "10.1016/j.artmed.2023.102738", by[81]
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the model table (60-74) is one entry: title = the 'title' cell before '[[Paper]](url)', trailing"
        " period dropped (the model-name cell is a label); rows naming the same paper (61/62, 65/66, 67/68) are"
        " separate entries.  The fenced BibTeX citation of the survey itself (81-90) is also an entry, title from"
        " its title field.  Badges, install/usage blocks and code links are not entries.",
        "Compared all 16 -v lines with the file: each title against its cell (double space at 61, ')]' at 70, no"
        " space before '|' at 62/73), the repeated titles, arXiv ids 60/63/74, DOIs from the Wiley, IOP and BibTeX"
        " URLs, and no ids from ScienceDirect/AAAI/PubMed/MDPI/IEEE links.",
    )


if __name__ == "__main__":
    main()
