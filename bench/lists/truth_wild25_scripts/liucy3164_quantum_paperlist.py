"""Wild25 truth for Liucy3164/Liucy3164.github.io main/paperlist.md: a personal physics (quantum computing) paper list.

Shape: '### Quantum Error Correction' and '### Trapped Ion System and Atomic Qubits', the first split
by pseudo-subheadings written as '-Review Article', '-Measurement', '-Decoding and code
constructions' (no space after '-', so plain paragraphs, not list items).  One record per bullet,
three lines: '- **[Title](url)**  ', an indented italic author line, an indented venue line
('*Phys. Rev. A 105, 023101 – Published 3 February, 2022*', 'arXiv:2207.04583', or a bare doi.org /
APS URL on lines 125, 128, 131); the italics are sometimes unbalanced ('Jayashankar*,' line 12).
Title = the bold link text.  Special records: line 102's link text is the URL itself
('[https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.61.1946](same)'): no title, null;
line 153's link text starts with two spaces (collapsed).  Duplicates kept as separate entries: lines
108 and 111 are the same paper; lines 96/99 and 129/132 share a title but link different papers
(PRL 90 vs PRL 79, Phys. Lett. A vs arXiv:1701.07749), each an entry with the title as written.
Not entries: line 25 'Lectures on Topological Codes and Quantum Computation' (lecture notes on a
Google site) and line 28 'Surviving as a Quantum Computer in a Classical World' (Gottesman's book
draft PDF).
IDs: APS abstract URLs give 10.1103 DOIs (new-style '10.1103/89td-45nl', '10.1103/nfxv-3dp7'; the
'?utm_source=chatgpt.com' query on line 37 dropped); IOP on line 114; doi.org lines for the Nature
Sci. Rep. and Phys. Lett. A records (the first link of those records carries none; the doi.org URL
is wrapped in italics, '*https://doi.org/10.1038/srep46255*', and the closing '*' is not part of the
DOI: stripped after the helper, lines 123 and 129); arXiv abs
links, one old-style (quant-ph/9710025, line 147); quantum-journal.org links carry no DOI.
Count check: 43 '- **[' bullets = 41 entries + 2 non-papers; 1 null title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "Liucy3164__Liucy3164.github.io__main__paperlist@cd050f2.md"
PART = "wild25_development"
NOT_PAPERS = {25, 28}
URL_TITLE = {102}
ITALIC_DOI = {123, 129}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- **["):
            continue
        bullets += 1
        m = re.match(r"- \*\*\[(.+?)\]\((\S+?)\)\*\*\s*$", text)
        assert m, i
        end = i
        while end < len(lines) and lines[end].strip() and lines[end][0] in " \t":
            end += 1
        assert end - i == 2, (i, end)
        if i in NOT_PAPERS:
            continue
        title = m.group(1)
        if i in URL_TITLE:
            assert title == m.group(2), i
            title = None
        p = entry(lines, i, end, title)
        if p["doi"] and p["doi"].endswith("*"):
            assert i in ITALIC_DOI, i
            p["doi"] = p["doi"].rstrip("*")
        papers.append(p)
    assert bullets == 43, bullets
    assert len(papers) == 41, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 1
    write_truth(NAME, PART, papers,
                "every '- **[Title](url)**' bullet with its author and venue lines is an entry; title = the bold"
                " link text (null on line 102 where the link text is the URL); lecture notes (line 25) and a"
                " book draft (line 28) are not entries; repeated and same-titled records are kept",
                "all 43 bullets read by eye against the -v output (titles, DOIs from APS/IOP/doi.org links,"
                " arXiv ids incl. quant-ph/9710025); the URL-titled record, the leading-space title on line 153,"
                " the duplicate pair 108/111, the same-title pairs 96/99 and 129/132 and the two non-papers"
                " checked one by one")


if __name__ == "__main__":
    main()
