"""Wild34 truth for CompuCell3D/compucell3d.github.io docs/publications.md: the "Publications" page
of the CompuCell3D documentation site, migrated from the project's old MoinMoin wiki.

Shape: a "How to cite CompuCell3D" paragraph (line 7), then ``#### YEAR`` headings (2026 .. 1992),
each over a list of one-line records.  Within a year the first record is usually an ordered item
(`` 1. ``) and the older ones ``-`` bullets, often with no blank line between them.  A record is
``[Title](url)`` followed by authors and venue, with ``.``, `` - `` or `` – `` between.  Every list
item is one entry (one line); the how-to-cite paragraph at line 7 is one entry too (it names the
project's reference paper in prose, not as boilerplate BibTeX).

Titles: the link text, with the quotes some records put inside it (``["Title."](url)``) and the
closing full stop removed.  Special cases:
- Line 130: the link text carries the journal after a comma ("..., Synthetic and Systems
  Biotechnology"); the venue is not part of the title.
- Line 223: the item opens with a remark ("A useful review of methods, including CC3D: ") before the
  linked title; the title is the link text.
- Line 369: a wiki link with no URL, ``[[Multiscale Developments of the Cellular Potts Model]]``; the
  title is the inner text.
- Lines 418-420, 436, 440: plain-text references with no link; the title is the text up to the
  first full stop before the author list.
- Wiki escapes such as ``!McNab``, ``!BioRxiv`` stay in the author/venue text, never in a title;
  line 233's link ends in ``\\)`` (a broken link), the title is still the link text.
- Repeated papers (e.g. line 7 and line 376; the "Experiences in the Use of the Compucell3d..."
  records at 317, 335 and 338, the last one spelled "Engineerin") are separate entries.
- Line 22's DOI is read from a bioRxiv URL under the new 10.64898 prefix; the version and
  ``.full.pdf+html`` tail are dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "CompuCell3D__compucell3d.github.io__docs__publications@e992f63.md"
PART = "wild34_development"

ITEM = re.compile(r"^\s*(?:1\.|-)\s+(.*)$")
LINK = re.compile(r"\[([^\[\]]+)\]\(")
WIKI = re.compile(r"^\[\[([^\]]+)\]\]")

SPECIAL = {
    130: "Design and mathematical analysis of activating transcriptional amplifiers that enable modular "
         "temporal control in synthetic juxtacrine circuits",
    418: "A Brief History of the Glazier-Graner-Hogeweg Model",
    419: "The Glazier-Graner-Hogeweg Model: Extensions, Future Directions, and Opportunities for Further Study",
    420: "The Cellular Potts Model and Biophysical Properties of Cells, Tissues and Morphogenesis",
    436: "Simulation of the differential adhesion driven rearrangement of biological cells",
    440: "Simulation of biological cell sorting using a two-dimensional extended Potts model",
}


def title_of(body: str) -> str:
    m = WIKI.match(body)
    if m:
        return m.group(1)
    m = LINK.search(body)
    assert m, body
    t = m.group(1).strip()
    t = t.strip('"').strip()
    t = t.rstrip(".").rstrip()
    t = t.strip('"').strip()
    return t


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    papers.append(entry(lines, 7, 7, title_of(lines[6])))
    for i, ln in enumerate(lines, start=1):
        m = ITEM.match(ln)
        if not m:
            continue
        if i in SPECIAL:
            assert SPECIAL[i].split(",")[0].split(":")[0] in ln, i
            papers.append(entry(lines, i, i, SPECIAL[i]))
        else:
            papers.append(entry(lines, i, i, title_of(m.group(1))))
    assert len(papers) == 241, len(papers)
    # Line 22: a bioRxiv URL under the new 10.64898 prefix; its version and '.full.pdf+html' tail are not
    # part of the DOI (as with bioRxiv's 10.1101 URLs).
    for p in papers:
        if p["line"] == 22:
            assert p["doi"] == "10.64898/2026.01.09.698383v2.full.pdf+html", p["doi"]
            p["doi"] = "10.64898/2026.01.09.698383"
    write_truth(
        NAME, PART, papers,
        "Each list item under the year headings (ordered '1.' items and '-' bullets alike, one line each) "
        "plus the how-to-cite paragraph at line 7 is one entry; the title is the link text without "
        "quotes or closing full stop (venue dropped at 130; wiki link at 369; plain-text title at "
        "418-420, 436, 440).",
        "Every year section checked by eye (first and last entry of each), all special lines (7, 130, "
        "223, 233, 369, 376, 418-420, 436, 440), a random sample of 40 entries, and the ids of entries "
        "whose DOI is written only as 'doi.org/...' text or in a publisher URL.",
    )


if __name__ == "__main__":
    main()
