"""Wild9 truth for pitmonticone/EpiSimulator README: a COVID-19 model's README whose '## References' holds '* Authors. [Title](doi-url). *Journal* (year)' bullets.

Shape: an epidemiology project README (COVID-19 in Italy).  Before the references, a parameter
table cites its sources as '[Davies et al. (2020)](https://doi.org/...)' in a 'References'
column: these are citations inside table rows whose subject is a model parameter, not records of
the list, so not entries.  '## References' has '### Data' and '### Modelling' parts with
'#### ' sub-headings; every record is one '* ' bullet on one line (one written '*  ' with two
spaces), the title being the first link's text; authors (when given) precede it, journal and
year follow.

Entries: bullets citing a scholarly work or a report: journal articles, medRxiv/arXiv/CMMID
preprints, Scientific Data descriptors, the European Commission's test-performance report
(line 168), ISTAT's seroprevalence-study report (lines 177 and 187, a repeated record, two
entries) and the WHO Scientific Brief (line 238).  Not entries: data sources (ISTAT boundaries and
population tables, the OpenPolis GitHub file, Our World in Data, COVID-19 Routes, PCM-DPC and ISS
data; lines 154-158, 179-182) and the two ECDC guidance web pages (lines 166-167).  The Prem et al.
2020 preprint (lines 162, 184) and Biggerstaff et al. (192, 215) appear twice: separate entries.

Title: the first '[...](...)' link text of the bullet.

Counts: '* ' bullets per '#### ' sub-heading by awk: Geospatial 2, Population 2, Contact 3,
Mobility 1, Diagnostic 12, Epidemiological 14, Policy 1, Conceptual 4, Metapopulation 11,
Calibration 2, Surveillance 6, Interventions 6, Behavioral 6, Mortality 1 = 71; minus 10 data/web
bullets = 61 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "pitmonticone__EpiSimulator__README@10a938d.md"
PART = "wild9_development"
NOT_ENTRIES = {154, 155, 157, 158, 166, 167, 179, 180, 181, 182}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## References ") + 1
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if i <= start or not text.startswith("* "):
            continue
        bullets += 1
        if i in NOT_ENTRIES:
            continue
        m = re.search(r"\[([^\]]+)\]\(", text)
        assert m, (i, text)
        papers.append(entry(lines, i, i, m.group(1)))
    assert bullets == 71, bullets
    assert len(papers) == 61, len(papers)
    write_truth(NAME, PART, papers,
                "every '* ' bullet of '## References' citing an article, preprint or report is an entry, title = its"
                " first link's text; data-source bullets (ISTAT tables, GitHub data, OWID, PCM-DPC, ISS) and the two"
                " ECDC web pages are not; the parameter table's '[Davies et al. (2020)](doi)' citations are not",
                "all 61 entries against the file (71 reference bullets by awk per sub-heading = 61 + 10 data/web"
                " bullets), the repeated Prem 2020, Biggerstaff and ISTAT records, the two-space bullet on 225,"
                " titles with '(2010–2015)' and SARS-CoV-2, DOIs from doi.org links (Lancet DOI"
                " with parentheses on 221), the one arXiv id (2006.08471), CMMID/ISTAT/EC/WHO URLs giving none")


if __name__ == "__main__":
    main()
