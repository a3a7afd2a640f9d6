"""Wild5 truth for annacuomo/Anna_PostDoc_notebooks Resources/papers.md: a postdoc's reading list of
human genetics and genomics papers (statistical genetics, single-cell eQTL, immunology).

Shape: '## Review articles', '## Random collection of cool papers I want to read' and '## Autoimmune
disease papers', each with '###' subsections ('Nature Reviews Genetics (NRG)', 'GWAS / eQTL / function',
'Nature Reviews Methods Primers', 'Preprints', 'Peer-reviewed papers', 'Reviews') of '* [Title](url)'
bullets.  Some bullets add '. Authors, Journal, year.' or ', Authors, year' after the link, some add
'@tag' words (dropped: not part of the title).  One link text is wrapped over two lines (61-62; the
entry spans both).  The two bullets under '### Reviews' (autoimmune) have link texts that are only
'Author year' (a Nature feature, an Annual Reviews article): entries with title null.  Hosts: Nature,
Science, Cell/ScienceDirect, MDPI, Frontiers, Annual Reviews, BMC, OUP, bioRxiv, medRxiv.
Every bullet is an entry (the Hiplot web-service item is its Briefings in Bioinformatics paper).
Count check: bullets per subsection 9, 16, 3, 8, 14, 2 (grep -c '^\\* \\[' = 52 bullet lines; the
wrapped one is one bullet) = 52.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "annacuomo__Anna_PostDoc_notebooks__Resources__papers@3ed25fd.md"
PART = "wild5_development"
PER = [9, 16, 3, 8, 14, 2]
NULL_TITLE = {72, 73}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: list[int] = []
    i = 0
    while i < len(lines):
        text = lines[i]
        n = i + 1
        if text.startswith("### "):
            per.append(0)
        if not text.startswith("* ["):
            assert not text.startswith(("* ", "- ")), n
            i += 1
            continue
        last = n
        own = text
        if "](" not in text:  # link text wrapped onto the next line
            own = text + " " + lines[i + 1]
            last = n + 1
        m = re.match(r"\* \[([^\]]+)\]\(", own)
        assert m, n
        title = None if n in NULL_TITLE else m.group(1)
        papers.append(entry(lines, n, last, title))
        per[-1] += 1
        i = last
    assert per == PER, per
    assert len(papers) == 52
    write_truth(NAME, PART, papers,
                "every '* [Title](url)' bullet of the six ### subsections is an entry; title = the link text"
                " (joined across the one wrapped bullet, lines 61-62), '@tag' words and trailing authors/venue"
                " not part of it; the two 'Author year' link texts under the autoimmune Reviews have title null",
                "bullets counted per subsection (9+16+3+8+14+2 = 52, grep -c of bullet lines = 52); all 52 titles"
                " read against the file; DOIs only where the URL holds one (Science, Frontiers, BMC, OUP,"
                " Annual Reviews, bioRxiv, medRxiv, MDPI none)")


if __name__ == "__main__":
    main()
