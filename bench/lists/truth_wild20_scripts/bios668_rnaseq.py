"""Wild20 truth for mdozmorov/BIOS668.2018 assets/06_RNA-seq/README.md: a genomics course week's reading notes.

A bioinformatics course's materials page for its RNA-seq week: '## `lab`', '## `read`' (with
Overview, Statistics, Workflows and tools, RNA-seq resources, Practicals), '## `misc`' and
'## ToDo' sections of '- ' bullets.  Papers are Chicago-style author-first references, one per
bullet line: 'Last, First, ... “Title.” Journal vol, no. n (date): pages. [doi](url). - notes'; the
DOI is written as a doi.org link, a bare doi.org URL, or a '[doi:10...](doi:10...)' link.  Beside
them the bullets name blog posts, video courses, tools (TPMCalculator), web tutorials and
workflows (quoted with straight quotes), slide PDFs and a prose note (ToDo) that cites a paper
inline: none of these is an entry.
Entries: every bullet whose reference puts the title in curly quotes “...” (26 bullets, among them
two protocol-book chapters, an arXiv preprint and a bioRxiv preprint given as 'July 3, 2018');
title = the text inside the curly quotes, the citation's closing '.' or ',' inside the quotes
dropped.  Lines = the bullet's one line.
Counts: 26 lines hold '“' (grep -c), each one bullet; none holds two.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "mdozmorov__BIOS668.2018__assets__06_RNA-seq__README@7f87597.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if "“" not in text:
            continue
        assert text.startswith("- ") and text.count("“") == 1, i
        m = re.search(r"“(.+?)”", text)
        assert m, i
        title = m.group(1).rstrip(".,")
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 26, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 25  # Pachter's arXiv preprint has no DOI
    assert sum(1 for p in papers if p["arxiv"]) == 1
    write_truth(
        NAME, PART, papers,
        "every '- ' bullet holding a Chicago-style reference with the title in curly quotes is an entry (one line);"
        " title = the curly-quoted text without its closing '.'/','; blog posts, videos, tools, tutorials,"
        " workflows, slides and the ToDo prose note are not entries",
        "all 138 lines read; the 26 curly-quote bullets (grep) against the entries, every title, the 25 DOIs"
        " (doi.org links, bare URL, '[doi:...](doi:...)' links) and the one arXiv id; the two book chapters kept,"
        " the straight-quoted web workflows, the blog post, the videos and the inline-cited ToDo paper left out",
    )


if __name__ == "__main__":
    main()
