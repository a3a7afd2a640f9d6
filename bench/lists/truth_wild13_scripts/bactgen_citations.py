"""Wild13 truth for bacterial-genomics/wf-paired-end-illumina-assembly CITATIONS.md: a bioinformatics pipeline's citations (nf-core template).

Shape: two '## [Tool](pubmed url)' headings (nf-core, Nextflow) and bullets '- [Tool](paper url)'
under '## Pipeline tools' (19) and '## Software packaging/containerisation tools' (5), each
followed (after a blank line, or directly for Kraken and Singularity) by an indented block quote
'> Authors. Title. Journal. Date;vol(issue):pages. doi:...' in AMA/Vancouver style.  A record is
the heading or bullet plus its block quote; its lines run from the '[Tool]' line to the quote.
Entries (24): every record whose quote cites a paper; title = the quote's second sentence, after
the author list (names with bare initials, 'et al.' or '; Bioconda Team' at the end).  The Docker
bullet has no quote, only a link to its paper on dl.acm.org (10.5555/2600239.2600241): an entry
with a null title (only a tool name).  Not entries: mlst (quote cites a GitHub repository) and
Anaconda (a software distribution); the closing 'Citation Information' note.  The tool names in
the link text are not titles.  Counts: 26 '[Tool]' records (grep '^- \\[\\|^## \\[') minus mlst and
Anaconda = 24; 25 quotes minus those two = 23 titled + Docker.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "bacterial-genomics__wf-paired-end-illumina-assembly__CITATIONS@2e1c70f.md"
PART = "wild13_development"
NOT_PAPERS = {"mlst", "Anaconda"}


def title_of(quote: str) -> str:
    """The sentence after the author list of an AMA/Vancouver reference."""
    # the author list holds no '. ' (bare initials); 'A, B, et al.' and '...; Bioconda Team.' end it too
    return quote.split(". ")[1]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    names = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"(?:## |- )\[([^\]]+)\]\(", text)
        if not m:
            continue
        tool = m.group(1)
        j = i + 1
        while j <= len(lines) and not lines[j - 1].strip():
            j += 1
        quote = lines[j - 1].strip() if j <= len(lines) else ""
        if not quote.startswith("> "):
            assert tool == "Docker", i
            names.append(tool)
            papers.append(entry(lines, i, i, None))
            continue
        if tool in NOT_PAPERS:
            continue
        names.append(tool)
        papers.append(entry(lines, i, j, title_of(quote[2:])))
    assert len(papers) == 24, len(papers)
    assert names[:3] == ["nf-core", "Nextflow", "SPAdes"] and names[-1] == "Singularity", names
    write_truth(NAME, PART, papers,
                "every '## [Tool](url)' heading or '- [Tool](url)' bullet with its '> ' AMA reference is an entry when the"
                " reference cites a paper (24), lines = link line to quote, title = the reference's sentence after the"
                " author list; the Docker bullet (paper link only) is an entry with null title; mlst (GitHub) and"
                " Anaconda (software) are not entries",
                "all 24 records read against the file: titles, the 'et al.' and '; Bioconda Team' author lists, the"
                " arXiv-only BWA-MEM reference (10.48550 DOI), the two quotes without a blank line before them, Docker's"
                " dl.acm.org DOI; count 26 link records minus 2 non-papers")


if __name__ == "__main__":
    main()
