"""Wild28 truth for Weizhe-Chen/PyPolo docs/resources/papers.md: a robotics library's paper list (informative path planning).

Shape (627 lines): an MkDocs page of a robotics (robotic information gathering) library; YAML
front matter, two '!!!' admonitions of contributor notes (lines 5-14), then '## YYYY' year headings
(2013 ... 2023), under each one record per paper: a bullet '- [Title](url). Authors, Venue.'
followed, after a blank line, by a collapsible MkDocs admonition '    ??? info "BibTeX"' holding an
indented fenced ```bibtex block with the paper's BibTeX entry.  The BibTeX block belongs to the
bullet above it (same paper), so it is not an entry of its own; an entry spans its bullet through
its block's closing fence.
Entries: all 38 bullets '- [' (grep -c '^- \\[' = 38).  Title = the bullet's link text.  Special
cases: line 442's link text has a stray admonition pasted into it ('Robotic Information??? info
"BibTeX" Gathering using Semantic Language Instructions'), kept as the file writes it (its BibTeX
title reads 'Robotic information gathering using semantic language instructions'); line 181
repeats the paper of line 149 ('multi-robot' vs 'multirobot'), a separate entry; line 471 puts a
',' instead of '.' after the link; lines 82 and 569 have no venue / no final '.'.
Ids: arXiv links (49, 348, 556, 587, 600; 348 and 600 also repeat the id in their BibTeX
'journal={arXiv preprint arXiv:...}'); DOIs only where a publisher URL contains one (sagepub
doi/pdf and doi/abs 100, 218; ACM doi/pdf 132, 331; Springer 394, 426).  Line 34's CiteSeerX
'doi=07e231...' is a CiteSeerX document hash, not a DOI; IEEE Xplore arnumber URLs carry none.
Not entries: the front matter and the two admonitions of contributor notes.
Count check: 38 bullets = 38 '??? info "BibTeX"' admonitions on their own lines = 38 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "Weizhe-Chen__PyPolo__docs__resources__papers@dce332a.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    admonitions = sum(1 for t in lines if t.strip() == '??? info "BibTeX"')
    for i, text in enumerate(lines, 1):
        if not text.startswith("- ["):
            continue
        m = re.match(r"- \[(.+?)\]\((\S+?)\)[.,]", text)
        assert m, i
        # the record runs through the closing fence of the BibTeX block under it
        j = i
        opened = False
        while True:
            j += 1
            s = lines[j - 1].strip()
            if s.startswith("```bibtex"):
                opened = True
            elif s == "```" and opened:
                break
            assert not lines[j - 1].startswith("- ["), (i, j)
        papers.append(entry(lines, i, j, m.group(1)))
    assert admonitions == 38, admonitions
    assert len(papers) == 38, len(papers)
    write_truth(NAME, PART, papers,
                "each '- [Title](url). Authors, Venue.' bullet under the year headings is one entry spanning its"
                " bullet and the collapsible BibTeX block under it (not a separate entry); title = the link text"
                " as written (line 442 keeps its stray '??? info \"BibTeX\"'); a repeated paper (lines 149, 181)"
                " counts twice",
                "all 38 records read by eye against the -v output (every entry of the file): titles, spans to the"
                " closing fence, the 5 arXiv ids and 6 publisher-URL DOIs, the CiteSeerX hash on line 34 (no DOI)")


if __name__ == "__main__":
    main()
