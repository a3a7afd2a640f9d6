"""Wild55 truth for nanograv/cit-busyweek README.md: "Pulsar Timing Data Analysis", the front page of NANOGrav's
teaching repository (exercises from a Caltech busy week and student workshops) with a literature list on pulsar
timing and nanohertz gravitational-wave detection, newest commit touching the file (3b58606).

Shape: 125 lines.  Title and blurb (1-2), ``## Materials`` (6) with four bullets linking to folders of this repository
(10-16, not papers), ``## Literature`` (20) with eight numbered topic headings ``### 0. Basic overview and
introductory material`` (24) ... ``### 7. Gravitational wave burst analysis`` (105), each with a sentence or two of
prose and bullets ``* [Title](url), Authors (year)``; in section 0 each bullet has one indented sub-bullet of comment
(``  * Pulsar Discovery paper.``).  Then ``## Questions, Comments, Requests`` (116) and ``## Contributions?`` (122).

Special cases:
- Links point to ADS abstract pages (``adsabs.harvard.edu/abs/2014PhRvD..90j4012V``), PDFs on personal/university
  sites, a thesis repository, and one arXiv PDF (52, ``arxiv.org/pdf/0906.4246v1.pdf``); ADS bibcodes are not DOIs.
  ADS bibcodes of arXiv preprints (``2010arXiv1008.4686H``, ``2007astro.ph..3285L``) are not arXiv ids either.
- Section 1 (47-53) lists seven Ph.D. theses: research works, kept as entries.  37 is a chapter of an online
  textbook (Condon & Ransom, *Essential Radio Astronomy*, ch. 6 "Pulsars"); 35 is a Living Reviews article: both kept.
- 61 and 75 list the same paper (van Haasteren & Vallisneri 2014) in two sections: two entries.
- 65's title contains a quoted title: ``Comment on "Tainted evidence: cosmological model selection versus fitting"``;
  the quotes are part of the title.
- 62's title is written in capitals for the software name (``MULTINEST: an efficient ...``), kept as written.

Decisions:
- Entry = every ``* [Title](url), Authors (year)`` bullet of the Literature section (29-112): 38 entries; the four
  Materials bullets (10-16) and the comment sub-bullets are not entries.
- Title = the link text; an entry spans its bullet and, in section 0, its comment sub-bullet.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "nanograv__cit-busyweek__README@3b58606.md"
PART = "wild55_development"

ITEM = re.compile(r"^\* \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\), (?P<authors>.+) \((?P<year>\d{4})\)\s*$")
SUB = re.compile(r"^  \* \S")


def main() -> None:
    lines = read_lines(NAME)
    lit = lines.index("## Literature") + 1
    assert lit == 20, lit
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        if n < lit:
            skipped.append(n)
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        last = n + 1 if n < len(lines) and SUB.match(lines[n]) else n
        papers.append(entry(lines, n, last, m.group("title")))
    assert skipped == [10, 12, 14, 16], skipped
    by = {p["line"]: p for p in papers}
    assert by[29]["title"] == "Observation of a Rapidly Pulsating Radio Source", by[29]
    assert (by[29]["end"], by[37]["end"], by[47]["end"]) == (30, 38, 47), (by[29], by[37], by[47])
    assert by[37]["title"] == "Essential Radio Astronomy: Pulsars", by[37]
    assert by[52]["arxiv"] == "0906.4246", by[52]
    assert by[61]["title"] == by[75]["title"] == (
        "New advances in the Gaussian-process approach to pulsar-timing data analysis"), (by[61], by[75])
    assert by[65]["title"] == 'Comment on "Tainted evidence: cosmological model selection versus fitting"', by[65]
    assert by[112]["title"] == "Gravitational-wave memory and pulsar timing arrays", by[112]
    assert all(p["doi"] is None for p in papers)
    assert [p["line"] for p in papers if p["arxiv"]] == [52], [p["line"] for p in papers if p["arxiv"]]
    assert len(papers) == 38, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are the bullets '* [Title](url), Authors (year)' of the Literature section (29-112, eight numbered"
        " topic headings), including the seven Ph.D. theses of section 1, the Living Reviews article 35 and the"
        " online textbook chapter 37; the four Materials bullets (10-16) linking to this repository's folders are"
        " not entries.  Title = the link text; in section 0 the entry also spans its one-line comment sub-bullet.",
        "Read the whole file; compared -v with all 38 literature bullets: titles as link text (quoted inner title 65,"
        " capitalised MULTINEST 62), the duplicate 61/75, spans of the section-0 entries with comment sub-bullets"
        " (29-38), the single arXiv id (52, from an arxiv.org/pdf link) and no DOI anywhere (ADS bibcodes are"
        " neither DOIs nor arXiv ids).",
    )


if __name__ == "__main__":
    main()
