"""Wild41 truth for mdozmorov/Immuno_notes README.md (newest commit 2a538d2): Mikhail Dozmorov's "Notes on
Immunology-related tools and databases" -- immune-cell deconvolution of bulk tumour expression, immune markers and
gene signatures, tumour purity, immunogenomics resources (cancer immunology, biomedical genomics).

Shape: a title with two badges (1-3), an intro (5), a doctoc table of contents (7-21, links -- not entries), then
``## Deconvolution`` (23, with ``### Stand-alone tools`` 60 and ``### Web-based tools`` 85), ``## Immune markers``
(103), ``## Purity`` (135), ``## [Data folder](data)`` (149) and ``## Misc Notes`` (192).  Each record is a
top-level ``- `` bullet (a tool, resource, data file or finding, often a long description on one line) followed by
its reference, written in Chicago style ``Authors. “Title.” Journal vol, no. (Date): pages. https://doi.org/...``
in one of four ways:
- a ``<details>`` card opened at the end of the bullet line: ``<details>`` / ``<summary>Paper</summary>`` /
  citation / ``</details>`` (25-28, 30-33, 35-38, 43-46, 92-95, 105-108, 110-113, 117-120, 122-125, 127-131,
  194-197, 199-202);
- an indented ``    - `` sub-bullet holding the citation (most tool records);
- the citation inline in the bullet (Data folder: "[BRCA](data/BRCA) - Data from Azizi, ... “Title.” BioRxiv ...";
  181 "From Hong, ...");
- 115: "From Bonnal RJP, ...: [De novo transcriptome profiling ...](pubmed link). Sci Data 2015" -- a linked title
  without quotes.
Title quirks: two titles are the link text inside the quotes (“[Title](doi).” 40-41, 76-77); 48 and 110 end the
quoted title with a comma; the Haemopedia card (127-131) holds two citations, the first with straight quotes
("Haemopedia RNA-seq: ...") and the second with curly quotes -- two entries on the same lines.  Papers recur
(CIBERSORT 100/156, ESTIMATE 137/159, ImmQuant 79/163, TIMER 97/173, ABIS 87/176, scTIME 92/181; separate entries).

Entries (45, from 44 records): every record that writes a reference to a paper (its citation with a title), spanning the bullet and
its reference lines (sub-bullets and file-description sub-bullets of Data folder records included, the
``<details>`` card up to ``</details>``).  Not entries: records with no reference -- tools/resources given only by
URL (62 immunedeconv, 90 TCIA, 168 signature-gene repository, 179 MSigDB set), gene lists whose paper is only a
bare "[Source](doi)" or "Table S4 from [https://doi.org/...](...)" link with no citation (133, 183), the
"**T cell signature**" bullet (204; the Spranger et al. citation sits under the next bullet, 205); the TOC.
Title: the text in “…” (or "…" for 129, the link text for 115), markup removed, final '.'/',' dropped.
Ids: the first DOI in the entry's lines; 188's cell.com ``/cms/10.1016/j.immuni.2018.03.023/attachment/...``
URL gives the DOI with the attachment path dropped; the second Haemopedia paper gets its own DOI
(10.1016/j.stemcr.2016.07.007); 115 has a PubMed link only and 57 (Venet et al. 2001) no link: no DOI.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "mdozmorov__Immuno_notes__README@2a538d2.md"
PART = "wild41_development"

CURLY = re.compile(r"“(.+?)”")
NOT_ENTRIES = {62, 90, 133, 168, 179, 183, 204}
LINKED_TITLE = {115: "De novo transcriptome profiling of highly purified human lymphocytes primary cells"}
SECOND_STRAIGHT = {127: ("Haemopedia RNA-seq: a database of gene expression during haematopoiesis in mice and humans.",
                         "10.1093/nar/gky1020")}


def records(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line of each top-level bullet with its indented/<details> continuation lines."""
    out, cur = [], None
    for i, ln in enumerate(lines, 1):
        if i < 23:
            continue
        if ln.startswith("- "):
            if cur:
                out.append(cur)
            cur = [i, i]
        elif ln.startswith("#") or not ln.strip():
            if cur:
                out.append(cur)
            cur = None
        elif cur:
            cur[1] = i
    if cur:
        out.append(cur)
    return [(a, b) for a, b in out]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[22] == "## Deconvolution" and lines[191] == "## Misc Notes"
    papers, skipped = [], []
    for a, b in records(lines):
        text = "\n".join(lines[a - 1 : b])
        titles = CURLY.findall(text)
        if a in LINKED_TITLE:
            assert not titles and f"[{LINKED_TITLE[a]}](" in text
            titles = [LINKED_TITLE[a]]
        if not titles:
            skipped.append(a)
            continue
        if a in SECOND_STRAIGHT:  # the card's first citation is in straight quotes
            t0, d0 = SECOND_STRAIGHT[a]
            assert f'"{t0}"' in text
            e0 = entry(lines, a, b, t0)
            assert e0["doi"] == d0, e0
            papers.append(e0)
            e1 = entry(lines, a, b, titles[0])
            e1["doi"] = "10.1016/j.stemcr.2016.07.007"
            assert e1["doi"] in text
            papers.append(e1)
            continue
        assert len(titles) == 1, (a, titles)
        e = entry(lines, a, b, titles[0])
        if a == 188:
            assert "cms/10.1016/j.immuni.2018.03.023/attachment" in text and e["doi"].startswith("10.1016/j.immuni")
            e["doi"] = "10.1016/j.immuni.2018.03.023"
        papers.append(e)
    assert set(skipped) == NOT_ENTRIES, skipped
    t = {p["line"]: p["title"] for p in papers}
    assert t[40] == "Comprehensive Evaluation of Transcriptome-Based Cell-Type Quantification Methods for Immuno-Oncology"
    assert t[48] == "XCell: Digitally Portraying the Tissue Cellular Heterogeneity Landscape", t[48]
    assert t[110] == "The 10,000 Immunomes Project: Building a Resource for Human Immunology", t[110]
    spans = {(p["line"], p["end"]) for p in papers}
    assert {(25, 28), (127, 131), (151, 154), (163, 166), (205, 206), (115, 115)} <= spans, spans
    d = {p["line"]: p["doi"] for p in papers if p["line"] != 127}
    assert d[115] is None and d[159] == "10.1038/ncomms3612" and d[188] == "10.1016/j.immuni.2018.03.023"
    assert [p["line"] for p in papers if not p["doi"]] == [57, 115]  # Venet 2001 gives no DOI
    assert len(papers) == 45, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each top-level bullet that writes a paper reference (Chicago citation in a <details> 'Paper' card, an "
        "indented sub-bullet, or inline; one linked title) is an entry spanning the bullet and its reference/"
        "sub-bullet lines, the two-citation Haemopedia card giving two; title = the quoted (curly, once straight) "
        "title or link text; ids = first DOI (cell.com /cms/ URL trimmed, the second Haemopedia paper its own); "
        "tools, gene lists with only a bare Source link, and the TOC are not entries.",
        "Whole file (210 lines) read record by record against the -v output: all 51 top-level bullets (44 with a reference giving 45 "
        "entries, 7 non-entries 62/90/133/168/179/183/204 checked as having no citation), spans of every <details> card "
        "and Data-folder record with its file sub-bullets, linked-in-quotes titles 40/76, comma-ending 48/110, "
        "straight-quoted Haemopedia RNA-seq 129 with its DOI, the pubmed-only 115, each DOI (188 trimmed, 159 "
        "'doi:' text), repeated papers kept.",
    )


if __name__ == "__main__":
    main()
