"""Wild39 truth for Farewe/markdown-cv publications.md: the publication list of a biogeographer /
invasion ecologist (Boris Leroy, MNHN Paris), the Markdown source of the publications page of his
markdown-cv site, in citation style.

Shape: front matter (1-8); ``### International peer-reviewed journals`` (10) then two HTML comments with R
snippets (12-15, 17-29, not entries) and ``<!-- start_pub_list -->`` (31) ... ``<!-- end_pub_list -->``
(240).  Inside, year markers are inline-code lines (```Preprints```, ```2026``` ... ```2011```) and each
record is one paragraph starting with an escaped number ``80\\. `` down to ``1\\. `` (the three preprints
are numbered ``xx\\.``): ``Authors. YEAR. Title. *Journal* vol:pages [doi](https://doi.org/...) ---
[HAL](...)``.  The record is written in several styles: the year as ``2023.``, ``(2024).``, ``(2021)``;
the journal in ``*...*``, in ``**...**`` (96, 78) or plain (82, 85, 87, 89, 184, 186, 215, 227, 229);
NeoBiota chapters with ``In: Zenni RD ... (Eds) The Economic costs ...`` after the title (128-140; 140
has no period before ``In:``); a title with no period before the journal (144); titles ending in '?' (134,
166, 225) and '?.' (66); ``<i>AnthropInsect</i>`` (41); one record wrapped over two lines (82-83).  Then
``### Book chapters`` (242, one record, 246), ``### Software`` (248: five R packages, 252-286), ``###
Expertise reports`` (290: twenty numbered reports 20\\. .. 1\\., 296-350, some wrapped over lines, 335 and
338 and 346 and 349 with no blank line between year marker and record) and ``### Dissemination of
research`` (354: a podcast and four The Conversation articles).

Decisions:
- Entries: the 3 preprints and 80 journal papers (37-238), the book chapter (246) and the 20 expertise
  reports (296-350), which are technical / consultancy / assessment reports (SIOFA project reports, a
  Zenodo-deposited mapping report, two IPBES assessment reports, an H2020 deliverable, French
  agency reports): 104 in all.  The R packages (software) and the podcast and newspaper (The
  Conversation) pieces are not entries.
- Span: the numbered line through the last non-blank line before the next blank line.
- Title (papers and chapter): the text after the year marker up to the journal: the first of ``In:``
  (chapters) or the first `` *`` (italic or bold journal); for the nine records with a plain journal the
  journal's first words are given by line.  The final '.' is dropped, a '?' kept ('?.' -> '?').
- Title (reports): written out per line below, as the record writes it, without the project tag
  ``(Project PAE2021-01)``, the publisher or the page count; 336's italic run ends with the place of
  publication "Plouzané", which is dropped; 341-344 is an H2020 deliverable whose title is "Atlas of the
  main mesopelagic fish in the Southern Ocean" (the project name before it is not the title).
- Ids: the first DOI in the record (its doi.org link, or written out as text in the reports 296 and 302);
  HAL links hold none.  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "Farewe__markdown-cv__publications@7028e68.md"
PART = "wild39_development"

NUM = re.compile(r"^(xx|\d+)\\\. ")
YEAR = re.compile(r"\(?(?:19|20)\d\d\)?\.? +")
PLAIN = {82: " Ecological Processes,", 85: " Science of The Total Environment,", 87: " Science of The Total Environment,",
         89: " Deep Sea Research Part I", 184: " Ecography 41", 186: " The ISME Journal", 215: " Global Ecology and "
         "Biogeography", 227: " Diversity and Distributions", 229: " Biological Conservation 161"}
REPORTS = {
    296: "Cartographie prédictive des habitats des groupes d’espèces ciblées par les Plans Nationaux d’Actions en Corse",
    302: "Thematic Assessment Report on Invasive Alien Species and their Control of the Intergovernmental "
         "Science-Policy Platform on Biodiversity and Ecosystem Services",
    304: "Bioregionalization of the SIOFA area based on vulnerable marine ecosystem indicator taxa",
    306: "Systematic conservation planning in the SIOFA area",
    308: "Biodiversity models based on VME indicator taxa in the SIOFA area",
    310: "Identifying significant adverse impacts on vulnerable marine ecosystems: a review of measures and "
         "applicability to SIOFA",
    312: "An assessment of significant adverse impacts from fishing activities in the SIOFA area",
    316: "SIOFA bioregionalisation and VME project - Final report",
    318: "Progress report - Significant Adverse Impacts",
    320: "Progress report on Consultancy on VME mapping",
    322: "Progress report - SIOFA bioregionalisation and VME mapping",
    326: "Les coûts économiques des invasions biologiques en France. Synthèse à l’intention des décideurs",
    328: "SIOFA Vulnerable Marine Ecosystem Mapping",
    330: "Inception report - SIOFA bioregionalisation and VME mapping",
    332: "Cartographie prédictive des biorégions benthiques autour des îles Saint-Paul et Amsterdam",
    336: "Recommandations pour une approche écosystémique des aires d’implantation d’énergies marines "
         "renouvelables. Cas d’étude du parc éolien offshore de Courseulles-sur-mer",
    339: "The IPBES regional assessment report on biodiversity and ecosystem services for Europe and Central Asia",
    341: "Atlas of the main mesopelagic fish in the Southern Ocean",
    347: "Inventaire des coléoptères aquatiques des mares de Basse-Normandie en vue de l’application d’un indice "
         "biologique. Rapport de synthèse 2011-2014",
    350: "Les araignées de la Réserve Naturelle Nationale des Nouragues : Facteurs de variations des assemblages et "
         "premier inventaire",
}


def flat(text: str) -> str:
    """Markup removed as the checker sees it: tags, emphasis, collapsed whitespace."""
    text = re.sub(r"<[^>]+>", "", text).replace("*", "")
    return re.sub(r"\s+", " ", text)


def main() -> None:
    lines = read_lines(NAME)
    heads = {i: ln for i, ln in enumerate(lines, 1) if ln.startswith("### ")}
    assert list(heads) == [10, 242, 248, 290, 354], heads
    papers = []
    for i, ln in enumerate(lines, 1):
        m = NUM.match(ln)
        if not m:
            continue
        section = heads[max(h for h in heads if h < i)]
        if section == "### Software":
            continue
        assert section != "### Dissemination of research", i
        last = i
        while last < len(lines) and lines[last].strip():
            last += 1
        if section == "### Expertise reports":
            title = REPORTS[i]
            assert title in flat(" ".join(lines[i - 1 : last])), i
        else:
            y = YEAR.search(ln, m.end())
            assert y, i
            rest = ln[y.end():]
            if i in PLAIN:
                cut = rest.index(PLAIN[i])
            else:
                cut = min(k for k in (rest.find(" In: "), rest.find(" *")) if k >= 0)
            title = rest[:cut]
        papers.append(entry(lines, i, last, title))
    t = {p["line"]: p["title"] for p in papers}
    assert t[41] == "AnthropInsect: a global database of insect traits and anthropogenic associations", t[41]
    assert t[66] == "Assessing the invasion risk of the cnidaria Blackfordia virginica Mayer, 1910: a threat to the " \
        "Baltic Sea ecosystem?", t[66]
    assert t[140] == "Economic costs of invasive alien species across Europe", t[140]
    assert t[136] == "Biological invasions in France: Alarming costs and even more alarming knowledge gaps", t[136]
    assert t[144] == "High and rising economic costs of biological invasions worldwide", t[144]
    assert t[166] == "Testing methods in species distribution modelling using virtual species: what have we learnt " \
        "and what are we missing?", t[166]
    assert t[96] == "Recent advances in availability and synthesis of the economic costs of biological invasions", t[96]
    assert t[246] == "Toward an ecosystem approach of Marine Renewable Energy: the case of the offshore wind farm of " \
        "Courseulles-sur-mer in the Bay of Seine", t[246]
    assert t[186] == "Aquatic urban ecology at the scale of a capital: community structure and interactions in street " \
        "gutters", t[186]
    assert t[222 + 3] == "Will climate change promote future invasions?", t[225]
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[82] == 83 and spans[296] == 298 and spans[341] == 344 and spans[336] == 336, spans
    d = {p["line"]: p["doi"] for p in papers}
    assert d[37] == "10.1101/2025.07.05.663167" and d[41] == "10.64898/2026.02.05.704013", d
    assert d[48] == "10.4000/15rj4" and d[172] == "10.1111/jbi.13559" and d[190] == "10.1038/s41559-017-0365-6", d
    assert d[246] == "10.1007/978-981-15-2081-5_9" and d[296] == "10.5281/zenodo.11067678", d
    assert d[302] == "10.5281/zenodo.7430692", d
    assert [n for n in d if d[n] is None] == [n for n in REPORTS if n not in (296, 302)], d
    assert all(p["arxiv"] is None for p in papers)
    assert len([n for n in t if n < 240]) == 83 and len([n for n in t if n > 290]) == 20
    assert len(papers) == 104, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each escaped-number paragraph ('80\\. ', 'xx\\. ') under the peer-reviewed journals (3 preprints, 80 "
        "papers), the one book chapter and the 20 expertise (technical / consultancy / assessment) reports is an "
        "entry spanning its lines to the blank line; R packages, a podcast and The Conversation pieces are not; "
        "title = the text between the year and the journal ('In:' or the first italic/bold, or the plain journal "
        "name for nine records), final '.' dropped; report titles written out by line; ids = the first DOI.",
        "All 373 lines read; the numbering 80..1 / 1 / 20..1 checked to be complete; every journal-paper title "
        "compared with the -v output, with the year styles ('2023.', '(2024).', '(2021)', '2020' no period), the "
        "plain-journal records (82-89, 184, 186, 215, 227, 229), the bold journals (78, 96), the NeoBiota 'In:' "
        "chapters (128-140), the '?' / '?.' titles (66, 134, 166, 225), <i> in 41, the wrapped 82-83; the 20 report "
        "titles and spans (296-298, 336, 341-344) against the text; DOIs of all entries (bioRxiv, 10.64898, "
        "10.4000, text DOIs of the Zenodo reports) and the reports without one.",
    )


if __name__ == "__main__":
    main()
