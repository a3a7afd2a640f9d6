"""Wild40 truth for ahmedmoustafa/bioinformatics-toolbox Tools.md: "Tools in the Bioinformatics Toolbox", the
table of programs shipped in a bioinformatics Docker image, each with the paper that describes it.

Shape: one two-column pipe table (lines 3-65), ``| [Tool](site) | [Description](link) |``.  The Description
cell is, for most rows, the title of the tool's paper linked to PubMed (``www.ncbi.nlm.nih.gov/pubmed/N`` or
``pubmed.ncbi.nlm.nih.gov/N/``) or to doi.org (two bioRxiv preprints, one PeerJ CS article); for the rest it
is a tagline linked to the project site or docs (R, BioPerl, Biopython with an empty ``()`` link, JAligner,
FASTX, seqtk, HTStream, fqtrim, Bamtools, Miniconda).  Quirks: BCFtools (37) writes the PubMed URL itself as
the link text; Infernal (50) links its PubMed paper under the tagline "inference of RNA alignments" (the
paper is "Infernal 1.1: 100-fold faster RNA homology searches"); BBMap (22) cites the BBMerge paper; CD-HIT
appears twice (11 and 55, second spelled "Cd-hit"); some rows carry trailing spaces or a doubled space
before the cell.

Decisions:
- A row is an entry iff its Description link goes to PubMed or doi.org (the row then cites a journal article
  or preprint); tagline rows linked to project pages are tools, not entries (10 rows).  51 entries, one line
  each; the repeated CD-HIT row is a separate entry.
- Title: the Description link text as written.  BCFtools (a bare URL as text) and Infernal (a tagline, not
  the paper's title) name no title: ``None``.  The tool name in the first column is not part of the title.
- Ids: doi.org DOIs (Salmon, GECCO, Bracken); PubMed ids are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "ahmedmoustafa__bioinformatics-toolbox__Tools@38330cc.md"
PART = "wild40_development"

ROW = re.compile(r"^\| \[([^\]]+)\]\([^)]*\)\s*\|\s*\[([^\]]*)\]\(([^)]*)\)\s*\|\s*$")
PAPER_LINK = re.compile(r"^https://(www\.ncbi\.nlm\.nih\.gov/pubmed/\d+|pubmed\.ncbi\.nlm\.nih\.gov/\d+/|doi\.org/10\.)")
NO_TITLE = {37: "BCFtools", 50: "Infernal"}


def main() -> None:
    lines = read_lines(NAME)
    papers, tools = [], []
    for n, ln in enumerate(lines, 1):
        if n <= 4 or not ln.strip():
            continue
        m = ROW.match(ln)
        assert m, n
        tool, text, url = m.groups()
        if not PAPER_LINK.match(url):
            tools.append(tool)
            continue
        if n in NO_TITLE:
            assert tool == NO_TITLE[n], n
            papers.append(entry(lines, n, n, None))
        else:
            papers.append(entry(lines, n, n, text))
    assert tools == ["R", "BioPerl", "Biopython", "JAligner", "FASTX", "seqtk", "HTStream", "fqtrim", "Bamtools",
                     "Miniconda"], tools
    assert len(papers) == 51, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table row whose Description cell links PubMed or doi.org is an entry (the tool's paper; rows"
        " linking project pages are tools, not entries); title = the Description link text, None for the"
        " BCFtools row (URL as text) and the Infernal row (tagline, not the paper title).",
        "Whole table read (63 rows) against the -v output: the 10 tagline/tool rows (R, BioPerl, Biopython"
        " empty link, JAligner, FASTX, seqtk, HTStream, fqtrim, Bamtools, Miniconda) excluded; BCFtools (37)"
        " and Infernal (50) title None; BBMerge under BBMap (22); repeated CD-HIT (11, 55) both kept; both"
        " PubMed URL forms; DOIs of Salmon (20), GECCO (53) and Bracken (61) checked.",
    )


if __name__ == "__main__":
    main()
