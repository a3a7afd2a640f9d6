"""Wild57 truth for frendly/chglib pages/subjex/2012/subj02.md: a Russian-language library exhibition list of the
Chernogolovka scientific centre library ("Композиционные материалы на основе графена и полимеров", March 2012), newest
commit touching it (f9da399, 2026-01-22).

Shape: 73 lines.  YAML front matter (1-5: title, start, end), then two Russian headings with numbered items separated by
blank lines, each item one line in Russian library (GOST-like) style: ``N. **Authors. Title.** -Source.-Year.-...``:
- 7-29 "## КНИГИ" (books): 11 monographs / edited volumes (Russian and English), e.g.
  ``**Штомпель В.И., Керча Ю.Ю. Структура линейных полиуретанов.** -Киев: Наукова думка, 2008. -248 с.``.
- 31-73 "## ЖУРНАЛЫ" (journals): 21 journal articles, e.g.
  ``1. **Burres J.W., Gadipelli S., Ford J. et al. Graphene oxide framework materials: ...** -Angew.Chem. Int.Ed.-2010.-Vol.49, N 47, p.8902-8904.``

Special cases:
- The bold span holds authors AND title; the authors are ``Surname I.I.`` (initials with hyphens ``S.-L.``, two-letter
  ``Zh.``) joined by ``, `` and optionally closed by ``et al.``; the title is the rest of the bold span.
- Titles keep the list's typos (``grapheme`` for graphene at 35, 39; ``nanospeets`` 73; ``supercopacitor`` 63;
  ``Polypropilene`` 69; ``basai-plane`` 41).
- Book 6 (19) is a journal special issue (``Materials for electronics / Ed. by ... -Chemical Reviews.-2010.-Vol.110,
  N 1.``), the others are books: none of the КНИГИ items is a paper.
- No links, no arXiv ids, no DOIs anywhere.

Decisions:
- Entry = every numbered item under ЖУРНАЛЫ (33-73): 21 entries, one line each.  The 11 КНИГИ items (books and one
  special issue) are not papers and not entries.
- Title = the bold span after the author list (and ``et al.``), without the closing period.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "frendly__chglib__pages__subjex__2012__subj02@f9da399.md"
PART = "wild57_development"

ITEM = re.compile(r"^\d+\. \*\*(.+?)\*\*")
AUTHORS = re.compile(r"^(?:[A-Z][A-Za-z'-]+ (?:[A-Z][a-z]?\.(?:-[A-Z]\.)?)+(?:, | ))+(?:et al\. )?")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        m = ITEM.match(ln)
        if not m or section != "ЖУРНАЛЫ":
            continue
        bold = m.group(1)
        a = AUTHORS.match(bold)
        assert a, (n, bold)
        title = bold[a.end():].strip().rstrip(".")
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 21, len(papers)
    assert min(by) == 33 and max(by) == 73, (min(by), max(by))
    assert by[33]["title"] == "Graphene oxide framework materials: Theoretical predictions and experimental results", by[33]
    assert by[35]["title"] == (
        "Electron transport and quantum-dot energy levels in Zn-shaped grapheme nanoconstriction with zigzag edges"
    ), by[35]
    assert by[39]["title"] == "Anisotropic transport in grapheme on SiC substrate with periodic nanofacets", by[39]
    assert by[41]["title"] == "Strain effects on basai-plane hydrogenation of graphene: A first-principles study", by[41]
    assert by[49]["title"] == (
        "A high-performance top-gate graphene field-effect transistor based frequency doubler"
    ), by[49]
    assert by[61]["title"].startswith("Non-covalent functionalization, solubilization of graphene"), by[61]
    assert by[73]["title"].endswith("for high performance supercapacitor electrodes"), by[73]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered item under the Russian heading ЖУРНАЛЫ (journal articles, 33-73) is one entry, one"
        " line each.  Title = the bold span after the author list ('Surname I.I.' names joined by commas, optionally"
        " 'et al.'), without the closing period; the source after the bold span is not part of it.  The КНИГИ items"
        " (books, edited volumes and one journal special issue) are not papers and not entries.",
        checked="Read the whole file; compared every one of the 21 -v titles with its line: author lists with"
        " hyphenated and two-letter initials (37, 39, 41, 47, 49), 'et al.' endings, typos kept (grapheme, basai,"
        " supercopacitor, Polypropilene, nanospeets), and that none of the 11 КНИГИ items is listed.",
    )


if __name__ == "__main__":
    main()
