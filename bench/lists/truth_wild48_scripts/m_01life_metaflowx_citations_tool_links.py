"""Wild48 truth for 01life/MetaflowX CITATIONS.md: the citations file of a Nextflow metagenomics pipeline (nf-core
style), naming the papers behind the framework and every tool it runs; newest commit (3c0474f, 2025-10-10).

Shape: 73 lines, 4 KB, three shapes.
- 3-12: three ``##`` headings whose text is a link (``## [nf-core](https://pubmed.ncbi.nlm.nih.gov/32055031/)``), each
  followed by a blockquoted Vancouver-style citation ``> Authors. Title. Journal. Date;vol(issue):pages. doi: ...
  PubMed PMID: ...`` (after a blank line at 5 and 9, directly under the heading at 12).
- ``## Pipeline tools`` (15), 17-53: 37 bare bullets ``- [ToolName](url)``: the tool's name linked to its paper
  (doi.org, dx.doi.org, PubMed, PMC, nature.com, eLife), no citation text at all.
- ``## Software packaging/containerisation tools`` (56), 58-73: ``- [Tool](url)`` bullets, some followed (after a blank
  line, or directly at 73) by an indented blockquoted citation ``  > ...``.

Special cases:
- 25 ``- [CD-HIT](https://www.bioinformatics.org/cd-hit/)`` links the tool's web page, not a paper: not an entry.
- 58-60 Anaconda: ``> Anaconda Software Distribution. Computer software. ...``: software, not an entry.
- 70 ``- [Docker](https://dl.acm.org/doi/10.5555/2600239.2600241)``: bare bullet linking Merkel's Linux Journal article
  (ACM DOI): an entry with title None.
- 46 galah links the same DOI as 37 Vamb (10.1038/s41587-020-00777-4), as written: two entries, same DOI.
- 50 BWA links the arXiv DOI ``10.48550/arXiv.1303.3997``.
- 64 authors end ``Köster J; Bioconda Team.``; 12 ``Bonath F et al.``
- Tool names (fastp, Vamb, ...) are software nicknames, not titles: the bare tool bullets have title None.

Decisions:
- Entry = each link heading with its citation (3 entries, heading..citation lines), each bare tool bullet linking a
  paper (36, one line), each packaging bullet citing a paper (Bioconda 62-64, BioContainers 66-68, Singularity
  72-73 with their citations; Docker 70 bare): 43 entries.
- Title = the citation's sentence after the authors (up to the journal), None for bare tool bullets.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "01life__MetaflowX__CITATIONS@3c0474f.md"
PART = "wild48_development"

HEAD = re.compile(r"^## \[(?P<name>[^\]]+)\]\((?P<url>[^)]+)\)$")
TOOL = re.compile(r"^- \[(?P<name>[^\]]+)\]\((?P<url>[^)]+)\)$")
CITE = re.compile(r"^\s*> (?P<authors>.+?(?:\b[A-Z]{1,3}|et al|Team))\. (?P<title>.+?)\. (?P<journal>[A-Z][A-Za-z ]+)\."
                  r" (?P<year>\d{4}) ")
NOT_PAPER = {"CD-HIT", "Anaconda"}


def cite_after(lines: list[str], n: int) -> int | None:
    """The line of the blockquote citation right under line n (a blank line allowed between), else None."""
    for k in (n + 1, n + 2):
        if k <= len(lines) and lines[k - 1].lstrip().startswith("> "):
            return k
        if k <= len(lines) and lines[k - 1].strip():
            return None
    return None


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# MetaflowX: Citations"
    papers = []
    for n, ln in enumerate(lines, 1):
        m = HEAD.match(ln) or TOOL.match(ln)
        if not m:
            continue
        if m.group("name") in NOT_PAPER:
            continue
        c = cite_after(lines, n)
        if c is None:
            papers.append(entry(lines, n, n, None))
        else:
            cm = CITE.match(lines[c - 1])
            assert cm, (c, lines[c - 1])
            papers.append(entry(lines, n, c, cm.group("title")))
    assert len(papers) == 43, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[3]["end"], t[3]["title"], t[3]["doi"]) == (
        5, "The nf-core framework for community-curated bioinformatics pipelines", "10.1038/s41587-020-0439-x"), t[3]
    assert (t[11]["end"], t[11]["title"]) == (12, "Empowering bioinformatics communities with Nextflow and nf-core")
    assert t[11]["doi"] == "10.1186/s13059-025-03673-9", t[11]
    assert 25 not in t and 58 not in t
    assert t[37]["doi"] == t[46]["doi"] == "10.1038/s41587-020-00777-4"
    assert t[50]["arxiv"] == "1303.3997", t[50]
    assert (t[62]["end"], t[62]["title"]) == (
        64, "Bioconda: sustainable and comprehensive software distribution for the life sciences"), t[62]
    assert (t[70]["end"], t[70]["title"], t[70]["doi"]) == (70, None, "10.5555/2600239.2600241"), t[70]
    assert (t[72]["end"], t[72]["title"]) == (73, "Singularity: Scientific containers for mobility of compute"), t[72]
    assert sum(1 for p in papers if p["title"] is None) == 37
    write_truth(
        NAME,
        PART,
        papers,
        "Entries: the three '## [Name](url)' headings with the blockquoted Vancouver citation under each (3-5, 7-9,"
        " 11-12), the 36 bare '- [Tool](url)' bullets under Pipeline tools whose link is the tool's paper (CD-HIT 25,"
        " linking a web page, is not an entry), and the packaging bullets citing a paper (Bioconda 62-64,"
        " BioContainers 66-68, Docker 70 bare with its ACM DOI, Singularity 72-73; Anaconda, 'Computer software', is"
        " not an entry): 43. Title = the citation's sentence after the authors, up to the journal; None for bare"
        " tool bullets (a tool name is not a title).",
        "Read all 73 lines; compared -v for all 43 entries: the three heading+citation spans and titles, the 36 tool"
        " bullets (title None; DOIs from doi.org / dx.doi.org links, the arXiv DOI of BWA 50, the repeated Vamb DOI on"
        " galah 46, no id from PubMed/PMC/nature.com/eLife links), CD-HIT 25 and Anaconda 58-60 left out, the"
        " packaging citations' titles and DOIs (64 'Köster J; Bioconda Team.', 73 directly under its bullet).",
    )


if __name__ == "__main__":
    main()
