"""Wild57 truth for CaioakaFall/WorldClim_project Referências_Bibliográficas.md: the Portuguese bibliography of a
species-distribution-modelling project (WorldClim bioclimatic variables, small mammals of Brazil), ecology / earth
science, in Brazilian ABNT citation style, newest commit touching the file (f8d645f, 2025-08-16; that commit is a
rename back to this path, the text is the list as written).

Shape: 61 lines, 7.6 KB.  ``## 📚 Referências Bibliográficas`` (1) and three ``###`` sections: ``Artigos Científicos``
(3-47), ``Documentos Técnicos e Relatórios`` (49-53) and ``Software e Ferramentas`` (55-61).  One reference per
paragraph, one line each, no list markers: ``SURNAME, Given et al. Title. *Journal*, v. X, n. Y, p. a–b, date.
Disponível em: <https://doi.org/...>. Acesso em: date.``  The title is plain text between the author block and the
italic journal.

Special cases:
- Authors are written in ABNT capitals and separated by ``;`` (``BEAUMONT, Linda J.; HUGHES, Lesley; POULSEN,
  Michael.``, 13) or shortened with ``et al.``; 47's first author is literally named ``TITLE, Pascal O``.
- Species names are italic inside titles (``the harvest mouse *Micromys minutus*``, 9; ``(*Pseudogymnoascus
  destructans*)``, 25): the markup is dropped, the words kept.
- 45's title ends with a question mark (kept): ``How forest amount ... in Atlantic Forest fragments?``
- 5 (``Lista de Mamíferos do Brasil``, a Zenodo checklist), 39 (``Klimadiagramm-Weltatlas``, a review in J. Ecology),
  51 (a conference paper on ResearchGate, no venue) and 53 (an IBGE report, ``Biomas e sistema costeiro marinho do
  Brasil: compatível com a escala 1:250. 000``, spacing as written) are works with titles: entries.
- The ``Software e Ferramentas`` section (57 terra R package, 59 INMET station data, 61 QGIS) lists software and
  data portals, not papers: not entries.
- DOIs are recorded as written even where the author copied a wrong one (19 repeats 17's ``10.1111/aec.13234``, 39
  repeats 33's ``10.1002/joc.1276``); 15 gives the DOI inside a Wiley ``/doi/full/`` URL; 13, 21, 23, 51 have none.

Decisions:
- Entry = every reference paragraph of the first two sections (5-53), 24 entries, one line each.
- Title = the text between the author block and the venue (or ``Disponível em``/publisher for 5, 51, 53), italic
  markup removed, trailing period dropped.  The titles are written out by hand and each is checked to stand in its
  line (after removing ``*``) followed by ``. `` or ``? ``.
"""
from _wild57 import entry, read_lines, write_truth

NAME = "CaioakaFall__WorldClim_project__Referências_Bibliográficas@f8d645f.md"
PART = "wild57_development"

TITLES = {
    5: "Lista de Mamíferos do Brasil",
    7: "Predicting Yellow Fever Through Species Distribution Modeling of Virus, Vector, and Monkeys",
    9: "Every branch in its niche: intraspecific variation in habitat suitability of a widely distributed small"
    " mammal, the harvest mouse Micromys minutus",
    11: "bibliometrix: an R-tool for comprehensive science mapping analysis",
    13: "Predicting species distributions: use of climatic parameters in BIOCLIM and its impact on predictions of"
    " species' current and future distributions",
    15: "bioclim: the first species distribution modelling package, its early applications and relevance to most"
    " current MaxEnt studies",
    17: "Checking bioclimatic variables that combine temperature and precipitation data before their use in species"
    " distribution models",
    19: "Why Understanding the Pioneering and Continuing Contributions of BIOCLIM to Species Distribution Modelling"
    " Is Important",
    21: "Selecting from correlated climate variables: a major source of uncertainty for predicting species"
    " distributions under climate change",
    23: "Pyramid as a compact image code",
    25: "Potential for spread of the white-nose fungus (Pseudogymnoascus destructans) in the Americas: use of Maxent"
    " and NicheA to assure strict model transference",
    27: "Climate change impact on small mammals from two Neotropical hotspots",
    29: "WorldClim 2: new 1-km spatial resolution climate surfaces for global land areas",
    31: "Paintings predict the distribution of species, or the challenge of selecting environmental predictors and"
    " evaluation statistics",
    33: "Very high resolution interpolated climate surfaces for global land areas",
    35: "Neotropical forest expansion during the last glacial period challenges refuge hypothesis",
    37: "Blessing and curse of bioclimatic variables: A comparison of different calculation schemes and datasets for"
    " species distribution modeling within the extended Mediterranean area",
    39: "Klimadiagramm-Weltatlas",
    41: "ENM2020: A Free Online Course and Set of Resources on Modeling Species' Niches and Distributions",
    43: "Improving the Use of Species Distribution Models in Conservation Planning and Management under Climate"
    " Change",
    45: "How forest amount and bioclimatic factors shape small mammal communities in Atlantic Forest fragments?",
    47: "ENVIREM: an expanded set of bioclimatic and topographic variables increases flexibility and improves"
    " performance of ecological niche modeling",
    51: "Recent Progress in the ANUDEM Elevation Gridding Procedure",
    53: "Biomas e sistema costeiro marinho do Brasil: compatível com a escala 1:250. 000",
}
NOT_PAPERS = {57, 59, 61}


def main() -> None:
    lines = read_lines(NAME)
    refs = [n for n, ln in enumerate(lines, 1) if ln.strip() and not ln.startswith("#")]
    assert sorted(set(TITLES) | NOT_PAPERS) == refs, refs
    assert lines[54] == "### Software e Ferramentas", lines[54]
    papers = []
    for n in sorted(TITLES):
        title = TITLES[n]
        plain = lines[n - 1].replace("*", "")
        assert title + ". " in plain or (title.endswith("?") and title + " " in plain), (n, title)
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 24, len(papers)
    assert by[5]["doi"] == "10.5281/zenodo.10428436", by[5]
    assert by[15]["doi"] == "10.1111/ddi.12144", by[15]
    assert by[17]["doi"] == by[19]["doi"] == "10.1111/aec.13234", (by[17], by[19])
    assert by[13]["doi"] is None and by[21]["doi"] is None and by[51]["doi"] is None
    assert by[9]["title"].endswith("the harvest mouse Micromys minutus"), by[9]
    assert by[47]["title"].startswith("ENVIREM:"), by[47]
    assert by[29]["doi"] == "10.1002/joc.5086", by[29]
    write_truth(
        NAME,
        PART,
        papers,
        method="ABNT reference paragraphs, one line each; every reference of the 'Artigos Científicos' and"
        " 'Documentos Técnicos e Relatórios' sections (5-53) is one entry, the 'Software e Ferramentas' section"
        " (57-61: R package, station data portal, QGIS) is not.  Title = the text between the capitalised author"
        " block and the italic journal (or 'Disponível em'/place of publication), italic species-name markup"
        " removed, trailing period dropped, '?' kept; written out by hand and checked against each line.",
        checked="Read all 27 reference lines; compared each hand title with its line (author blocks with ';' and"
        " 'et al.', italic species names at 9 and 25, the question title 45, the author named TITLE at 47, the"
        " report at 53); checked DOIs from doi.org and a Wiley /doi/full/ URL, the duplicated wrong DOIs kept as"
        " written (19, 39), and that lines without a DOI get none.",
    )


if __name__ == "__main__":
    main()
