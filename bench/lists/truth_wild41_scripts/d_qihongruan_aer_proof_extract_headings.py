"""Wild41 truth for QihongRuan/science AER_WRITING_PATTERNS.md at commit 9ecc140 (the file's first version; the
newest commit cbe52db keeps the path but commit 82f3df2 rewrote it into a 236-line writing guide with no per-paper
list, so the older commit is used): "AER Writing Patterns Summary", an automatically generated digest of 120 PDFs
from American Economic Association replication packages (AER, AER: Insights, AEJ proofs and manuscripts) --
economics: banking, labour, public finance, development, political economy, health, macro.

Shape: ``# AER Writing Patterns Summary`` (1), two summary bullets, ``## Per-Paper Extracts`` (6), then one
``### <title>`` heading per parsed PDF followed by hyphen bullets ``- Source: `pdf_text/...txt` ``, ``- Authors:``
(a heuristic that mostly captures PDF cover-page junk: the title's second line, "Manuscript Type: For
Administrative Use Only", keywords), optional ``- JEL:``, ``- Keywords:`` and ``- Abstract:`` with a two-space
indented abstract excerpt; records are separated by blank lines; ``## Aggregate Patterns`` (735) and ``## Notable
Style Traits`` (740) close the file.  The heading is the first line of the PDF's title, so long titles are cut at
the PDF line break ("Methods Matter: P-Hacking and Publication Bias in Causal", "The Effects of Income
Transparency on Well-Being:", "Accelerator or Brake? Cash for") and the rest spills into the Authors bullet.
The same paper appears twice when its package held two PDFs (58/64, 78/86, 158/164, 240/245, 330/336, 384/392,
564/569; 411/418 with differently cut titles) and 265/499 repeat "The Rising Return to Non-cognitive Skill";
repeats are separate entries.  No record has a DOI, URL or arXiv id.

Entries (113): every ``###`` record whose source is a paper (a PDF proof, manuscript or the paper text of a
replication package, 529 and 564), spanning the heading and its bullets (abstract lines included).  Not entries
(7): records parsed from figure, graph, table or template files of replication folders, whose headings are not
titles -- 271 "Estimated Effect on Enlistments" (results/EventStudy_newspapers), 322 "50" and 326 "CYP"
(graphs/CIT*_gdp_paper), 400 and 403 "0" (Results_paper/JobDispInsPrograms figures), 579 "% of State Population
Enrolled in Medicaid and CHIP" (paper/figA1), 664 "Table D1 Manuscript vs descriptive_statistics.tex"
(replication template).  Title: the heading text as written (cut titles kept as cut, "1980--2017" and
"QuasiExperimental" as written, a trailing ':' kept, 29's cut "... Shocks vs." keeping the
abbreviation's stop), never the spill-over in the Authors bullet.  Ids: none.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "QihongRuan__science__AER_WRITING_PATTERNS@9ecc140.md"
PART = "wild41_development"

NOT_PAPERS = {271, 322, 326, 400, 403, 579, 664}
NON_PAPER_SOURCE = re.compile(r"__(results|graphs|Results_paper|figA1|replication-template)", re.IGNORECASE)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[5] == "## Per-Paper Extracts" and lines[734] == "## Aggregate Patterns"
    papers, skipped = [], []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("### "):
            continue
        last = i
        while last < len(lines) and lines[last].strip():
            last += 1  # the record's bullets up to the blank line
        src = lines[i]
        assert src.startswith("- Source: `pdf_text/"), (i, src)
        if NON_PAPER_SOURCE.search(src):
            skipped.append(i)
            continue
        e = entry(lines, i, last, ln[4:])
        if ln.endswith(" vs."):  # the abbreviation's stop, not a separator (the helper would drop it)
            e["title"] = ln[4:]
        papers.append(e)
    assert set(skipped) == NOT_PAPERS, skipped
    assert sum(1 for ln in lines if ln.startswith("### ")) == 120
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    t = {p["line"]: p["title"] for p in papers}
    assert t[13] == "Methods Matter: P-Hacking and Publication Bias in Causal", t[13]
    assert t[19] == "The Effects of Income Transparency on Well-Being:", t[19]
    assert t[29] == "Changing Business Dynamism and Productivity: Shocks vs.", t[29]
    assert t[215] == "Common Ownership in America: 1980--2017", t[215]
    assert t[411] == "Intertemporal Labor Supply Substitution?" and t[418].endswith("Evidence from the")
    assert t[529] == "The Selection of Talent" and t[564] == t[569] == "The Economic Consequences of Bankruptcy Reform"
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[8] == 11 and spans[728] == 733, (spans[8], spans[728])
    assert len(papers) == 113, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '### <title>' record of the per-paper extracts whose Source is a paper PDF (proof, manuscript, "
        "replication-package paper) is an entry spanning the heading and its Source/Authors/JEL/Keywords/Abstract "
        "bullets; title = the heading as written (first PDF line, cut titles kept as cut); records parsed from "
        "figure/graph/table/template files (7) are not entries; no ids.",
        "All 120 headings listed with their Source file names and judged (113 paper PDFs, 7 figure/graph/table "
        "files: 271, 322, 326, 400, 403, 579, 664); spans checked on the first/last records and ~20 random ones "
        "(bullets and indented abstract lines to the blank line); the cut titles (13, 19, 29, 130, 411/418) against "
        "their Authors spill-over; the duplicate pairs kept; the summary and closing sections excluded.",
    )


if __name__ == "__main__":
    main()
