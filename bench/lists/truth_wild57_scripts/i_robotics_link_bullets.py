"""Wild57 truth for chjohnkim/literature_robotics README.md: "literature_robotics", a personal list of robotics
papers (agricultural robotics, RL manipulation, dexterous manipulation, pushing, grasping), newest commit (b6e170a).

Shape: 35 lines, 3 KB.  ``# literature_robotics`` then ``##`` topic headings, each followed by ``- [Title](url)``
bullets, one paper a line, nothing else on the line (no authors, venue or year).

Special cases:
- 4-7 and 10: the link goes to a local summary file of the repository (``summary_Deep_3DMTS.md``, ...), not to the
  paper: still entries.
- 34-35: the last heading is "Tips" and holds ``[Surviving the Review Process]`` (an IEEE article, ieeexplore PDF
  link): a published article, kept as an entry.
- 7: ``ROLS : Robust Object-Level SLAM for Grape Counting``: the space before the colon is kept.
- Ids: arXiv from arxiv.org/abs links (27 -> 1707.00318, 30 -> 1412.3128); DOI from the annualreviews doi link
  (17 -> 10.1146/annurev-control-060117-104848).  IEEE document links give no id.

Decisions:
- Entry = every ``- [text](url)`` bullet (21 entries, lines 4-35), one line each.
- Title = the link text.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "chjohnkim__literature_robotics__README@b6e170a.md"
PART = "wild57_development"

ITEM = re.compile(r"^- \[(.+)\]\([^)]*\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 21, len(papers)
    assert min(by) == 4 and max(by) == 35, (min(by), max(by))
    assert by[7]["title"] == "ROLS : Robust Object-Level SLAM for Grape Counting", by[7]
    assert by[17]["doi"] == "10.1146/annurev-control-060117-104848", by[17]
    assert by[27]["arxiv"] == "1707.00318", by[27]
    assert by[30]["arxiv"] == "1412.3128", by[30]
    assert by[35]["title"] == "Surviving the Review Process", by[35]
    assert by[4]["title"].startswith("Towards Active Robotic Vision in Agriculture"), by[4]
    write_truth(
        NAME,
        PART,
        papers,
        method="Plain Markdown bullets under topic headings: every '- [Title](url)' line is one entry (21), including"
        " those linking to the repository's own summary files (4-7, 10) and the IEEE article under 'Tips' (35)."
        "  Title = the link text.",
        checked="Compared all 21 entries of the -v output with the file, the local-summary links, the Tips item, the"
        " arXiv ids (27, 30) and the annualreviews DOI (17).",
    )


if __name__ == "__main__":
    main()
