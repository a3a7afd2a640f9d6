"""Wild22 truth for byjosh/byjosh.github.io pandemic-scientific-papers.md: COVID-19 papers (medicine, epidemiology).

Shape: a '##' title and an intro paragraph, then six '###' topic headings; under them one
paragraph per record (blank lines between), each beginning with a Markdown link whose text is the
web page's title as a browser shows it: the paper title followed by the site or journal name
after ' \\| ' or ' - ' ('... \\| Nature Medicine', '... - The Lancet', '... - ScienceDirect \\|
Social Science & Medicine', '... \\| Infectious Diseases \\| JAMA Network Open \\| JAMA Network',
'...: Annals of Internal Medicine: Vol 174, No 4', '... \\| Cardiovascular Diabetology \\| Full
Text').  Some records go on with a comment in prose.  Title = the paper title as the link text
writes it, the site/journal/section suffix dropped (and on line 103 the 'Vaccines \\| Free
Full-Text \\| ' site prefix); each title is written by hand below and asserted to be in its line.
Special records:
- line 13 names two papers (a ScienceDirect article, then 'to be read in conjunction with' a
  doi.org-linked paper whose link text is 'Title - Authors, 2019'): two entries on the same line,
  each with the id of its own link (the first has a ScienceDirect pii, no DOI).
- line 27: the link text is a bare Research Square URL (the preprint), and the record says it
  became the Nature Medicine paper linked next: one work, one entry, title = the named one.
- line 103: a retracted MDPI paper (entry) followed in prose by a Science news story about the
  retraction and a Wayback Machine data page (not entries); the entry takes no DOI from the news
  story's science.org/doi link (its own MDPI link gives none).
Not entries: line 29 (CDC Household Pulse Survey, a data source, with a press release and an
MMWR link in the prose), line 67 (a BMJ investigative news report, which the record itself says
is 'not a peer-reviewed scientific paper ... more investigative report'), the intro (line 3).
Count check: 43 record paragraphs (lines 7-103) = 41 paper records + 2 non-entries; line 13
gives two entries: 42 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "byjosh__byjosh.github.io__pandemic-scientific-papers@1897c43.md"
PART = "wild22_development"
NOT_ENTRIES = {29, 67}
TITLES = {
    7: ["Influenza lineage extinction during the COVID-19 pandemic?"],
    9: ["Human seasonal influenza under COVID-19 and the potential consequences of influenza lineage elimination"],
    13: [("Highlighting COVID-19 racial disparities can reduce support for safety precautions among White U.S."
         " residents"), "The Misperception of Racial Economic Inequality"],
    17: ["Persistence of somatic symptoms after COVID-19 in the Netherlands: an observational cohort study"],
    19: ["More than 50 long-term effects of COVID-19: a systematic review and meta-analysis"],
    21: ["Long-term cardiovascular outcomes of COVID-19"],
    23: ["Long-term neurologic outcomes of COVID-19"],
    25: ["Long COVID after breakthrough SARS-CoV-2 infection"],
    27: ["Acute and postacute sequelae associated with SARS-CoV-2 reinfection"],
    31: ["Risks and burdens of incident diabetes in long COVID: a cohort study"],
    33: ["SARS-CoV-2 is associated with changes in brain structure in UK Biobank"],
    35: ["Cardiovascular disease and mortality sequelae of COVID-19 in the UK Biobank"],
    37: ["Immune boosting by B.1.1.529 (Omicron) depends on previous SARS-CoV-2 exposure"],
    39: ["COVID-19 trajectories among 57 million adults in England: a cohort study using electronic health records"],
    41: [("Persistent clotting protein pathology in Long COVID/Post-Acute Sequelae of COVID-19 (PASC) is accompanied"
         " by increased levels of antiplasmin")],
    45: [("Safety and efficacy of the ChAdOx1 nCoV-19 vaccine (AZD1222) against SARS-CoV-2: an interim analysis of"
         " four randomised controlled trials in Brazil, South Africa, and the UK")],
    47: ["Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine"],
    49: [("Single-dose administration and the influence of the timing of the booster dose on immunogenicity and"
         " efficacy of ChAdOx1 nCoV-19 (AZD1222) vaccine: a pooled analysis of four randomised trials")],
    51: [("Effectiveness of BNT162b2 vaccine against SARS-CoV-2 infection and severe COVID-19 in children aged 5–11"
         " years in Italy: a retrospective analysis of January–April, 2022")],
    53: ["Impact of vaccination on new SARS-CoV-2 infections in the United Kingdom"],
    55: [("Interim findings from first-dose mass COVID-19 vaccination roll-out and COVID-19 hospital admissions in"
         " Scotland: a national prospective cohort study")],
    57: [("Early Pandemic Evaluation and Enhanced Surveillance of COVID-19 (EAVE II): protocol for an observational"
         " study using linked Scottish national data")],
    59: [("Three exposures to the spike protein of SARS-CoV-2 by either infection or vaccination elicit superior"
         " neutralizing immunity to all variants of concern")],
    61: ["Delayed Second Dose versus Standard Regimen for Covid-19 Vaccination"],
    63: [("Effectiveness of the Pfizer-BioNTech and Oxford-AstraZeneca vaccines on covid-19 related symptoms,"
         " hospital admissions, and mortality in older adults in England: test negative case-control study")],
    65: [("Associations of BMI with COVID-19 vaccine uptake, vaccine effectiveness, and risk of severe COVID-19"
         " outcomes after vaccination in England: a population-based cohort study")],
    71: ["School Masking Policies and Secondary SARS-CoV-2 Transmission"],
    73: [("A simple surgical mask modification to pass N95 respirator-equivalent fit testing standards during the"
         " COVID-19 pandemic")],
    75: ["Masks and Face Coverings for the Lay Public: A Narrative Update"],
    77: [("Risk of SARS-CoV-2 Acquisition in Health Care Workers According to Cumulative Patient Exposure and"
         " Preferred Mask Type")],
    79: ["Impact of community masking on COVID-19: A cluster-randomized trial in Bangladesh"],
    81: ["Efficacy of FFP3 respirators for prevention of SARS-CoV-2 infection in healthcare workers"],
    83: ["Sources of healthcare workers’ COVID‑19 infections and related safety guidelines"],
    85: ["An upper bound on one-to-one exposure to infectious human respiratory particles"],
    87: [("Evaluation of Cloth Masks and Modified Procedure Masks as Personal Protective Equipment for the Public"
         " During the COVID-19 Pandemic")],
    91: ["Years of life lost to COVID-19 in 81 countries"],
    93: [("Estimating excess mortality due to the COVID-19 pandemic: a systematic analysis of COVID-19-related"
         " mortality, 2020–21")],
    95: ["Assessment of Suicide in Japan During the COVID-19 Pandemic vs Previous Years"],
    97: [("Joint Effects of Socioeconomic Position, Race/Ethnicity, and Gender on COVID-19 Mortality among"
         " Working-Age Adults in the United States")],
    101: ["The psychological drivers of misinformation belief and its resistance to correction"],
    103: ["The Safety of COVID-19 Vaccinations—We Should Rethink the Policy"],
}
OWN_LINK = {13, 103}  # lines whose entries take ids from their own link only


def main() -> None:
    lines = read_lines(NAME)
    records = [i for i, t in enumerate(lines, 1) if i > 3 and t.strip() and not t.startswith("#")]
    assert len(records) == 43, len(records)
    assert set(records) == set(TITLES) | NOT_ENTRIES
    papers = []
    for i in records:
        if i in NOT_ENTRIES:
            continue
        links = re.findall(r"\[((?:[^\[\]]|\\\|)+)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)", lines[i - 1])
        for title in TITLES[i]:
            assert title in lines[i - 1], (i, title)
            e = entry(lines, i, i, title)
            if i in OWN_LINK:
                _text, url = next((t, u) for t, u in links if title in t)
                e["doi"], e["arxiv"] = doi_of(url), arxiv_of(url)
            papers.append(e)
    assert len(papers) == 42, len(papers)
    write_truth(NAME, PART, papers,
                "every paragraph under the topic headings that links a paper is an entry (line 13 names two); title ="
                " the link text without the site/journal suffix (' | Nature Medicine', ' - The Lancet', ...); a data"
                " source (line 29) and a BMJ investigative news report (line 67) are not entries",
                "all 43 paragraphs read by eye; every title written by hand from its link text and checked against"
                " the line; DOIs from doi.org, nejm/science/pnas/acpjournals /doi/, PLOS ?id= and BMC URLs checked;"
                " lines 13, 27 and 103 (two papers, preprint→paper, retracted paper beside news) decided by hand")


if __name__ == "__main__":
    main()
