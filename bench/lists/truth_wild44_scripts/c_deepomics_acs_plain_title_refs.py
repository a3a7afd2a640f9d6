"""Wild44 truth for DeepOmics-Lab/DeepOmics-Lab.github.io docs/publications.md: the publication list of a
metabolomics / mass-spectrometry informatics lab (Hongchao Ji: deep learning for MS spectra, retention time
prediction, proteomics drug-target discovery), a MkDocs page written by hand.

Shape (54 lines): three headings ``## 2024`` (1), ``## 2023`` (10), ``## 2014 - 2022`` (19), then one bullet per
paper, each on one line with a blank line between, in ACS style: ``- Authors. Title. *Journal*. year, volume
(issue), pages. [link](url)``.  The title is plain text -- no quotes, italics or link -- between the author list
and the italic journal; only the ``[link]`` label is linked.  Author lists are irregular: comma-separated with
initials (2024 items) or semicolon-separated (later items); the lab head in bold (``**Ji, H.**``, ``**Ji, H.#**``,
``**Ji, H.***``), ``#`` equal-contribution and ``*`` corresponding marks placed after the name, inside or outside
the bold, sometimes with stray punctuation (``Tan, C.S.H.*,. Tian, R.*,`` 7, ``Feng L,.* **Ji, H.**,*`` 16,
``**Ji, H.** .;`` 47, ``Lu, H. ;`` 49).  The separator before the title is ``.`` after initials, ``*`` after a
corresponding mark (3 ``Wu, Q.* Early...``, 5 ``Li, W.* RT-Transformer...``) or ``,`` (7, 16).  The journal
abbreviation is italic and the period after it sits outside the italics (``*Anal. Chem*.``); some have none
(``*Metabolomics* 2018``).  Titles hold a U+2212 minus (21 ``LC−MS``), an en dash (39 ``LC–MS``) and a spaced
``k -Means`` (33).

Decisions:
- Entry = each bullet (23 journal articles); span = its line.  The headings are not entries.
- Title = the plain text between the author list and ``. *Journal*``, as written (the minus sign, dash and the
  spaced "k -Means" kept), without the final period.  The titles are listed by hand below and the script checks
  that each sits in its line right before ``. *`` and right after the author list's last separator.
- Ids: DOIs from the ``[link]`` URLs: doi.org / dx.doi.org (3, 23, 27, 33, 53), ACS ``/doi/`` (25, 29, 31, 35),
  Springer (39, 41), OUP ``article/doi/10.1093/bioinformatics/btae084/7613958`` (5, article number dropped).
  Elsevier ``linkinghub``/ScienceDirect ``pii``, Nature article ids (14), MDPI and RSC ``articlelanding`` paths
  are not DOIs.  No arXiv ids.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "DeepOmics-Lab__DeepOmics-Lab.github.io__docs__publications@a6f639c.md"
PART = "wild44_development"

TITLES = {
    3: "Early detection of dark-affected plant mechanical responses using enhanced electrical signals",
    5: "RT-Transformer: retention time prediction for metabolite annotation to assist in metabolite identification",
    7: "High-throughput drug target discovery using a fully automated proteomics sample preparation platform",
    12: "Target deconvolution with matrix-augmented pooling strategy reveals cell-specific drug-protein interactions",
    14: "Ultra-Fast and Accurate Electron Ionization Mass Spectrum Matching for Compound Identification with "
        "Million-Scale in-Silico Library",
    16: "A Comprehensive Comparative Analysis of Deep Learning Based Feature Representations for Molecular Taste "
        "Prediction",
    21: "Deep Denoising Autoencoder-Assisted Continuous Scoring of Peak Quality in High-Resolution LC\u2212MS Data",
    23: "ProSAP: A GUI Software Tool for Statistical Analysis and Assessment of Thermal Stability Data",
    25: "Predicting a Molecular Fingerprint from an Electron Ionization Mass Spectrum with Deep Neural Networks",
    27: "TarMet: A Reactive GUI Tool for Efficient and Confident Quantification of MS Based Targeted Metabolic and "
        "Stable Isotope Tracer Analysis",
    29: "KPIC2: An Effective Framework for Mass Spectrometry-Based Metabolomics Using Pure Ion Chromatograms",
    31: "Deep MS/MS-Aided Structural-Similarity Scoring for Unknown Metabolite Identification",
    33: "Pure Ion Chromatogram Extraction: Via Optimal k -Means Clustering",
    35: "Prediction of Liquid Chromatographic Retention Time with Graph Neural Networks to Assist in Small Molecule "
        "Identification",
    37: "Retention Time Prediction in Hydrophilic Interaction Liquid Chromatography with Graph Neural Network and "
        "Transfer Learning",
    39: "Enhancing Coverage in LC\u2013MS-Based Untargeted Metabolomics by a New Sample Preparation Procedure Using "
        "Mixed-Mode Solid-Phase Extraction and Two Derivatizations",
    41: "Feature Extraction for LC-MS via Hierarchical Density Clustering",
    43: "UPLC-ESI-IT-TOF-MS Metabolomic Study of the Therapeutic Effect of Xuefu Zhuyu Decoction on Rats with "
        "Traumatic Brain Injury",
    45: "The Role of Graphene Coating on Cordierite-Supported Pd Monolithic Catalysts for Low-Temperature Combustion "
        "of Toluene",
    47: "GC-MS Profiling of Leukemia Cells: An Optimized Preparation Protocol for the Intracellular Metabolome",
    49: "Metabolic Profiling Putatively Identifies Plasma Biomarkers of Male Infertility Using UPLC-ESI-IT-TOFMS",
    51: "Fast Pure Ion Chromatograms Extraction Method for LC-MS",
    53: "Exploring Metabolic Syndrome Serum Profiling Based on Gas Chromatography Mass Spectrometry and Random "
        "Forest Models",
}


def main() -> None:
    lines = read_lines(NAME)
    heads = [(n, ln) for n, ln in enumerate(lines, 1) if ln.startswith("#")]
    assert heads == [(1, "## 2024"), (10, "## 2023"), (19, "## 2014 - 2022")], heads
    bullets = [n for n, ln in enumerate(lines, 1) if ln.startswith("- ")]
    assert bullets == sorted(TITLES), bullets
    papers = []
    for n in bullets:
        ln, title = lines[n - 1], TITLES[n]
        i = ln.index(title)
        assert ln[i + len(title):].startswith(". *"), (n, ln[i + len(title):][:10])
        before = ln[2:i]
        assert before.endswith((". ", "* ", ", ")) and "**" in before, (n, before[-12:])  # after the author list
        assert "[link](" in ln[i:], n
        papers.append(entry(lines, n, n, title))
    dois = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert dois == {3: "10.1186/s13007-024-01169-4", 5: "10.1093/bioinformatics/btae084", 23: "10.1093/bib/bbac057",
                    25: "10.1021/acs.analchem.0c01450", 27: "10.1007/s11306-018-1363-7",
                    29: "10.1021/acs.analchem.7b01547", 31: "10.1021/acs.analchem.8b05405",
                    33: "10.1039/c6ra08409e", 35: "10.1021/acs.analchem.0c04071", 39: "10.1007/s00216-019-02010-x",
                    41: "10.1007/s10337-019-03766-1", 53: "10.1016/j.aca.2014.04.008"}, dois
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- Authors. Title. *Journal*. year... [link](url)' bullet is one journal article (23), one line each; "
        "title = the plain text between the author list and '. *Journal*' (hand-listed, checked in place); DOIs "
        "from doi.org/dx.doi.org, ACS, Springer and OUP link URLs; the three headings are not entries.",
        "Read every line (54) and typed each title from the file, then the script checks each title sits between "
        "the author list's last separator and '. *'; looked at the irregular author ends (3/5 '*' before the "
        "title, 7 '*,.' and ',', 16 ',*', 47 ' .;', 49 ' ;'), the minus sign 21, en dash 39, 'k -Means' 33, and "
        "every link for a DOI (12 given; linkinghub/pii, Nature s41467 id, MDPI and RSC paths give none).",
    )


if __name__ == "__main__":
    main()
