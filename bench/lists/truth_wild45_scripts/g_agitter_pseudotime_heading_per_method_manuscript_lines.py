"""Wild45 truth for agitter/single-cell-pseudotime README.md: a catalogue of single-cell pseudotime /
trajectory-inference / RNA-velocity methods (bioinformatics tools), each recorded by the manuscript that
describes it.

Shape: title, badges (2-3: a Zenodo DOI badge), intro prose; ``## Citation`` with the list's own citation
(18-20); ``## Problem overview`` and ``## Choosing a method`` with prose and bullets that cite papers inline
(``[Bacher and Kendziorski 2016](...)``, ``[Saelens et al. 2019](...)``, ``[SINGE](...)``, 36-59); then
``## Algorithms`` (61) and ``## Related topics`` (984), both a run of ``### Method`` headings, each followed by
paragraphs ``Software: url`` (once misspelt ``Sofware:`` 162), ``Website:``/``Vignettes:``/``Analysis code:``/
``Extended vignette:`` lines and one or more manuscript paragraphs ``Manuscript: [Paper title](url)``.  Sections
with several papers prefix the label (``Monocle 2 manuscript:``, ``Diffusion maps manuscript (a):``,
``Additional manuscript:``, ``Workflow manuscript:``); two drop the colon (675, 859 ``Manuscript [..](..)``);
four wrap the link text before ``](`` onto the next line (152-153, 240-241, 263-264, 322-323); one entry (VeloSim,
1140) is followed by a ``<details><summary>Abstract</summary>`` card with the abstract (1142-1147); some
``###`` sections have only software (no manuscript) and some headings are followed by a blank line first.
Links: doi.org for nearly all (bioRxiv 10.1101, new 10.64898 DOIs), 4 arXiv, 2 OpenReview.

Decisions:
- Entries: every manuscript paragraph under ``## Algorithms`` and ``## Related topics`` (239): each names one
  paper (article, preprint, benchmark study) by its linked title, so a section listing several manuscripts
  gives several entries.  The entry is the manuscript paragraph itself (1 line, 2 where the link text wraps),
  plus the VeloSim abstract card that directly follows its paragraph (1140-1147).  The ``###`` heading (a
  method/tool name) and ``Software:`` lines are not part of the entry; sections without a manuscript are tools,
  not entries.
- Not entries: the badges, the list's own citation (18-20), and the papers cited inline in the overview prose
  (36-59), which are running text, not records.
- Title: the link text, whitespace collapsed (the wrapped ones end in a newline).
- Ids: the helpers' DOI/arXiv of the entry's lines (the link).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "agitter__single-cell-pseudotime__README@d8a3cb5.md"
PART = "wild45_development"

MS = re.compile(r"^(?:[A-Za-z0-9 ./+-]+ )?[Mm]anuscripts?(?: \([a-z]\))?:? \[(?P<rest>.*)$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Algorithms") + 2
    assert start == 62, start
    papers = []
    wrapped = []
    for n in range(start, len(lines) + 1):
        ln = lines[n - 1]
        m = MS.match(ln)
        if not m:
            assert "anuscript" not in ln, (n, ln)
            continue
        rest = m.group("rest")
        last = n
        if "](" not in rest:
            last = n + 1
            assert lines[last - 1].startswith("]("), (n, lines[last - 1])
            title = rest
            wrapped.append(n)
        else:
            title = rest[: rest.index("](")]
        if last + 2 <= len(lines) and lines[last].strip() == "" and lines[last + 1] == "<details>":
            last = lines.index("</details>", last) + 1
        papers.append(entry(lines, n, last, title))
    assert wrapped == [152, 240, 263, 322], wrapped
    assert [(p["line"], p["end"]) for p in papers if p["end"] - p["line"] > 1] == [(1140, 1147)]
    assert len(papers) == 239, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 233, sum(1 for p in papers if p["doi"])
    assert sum(1 for p in papers if p["arxiv"]) == 4, sum(1 for p in papers if p["arxiv"])
    write_truth(
        NAME,
        PART,
        papers,
        "Each manuscript paragraph ('Manuscript: [Title](url)', 'X manuscript: ...', 'Manuscript [..]') under"
        " '## Algorithms' and '## Related topics' is one paper (239), spanning its 1-2 lines (plus the VeloSim"
        " abstract <details> card); title = the link text; the ### method headings, software lines, the list's"
        " own citation and papers cited inline in the overview prose are not entries.",
        "Every line containing 'anuscript' after '## Algorithms' asserted to be a manuscript paragraph (239, count"
        " asserted); -v output compared with the file for the first sections (64-185: Monocle's four labelled"
        " manuscripts 69-75, Wanderlust/Cycler/Wishbone 80-86, Diffusion maps (a)/(b) and destiny 101-105, GP-LVM"
        " and pseudogp 123/127), the multi-manuscript sections TrajectoryNet 503/505 ('Additional manuscript')"
        " and CellRank 559/561, the four wrapped link texts (152-153, 240-241, 263-264, 322-323, asserted), the"
        " colon-less 675 and 859, the VeloSim abstract card 1140-1147 (asserted), the first Related-topics"
        " entries 988-998 and the last five (1387-1409), ~12 random entries; the overview prose 36-59 and the own"
        " citation 18-20 left out; ids: 233 DOIs, 4 arXiv (503, 585, 865, 911), the two OpenReview links (739,"
        " 817) give none (counts asserted).",
    )


if __name__ == "__main__":
    main()
