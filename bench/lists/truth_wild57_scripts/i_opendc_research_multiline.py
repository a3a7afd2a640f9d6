"""Wild57 truth for atlarge-research/opendc site/community/3-research.md: "Research with OpenDC", the datacenter
simulator project's bibliography (publications about OpenDC, publications using it, student theses using it).

Commit: fdc3200 (2022-08-04), the commit that added the file; the newest commits touching the path delete it (the
page was replaced by .mdx pages in 2025-2026), and the content is unchanged between fdc3200 and the deletions.

Shape: 64 lines, 4 KB.  Docusaurus front matter (1-5), ``# Research with OpenDC``, an intro and a "working with us"
paragraph with a link (13-15), then three ``##`` sections, each a numbered list with multi-line items:
``N. [Title](url)  `` / ``   **Venue Year**  `` / ``   Author, Author, ...`` (authors sometimes wrap onto a second
line, 22-23, 26-27).  Line ends carry Markdown hard breaks (two trailing spaces, three on 34-35).

Special cases:
- The third section ("Students using OpenDC", 38-64) lists master and bachelor theses (``**Master Thesis, 2022**``):
  titled works listed exactly like the papers, kept as entries.
- The same Capelin work appears as a TPDS article (31) and as a master thesis with another title (47): two entries.
- 14: the AtLarge website link in the intro is not an entry.
- Ids: arXiv from arxiv.org links (34 -> 1808.04224, 44 -> 2108.01776); no DOIs (computer.org csdl link on 31 has
  none).

Decisions:
- Entry = every numbered item ``N. [Title](url)`` (12 entries: 20, 24, 31, 34, 41, 44, 47, 50, 53, 56, 59, 62);
  span = from that line to the last non-blank line before the next item, blank line or heading.
- Title = the link text.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "atlarge-research__opendc__site__community__3-research@fdc3200.md"
PART = "wild57_development"

ITEM = re.compile(r"^\d+\. \[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        last = n
        while last < len(lines) and lines[last].startswith("   ") and lines[last].strip():
            last += 1
        papers.append(entry(lines, n, last, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 12, len(papers)
    assert sorted(by) == [20, 24, 31, 34, 41, 44, 47, 50, 53, 56, 59, 62], sorted(by)
    assert by[20]["end"] == 23 and by[24]["end"] == 27 and by[62]["end"] == 64, (by[20], by[24], by[62])
    assert by[20]["title"] == (
        "OpenDC 2.0: Convenient Modeling and Simulation of Emerging Technologies in Cloud Datacenters"
    ), by[20]
    assert by[34]["arxiv"] == "1808.04224", by[34]
    assert by[44]["arxiv"] == "2108.01776", by[44]
    assert by[44]["title"] == "How Can Datacenters Join the Smart Grid to Address the Climate Crisis?", by[44]
    assert by[56]["title"] == "LEGO, but with Servers: Creating the Building Blocks to Design and Simulate Datacenters"
    write_truth(
        NAME,
        PART,
        papers,
        method="Project bibliography with multi-line numbered items: every 'N. [Title](url)' item is one entry (12),"
        " spanning its indented venue line (**Venue Year**) and author line(s).  Title = the link text.  Student"
        " theses in the third section are listed like the papers and count as entries; the intro link does not.",
        checked="Compared all 12 entries of the -v output with the file: titles, spans (authors wrapping on 22-23 and"
        " 26-27, last item ending at 64), the arXiv ids on 34 and 44, and that the intro link (14) is no entry.",
    )


if __name__ == "__main__":
    main()
