"""Wild37 truth for TheBrownLab/phylofisher-pages pages/references.md: the References page of the PhyloFisher
documentation site (a phylogenomics software package of a lab): the papers of the tools PhyloFisher wraps
(BLAST, DIAMOND, MAFFT, trimAl, RAxML, FastTree, ASTRAL-III, ...) and the methods papers it builds on.

File taken at d5beb43 (2022-09-08), the last commit holding it: the next commit (11f4c1e) removed
``pages/references.md`` in favour of ``pages/references.html``.

Shape: Jekyll front matter, ``# References``, then one raw-HTML block: ``<html>`` (line 10, never closed) and,
per reference, an indented ``<p align="justify", style="text-indent: -36px; ...">`` line, one line holding the
APA reference ``Authors (Year). Title. Journal, vol(issue), pages. https://doi.org/...``, and a ``</p>`` line.
Copy-from-PDF artefacts: DOIs broken by a space (line 12 ``10.1093/ molbev/msz142``, line 42 ``10.1093/
oxfordjournals.molbev.a003973``), a URL broken as ``https: //doi.org/10.1093/gbe/evy014``, a DOI glued to the page
range (``e121–e121.https://doi.org/...``, line 45), and one ``<p>`` (line 15) holding two references run together
(Altschul et al. 1990, then Brown et al. 2018).  One reference links an EBSCOhost record, not a DOI (48).

Decisions:
- An entry is each reference: one per ``<p>``, two for line 15 (same line).  The span is the reference's text
  line (the ``<p>``/``</p>`` tag lines are markup).
- Title: the text between ``(Year). `` and the next ``. `` (the journal follows), as written.
- DOI: the reference's own DOI, rejoined where a space splits it (12, 42; same reading as the wrapped URLs of the
  hglv truth); on line 15 each reference gets its own DOI (Altschul 10.1016/s0022-2836(05)80360-2, Brown
  10.1093/gbe/evy014), not the line's first.  None for the EBSCOhost link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import doi_of, entry, read_lines, write_truth

NAME = "TheBrownLab__phylofisher-pages__pages__references@d5beb43.md"
PART = "wild37_development"

P_OPEN = re.compile(r"^\s*<p align=")
REFERENCE = re.compile(r"\((\d{4})\)\. (.+?)\. ")  # "(Year). Title. " -- the journal follows


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not P_OPEN.match(ln):
            continue
        text_line = n + 1
        text = lines[text_line - 1]
        assert lines[text_line].strip() == "</p>", text_line
        refs = list(REFERENCE.finditer(text))
        assert len(refs) == (2 if text_line == 15 else 1), text_line
        for i, m in enumerate(refs):
            p = entry(lines, text_line, text_line, m.group(2))
            own = text[m.start() : refs[i + 1].start() if i + 1 < len(refs) else len(text)]
            p["doi"] = doi_of(re.sub(r"(10\.\d+/) ", r"\1", own.replace("https: //", "https://")))
            papers.append(p)
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each APA reference in the HTML <p> blocks is an entry (one per <p>, two run together on line 15); span ="
        " the reference's text line; title = the text between '(Year). ' and the next '. '; DOI = the reference's"
        " own, rejoined where a copy-from-PDF space splits it.",
        "All 21 <p> blocks read; the 22 titles, lines and DOIs compared with the -v output, in particular the"
        " two-reference line 15 (each its own DOI, incl. the 'https: //' one), the space-split DOIs (12, 42), the"
        " glued DOI (45), the EBSCOhost link (48, no DOI), the parenthesised and colon titles (27, 66) and the"
        " non-APA author list (51).",
    )


if __name__ == "__main__":
    main()
