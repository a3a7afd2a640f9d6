"""Wild truth for francois-marie/awesome-quantum-computing-experiments README: '- [Title](url) (Year) - figures on Platform, notes'.

Every '- [' bullet from '## Quantum Error Correction' to '## Contributing' is an entry (each
names one experiment paper); title = the link text, kept as written (one holds LaTeX,
'$^9$Be$^+$').  One bullet (End-to-End Quantum Simulation of a Chemical System) wraps its notes
onto the next line, which belongs to it.  Not entries: the table of contents, the Overview's
inline link to a review, the magic-state definitions and the list's own '@unpublished' citation.
The same paper under several sections (platforms, codes, counts) is an entry each time.  A
10.48550/arXiv DOI link gives both the arXiv id and that DOI.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "francois-marie__awesome-quantum-computing-experiments__README@f875bee.md"
PART = "wild_held_out"


def main() -> None:
    lines = read_lines(NAME)
    first = lines.index("## Quantum Error Correction") + 1
    last = lines.index("## Contributing") + 1
    papers = []
    for i, text in enumerate(lines, 1):
        if not first < i < last:
            continue
        m = re.match(r"- \[(.+?)\]\(", text)
        if not m:
            continue
        end = i
        while lines[end].strip() and not re.match(r"(- |#)", lines[end]):
            end += 1  # notes wrapped onto the next line
        own = "\n".join(lines[i - 1:end])
        papers.append({"line": i, "end": end, "title": tidy(clean(m.group(1))), "arxiv": arxiv_of(own), "doi": doi_of(own)})
    out = {"file": NAME, "part": PART,
           "method": "every '- [Title](url) (Year) - ...' bullet between 'Quantum Error Correction' and"
                     " 'Contributing' is an entry, title = the link text; table of contents, definitions and the"
                     " list's own citation are not entries",
           "checked": "count against grep '^- \\[' inside the sections, the wrapped bullet 235-236, every"
                      " non-arXiv link host (nature.com article ids give no DOI; doi.org, science.org, APS"
                      " give one), 25 entries spread over all sections, old-style ids (quant-ph, cond-mat)",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
