"""Wild44 truth for GRFMO/grfmo.github.io docs/publications/data/all.md: the full publication list of a Peruvian
photonics and microwave research group (GRFMO, INICTEL-UNI, Lima: silicon photonics, polymer modulators,
metasurfaces, Vivaldi/GPR antennas, CubeSats), a MkDocs site whose lists are generated from Google Scholar by the
group's script ("publication automatization" commit) -- so the records carry Scholar's data as it came.

Shape (55 lines): ``# Total`` (1), year headings ``## 2023`` ... ``## 2017`` (3, 7, 13, 24, 31, 40, 51) each
followed by a blank line, then one single-line bullet per record, no blank lines between bullets and no blank
line before the next heading:
``- [Title](url)**,** Author and Author and Author. *Venue*, Publisher (year) `` -- the title linked, then a bold
comma (``**,**``), Scholar's ``and``-joined author list, an italic venue when Scholar has one, publisher and year
for journals; records from institutional repositories end after the authors with ``.   ``.
Special cases:
- 46: the link text is a proceedings name ("2018 IEEE XXV International Conference on ... (INTERCON)") linked to
  a Scholar cluster, with two authors -- a Scholar record of a paper whose title Scholar lost.
- Duplicates from repositories: 18/19 (SPIE paper and its INICTEL repository copy, title wording differs), 34/35
  (IEEE paper and a UNTELS repository copy, 35 spelling "Efﬁciency" with the U+FB01 ligature and the author in
  capitals).
- Spanish titles in capitals (28, 29): single-author INICTEL repository documents on FPGA applications.
- 55: a Unicamp PhD thesis with a catalogue-style bilingual title "English= Portuguese".
- Links: IEEE Xplore document pages, SPIE pages ending in ``/10.1117/12.NNNNNNN.short``, IOP ``.../meta``, ACM
  ``doi/abs``, MDPI, Optica ``abstract.cfm``, ScienceDirect ``pii``, DSpace handles (INICTEL, UNTELS, CONCYTEC
  ``20.500.12390/2502``), Unicamp catalogue, Google Scholar.

Decisions:
- Entry = every bullet (39): each is Scholar's record of one work -- journal and conference papers, repository
  copies (kept as separate entries, as repeated records are), the thesis 55, and the two INICTEL repository
  documents 28/29, taken as technical reports since the group lists them as its publications.  Year headings
  and ``# Total`` are not entries.
- Title = the link text.  46 names no title of its work (the link text is the proceedings' name), so its title is
  null.  55 keeps the English title before ``=`` (the Portuguese translation after it dropped, as translated
  titles are).  Capitals, the ligature in 35 and typos ("perfomance" 26) are kept.
- Ids: DOIs written in URLs: SPIE (15, 16, 18, 21, 22, 23, 39) with the ``.short`` tail dropped (not part of the
  DOI), IOP 11 (``/meta`` dropped), ACM 42.  IEEE document numbers, MDPI/Optica paths, pii and handles
  (``20.500.*``) are not DOIs.  No arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "GRFMO__grfmo.github.io__docs__publications__data__all@b5edc0e.md"
PART = "wild44_development"

BULLET = re.compile(r"^- \[([^\]]+)\]\((\S+)\)\*\*,\*\* ")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Total"
    papers = []
    years = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            years.append(int(ln[3:]))
            assert lines[n] == "", n
            continue
        if not ln.startswith("- "):
            assert ln in ("", "# Total"), (n, ln)
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        title = m.group(1)
        if n == 46:
            assert title.startswith("2018 IEEE XXV International Conference") and "scholar.google" in m.group(2)
            title = None
        elif n == 55:
            assert title.endswith("= Aspectos de interconectividade dos moduladores de polímero"), title
            title = title.split("=")[0]
        p = entry(lines, n, n, title)
        if p["doi"] and p["doi"].endswith(".short"):
            assert "spiedigitallibrary.org" in ln, n
            p["doi"] = p["doi"].removesuffix(".short")
        papers.append(p)
    assert years == [2023, 2022, 2021, 2020, 2019, 2018, 2017], years
    t = {p["line"]: p["title"] for p in papers}
    assert t[5] == "Angle-Based Parametrization with Evolutionary Optimization for OESCL-Band Y-Junction Splitters"
    assert t[28] == "APLICACIONES EN EL FPGA PYNQ Z1 DE XILINX"
    assert t[35] == "Square Coil Geometry Evaluation on Power Ef\ufb01ciency for Wireless Power Charging Applications"
    assert t[46] is None
    assert t[55] == "Aspects of interconnectivity in polymer modulators"
    dois = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert dois == {11: "10.1088/1742-6596/2407/1/012045", 15: "10.1117/12.2578363", 16: "10.1117/12.2578357",
                    18: "10.1117/12.2578397", 21: "10.1117/12.2577982", 22: "10.1117/12.2579119",
                    23: "10.1117/12.2577995", 39: "10.1117/12.2508660", 42: "10.1145/3240302.3240418"}, dois
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 39, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- [Title](url)**,** authors. *Venue*' bullet under the year headings is one entry (39: papers, "
        "repository copies kept as separate records, a PhD thesis, two repository reports); title = the link "
        "text (46's link text is a proceedings name: null; 55's Portuguese translation after '=' dropped); DOIs "
        "from SPIE (.short dropped), IOP and ACM URLs.",
        "Read all 55 lines against the -v output: the seven year headings and every bullet's link text, the "
        "Scholar artifact 46, the duplicates 18/19 and 34/35 (ligature in 35), the Spanish capitals 28/29, the "
        "thesis 55, typos kept (26 'perfomance'); checked each URL for a DOI (seven SPIE with .short, IOP /meta, "
        "ACM) and that IEEE, MDPI, Optica, pii, DSpace 20.500 handles and the Scholar link give none.",
    )


if __name__ == "__main__":
    main()
