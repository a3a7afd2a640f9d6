"""Wild40 truth for krugbuild/fluechtig-anonym-digital Dokumentation/Anhang_Literatur.md: the
"Literatur" appendix of a German master's thesis in Digital History (Humboldt-Universität zu Berlin,
"Flüchtig, Anonym & Digital" -- source criticism of Wikipedia), reworked as a Markdown repository.

Shape: 71 lines, "# Literatur" (1) then 35 reference paragraphs on the odd lines 3-71, one line each,
separated by blank lines, alphabetical, in a German humanities citation style (Zotero "Geschichte und
Gesellschaft"-like): "Surname, First; Surname, First [u. a.]: Title, in: Journal Vol (No), Date, S. x–y.
Online: <url>." -- chapters "in: Editors (Hg.): Volume, Place Year, S. x–y.", a conference paper
"in, Berlin 2014", a dissertation "Title, Dissertation, Universität Basel, Basel 2018.", books "Title,
Place Year.", web pages "Title, Blog | Site, date, <url>, Stand: date.".
Not entries (8): the monographs Becker 2011 (5), Gredel 2018 (19), Shirk 2008 (57) and the edited volume
"Wozniak; Nemitz; Rohwedder (Hg.): Wikipedia und Geschichtswissenschaft" (65); the blog posts Dogunke
(9, Klassik Stiftung Weimar blog) and Wozniak "Billet, Mittelalter" (63, hypotheses.org); the NZZ
newspaper article Hafner (21); Krug, Alexandra "Zensur in Bildern. Verlauf der Zensur der chinesischen
Wikipedia in den 2010er Jahren in Bildern" (43), a Zenodo deposit of pictures (screenshots), taken as data
without a paper.
Entries (27): journal articles (Royal Society Open Science, Zeithistorische Forschungen, PLOS ONE, Digital
Humanities Quarterly, Diskurse – digital, JurPC Web-Dok), chapters of edited volumes (Critical Point of
View, Wikipedia und Geschichtswissenschaft, Internet research ethics for the social age, Global
Wikipedia, (Digitale) Medien und soziale Gedächtnisse, Qualitative Netzwerkanalyse), the contributions to
the H-Soz-Kult "Historisches Forum" Bd. 18 (including the editors' "Vorwort der Redaktion", 47, kept as
an article of that volume), the CHI 2010 paper (23), the iConference 2014 paper (7) and the Basel
dissertation (13).
Title = the text after the authors' ": " up to ", in:" / ", in," / ", Dissertation" (German titles with
"?" and „“ kept as written, the typos "beoyond", "Challanges", "Aalysis" kept).  DOIs from doi.org links
and "<doi:...>" (book DOIs for chapters 25, 45, 59 are what those entries give); 35 writes
"https://doi.org/10.1371/ journal.pone.0155305" with a stray space after the slash -- its DOI is taken as
10.1371/journal.pone.0155305.  arXiv only in 69 (arxiv.org/abs/1305.5566).  27 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "krugbuild__fluechtig-anonym-digital__Dokumentation__Anhang_Literatur@b2bf77c.md"
PART = "wild40_development"

REF = re.compile(r"^(?P<authors>.+?): (?P<title>.+?), (?:in[:,]|Dissertation\b)")
NOT_ENTRIES = {
    5: "Internetzensur in China",  # monograph
    9: "Blog | Klassik Stiftung Weimar",  # blog post
    19: "Digitale Diskurse und Wikipedia",  # monograph
    21: "Neue Zürcher Zeitung",  # newspaper article
    43: "zenodo.3711513",  # Zenodo picture series
    57: "China: Fragile Superpower",  # monograph
    63: "Billet, Mittelalter",  # blog post
    65: "(Hg.): Wikipedia und Geschichtswissenschaft, Berlin/Boston 2015. Online",  # edited volume
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Literatur"
    papers = []
    refs = [n for n, t in enumerate(lines, 1) if t.strip() and n > 1]
    assert refs == list(range(3, 72, 2)), refs
    for n in refs:
        text = lines[n - 1]
        if n in NOT_ENTRIES:
            assert NOT_ENTRIES[n] in text, n
            continue
        m = REF.match(text)
        assert m, n
        p = entry(lines, n, n, m.group("title"))
        if n == 35:
            assert "10.1371/ journal.pone.0155305" in text and p["doi"] is None
            p["doi"] = "10.1371/journal.pone.0155305"
        papers.append(p)
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each one-line reference paragraph citing a journal article, a chapter or contribution in an edited "
        "volume or forum issue, a conference paper or a dissertation is an entry (27); the three monographs, the "
        "edited volume (65), two blog posts, the NZZ newspaper article and the Zenodo picture series (43) are not; "
        "title = text after the authors' ': ' up to ', in:'/', in,'/', Dissertation'; the DOI written with a stray "
        "space in 35 is joined.",
        "Read all 71 lines: each of the 35 paragraphs classified by its form (in: journal / in: (Hg.) volume / "
        "'in,' conference / Dissertation / Place Year book / Blog, Billet, NZZ web page), every title boundary "
        "compared with the -v output (titles with ':' 7, 23, 33, 37, 53, 71; with '?' 11, 25, 31, 39; with '.' "
        "inside 11, 29, 45, 59, 67, 69), the DOIs of 3, 7, 11, 23, 25, 35, 39, 45, 59, 67, 71 and the arXiv id of 69.",
    )


if __name__ == "__main__":
    main()
