"""Wild61 truth for lulab/mkdocs ``docs/reading/A.RNAfinder/1.1 cfRNAfinder/2. cfRNA.md`` at d9e8c4e
(2025-11-28): the cell-free RNA (cfRNA / exRNA, liquid biopsy) reading list of Lu Lab (Tsinghua) in their
MkDocs handbook, exported from GitBook.  Biology / medicine.

Shape: 138 lines.  Title and two notes (1-8); ``## I. Representative cfRNA Studies`` (10-47) with bold
sub-labels (``**DETECTOR-seq method:**``, ``**Add TE-RNA:**`` ...) each followed by one to four bullets;
``## II. cfRNA Studies`` (55) with ``### Cancer`` (58; bold sub-labels ``**Long**``, ``**Long - Platelet**``,
``**Small/Frag.**``), ``### Pregnancy`` (102), ``### Infectious Diseases`` (114), ``### Neural Diseases`` (119)
and ``### ERCC  (_2019 Cell papers_)`` (125).  Every paper is one ``* `` bullet, mostly
``* [✅] [**<year> <venue>**](url) - <title>`` with free variations:
- a method label first: ``* **SILVER-seq**: _**2019 PNAS**_ - Extracellular RNA in a single droplet ...`` (76);
- GitBook debris: ``&#x20;`` entities, bold/italic mixed (``**2021&#x20;**_**Nature Methods**_``), a link
  whose URL has escaped parentheses (66 ``S2666-3791\\(23\\)00475-5``);
- 71 ``... _**2021 Nature Commn.**_**&#x20;- Grail** - A comprehensive characterization ...`` and 99
  ``_**2011 JCO**_ - Jia Fan - Plasma MicroRNA Panel ...``: a company / author between venue and title;
- no `` - `` separator: 74 ``_**2020 GUT**_ Plasma extracellular ...``, 106/107 ``_**2022 Nature**_  Early
  prediction ...``, 104 tab-separated ``2025<TAB>**Nature Communications**<TAB>Maternal plasma ...``;
- 105 a whole bullet in parentheses: ``(**ccfDNA - 2023&#x20;**_**Lancet**_ Cell-free fetal DNA ...)``;
- 25 and 67 write the venue into the title: ``Nature Profiling of repetitive RNA sequences ...`` (the paper,
  Nature Biomedical Engineering 2023, is titled ``Profiling of repetitive RNA sequences in the blood plasma of
  patients with cancer``);
- 122 bold inside the title (``**Alzheimer’s disease**``); 68/69 keep the ``ﬁ`` ligature of a PDF copy;
- ERCC block (130-137): ``* **exceRpt**: Cell system 2019 - exceRpt: A Comprehensive ...``;
- several papers are listed twice (18/63, 19/64, 29/65, 38/66, 25/67, 34/92, 47/98, 20/106, 21/107).
Lines 127-128 are a ``>`` blockquote with links to the ERCC Cell collection, a Nature collection and a Nature
news feature ("Could tracking RNA in body fluids reveal disease?"): not papers of the list, not entries.

Decisions:
- Entry = every ``* `` bullet outside the blockquote (65), one line each; repeats are separate entries.
- Title = the bullet with links reduced to their text, ``&#x20;`` to spaces and ``*``/``_``/✅/✨ removed, then
  the part after the last `` - ``; for the bullets without that separator (74, 104, 105, 106, 107) the title is
  written out.  The venue word ``Nature`` is dropped from 25/67 (it is the venue, not the title); the
  ligatures of 68/69 are kept as written.  No arXiv ids; DOIs come from the doi.org links by the helper.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "lulab__mkdocs__docs__reading__A.RNAfinder__1.1 cfRNAfinder__2. cfRNA@d9e8c4e.md"
PART = "wild61_development"

BULLET = re.compile(r"^\s*\*\s+")
LINK = re.compile(r"\[([^\]]*)\]\((?:\\.|[^)\\])*\)")
WRITTEN = {
    74: "Plasma extracellular vesicle long RNA profiling identifies a diagnostic signature for the detection"
    " of pancreatic ductal adenocarcinoma",
    104: "Maternal plasma cell-free RNA as a predictor of early and late-onset preeclampsia throughout pregnancy",
    105: "Cell-free fetal DNA for genetic evaluation in Copenhagen Pregnancy Loss Study (COPL): a prospective"
    " cohort study",
    106: "Early prediction of preeclampsia in pregnancy with cell-free RNA",
    107: "RNA profiles reveal signatures of future health and disease in pregnancy",
}


def clean(s: str) -> str:
    s = s.replace("&#x20;", " ")
    s = LINK.sub(r"\1", s)
    s = re.sub(r"[*_✅✨]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not BULLET.match(ln):
            continue
        if n in WRITTEN:
            title = WRITTEN[n]
        else:
            title = clean(BULLET.sub("", ln)).rsplit(" - ", 1)[1].strip()
            if title.startswith("Nature Profiling"):
                title = title[len("Nature "):]
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 65, len(papers)
    assert min(by) == 14 and max(by) == 137, (min(by), max(by))
    assert 127 not in by and 128 not in by
    assert by[14]["title"].startswith("Depletion-assisted multiplexed cell-free RNA sequencing"), by[14]
    assert by[18]["title"] == by[63]["title"] == "An ultrasensitive method for detection of cell-free RNA"
    assert by[25]["title"] == by[67]["title"]
    assert by[25]["title"] == "Profiling of repetitive RNA sequences in the blood plasma of patients with cancer"
    assert by[29]["doi"] == "10.1038/s41587-025-02731-8", by[29]
    assert by[66]["title"].startswith("Cell-free multi-omics analysis reveals potential biomarkers"), by[66]
    assert by[71]["title"].startswith("A comprehensive characterization of the cell-free transcriptome"), by[71]
    assert by[99]["title"] == "Plasma MicroRNA Panel to Diagnose Hepatitis B Virus–Related Hepatocellular Carcinoma"
    assert by[116]["doi"] == "10.1038/s41467-024-49245-6", by[116]
    assert by[121]["title"].startswith("Small noncoding RNA profiling across cellular"), by[121]
    assert by[122]["title"] == (
        "Noninvasive characterization of Alzheimer’s disease by circulating cell-free messenger RNA"
        " next-generation sequencing"
    ), by[122]
    assert by[130]["title"] == "exceRpt: A Comprehensive Analytic Platform for Extracellular RNA Profiling"
    assert by[137]["title"] == "Suppression of Exosomal PD-L1 Induces Systemic Anti-tumor Immunity and Memory"
    assert all(p["arxiv"] is None for p in papers)
    assert all("*" not in p["title"] and "&#" not in p["title"] and " - " not in p["title"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '* ' bullet outside the '>' blockquote (127-128) is one entry (65), one line each; papers"
        " listed twice are separate entries.  Title = the bullet with links reduced to their text, '&#x20;' to"
        " spaces and '*'/'_'/emoji markers removed, then the part after the last ' - ' (which drops year, venue,"
        " method labels, 'Grail' (71) and the author 'Jia Fan' (99)); the five bullets without that separator"
        " (74, 104, 105, 106, 107) have their title written out; the venue word 'Nature' written into 25/67 is"
        " dropped.  Section headings, bold sub-labels and the blockquote of collection links are not entries.",
        checked="Read the whole file; compared the -v output with all 65 bullets: separator-less bullets (74,"
        " 104-107), the parenthesised ccfDNA bullet (105), label-first bullets (71-81, 85-99, 121-137), the"
        " escaped-parenthesis link (66), bold inside a title (122), ligatures (68-69), repeats, and the DOIs"
        " of the linked bullets.",
    )


if __name__ == "__main__":
    main()
