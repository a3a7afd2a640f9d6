"""Wild54 truth for gis-yang/GIS-Yang.github.io _pages/publications.md: the publication page of a GIS / remote
sensing researcher (Bo Yang; an academicpages Jekyll site), newest commit (dfe0e6c, 2021-04-15).

Shape: 55 lines, 9 KB.  Front matter (1-6, title "Peer-reviewed Publications"), then year groups whose labels are
italic paragraphs that begin with an asterisk just like the bullets: ``*2021:*`` (7), ``*2020:*`` (13), ``*2019:*``
(23), ``*2018 and before:*`` (30); each followed by one-line bullets (8-11, 14-21, 24-28, 31-37) of plain APA-like
references with no markup around the title: ``* **Yang, B.**, Tong, S., & Fan, R., (2021). TITLE. *Venue*. [DOI:
10.3808/...](https://doi.org/...)``.  The owner's name is bold, the venue italic, a ``[DOI: ...](url)`` link closes
the line.  ``### CONFERENCE PAPERS`` (39) with two more bullets (41 indented `` * ``, 42) whose venue is ``In 2015
IEEE ...`` (not italic).  After them a "More conference proceedings ... [here](...)" line (44) and the template's
Liquid loop over ``site.publications`` (47-55), which writes no entries into the file.

Special cases:
- Bullets 9 and 11 use a tab after the asterisk (``*\\tXu, M., ...``).
- Year written four ways: ``(2021). `` (most), ``(2020) `` without the period (14, 15, 26, 33), ``(2015, July). ``
  (41, 42), ``..., 2020. TITLE`` (18); two bullets have no year before the title at all (17 ``... **Yang, B.**, Zhou,
  H. Assessing ... on Crime. Social Science Computer Review. December 2020.``, 19 ``... Lan, M. Crime Prediction ...
  Method. *ISPRS ...*``), their title starts after the last author initial.
- The title ends at ``. *Venue*`` for most, at ``, *Venue*`` for 9 and 21, at ``. In `` for 41/42, and at ``. Social
  Science`` for 17.
- 15's ``*Drones* (Journal Cover Story)`` note is after the venue, not in the title.
- 10's link text is ``DOI: doi.org/10.5194/hess-2020-510``.

Decisions:
- Entry = each bullet line (26: 24 journal, 2 conference), one line each; title = the text between the year (or the
  author list) and the venue, as written.
- Not entries: the italic year labels, headings, the "More conference proceedings" line, the Liquid block.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "gis-yang__GIS-Yang.github.io___pages__publications@dfe0e6c.md"
PART = "wild54_development"

BULLET = re.compile(r"^ ?\*[ \t](?!.*:\*$)(?P<body>.+)$")
YEAR_LABEL = re.compile(r"^\*(?:\d{4}|2018 and before):\*\s*$")
# text after the year: '(2021). ', '(2020) ', '(2015, July). ', ', 2020. '
AFTER_YEAR = re.compile(r"(?:\((?:19|20)\d\d(?:, \w+)?\)\.? |, 20\d\d\. )(?P<rest>.+)$")
# where the title stops: the italic venue, or 'In ' for the conference papers
TITLE_END = re.compile(r"(?P<title>.+?)[.,] (?:\*[A-Z]|In \d{4} |In 2011 )")
NO_YEAR = {  # bullets whose title follows the last author with no year in between
    17: (r"Zhou, H\. (?P<title>.+? on Crime)\. Social Science"),
    19: (r"Lan, M\. (?P<title>.+?)\. \*ISPRS"),
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if YEAR_LABEL.match(ln):
            continue
        m = BULLET.match(ln)
        if not m:
            continue
        body = m.group("body")
        if n in NO_YEAR:
            t = re.search(NO_YEAR[n], body).group("title")
        else:
            a = AFTER_YEAR.search(body)
            assert a, (n, body)
            e = TITLE_END.match(a.group("rest"))
            assert e, (n, a.group("rest"))
            t = e.group("title")
        papers.append(entry(lines, n, n, t))
    assert len(papers) == 26, len(papers)
    assert [p["line"] for p in papers] == [*range(8, 12), *range(14, 22), *range(24, 29), *range(31, 38), 41, 42]
    t = {p["line"]: p for p in papers}
    assert t[8]["title"] == ("Using high resolution images from UAV and satellite remote sensing for best management"
                             " practice (BMP) analyses"), t[8]
    assert t[9]["title"].endswith("Retrieval With Multispectral Remote Sensing Data"), t[9]
    assert t[10]["doi"] == "10.5194/hess-2020-510", t[10]
    assert t[17]["title"] == ("Assessing the Intraday Variation of the Spillover Effect of Tweets-Derived Ambient"
                              " Population on Crime"), t[17]
    assert t[18]["title"] == ("Improving Satellite Waveform Altimetry Measurements With a Probabilistic Relaxation"
                              " Algorithm"), t[18]
    assert t[19]["title"].startswith("Crime Prediction with Historical Crime"), t[19]
    assert t[41]["title"] == "Cokriging method for spatio-temporal assimilation of multi-scale satellite data", t[41]
    assert t[42]["title"] == "Intelligent learning system based on HMM model", t[42]
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' (or '*<tab>') bullet is an entry (26: lines 8-11, 14-21, 24-28, 31-37 journal, 41-42 conference),"
        " one line each; title = the plain text between the year '(2021). ' / '(2020) ' / '(2015, July). ' /"
        " ', 2020. ' (or, at 17 and 19 which have no year there, the last author initial) and the venue (italic"
        " '*Venue*' after '. ' or ', '; 'In 2015 IEEE ...' for the conference papers; 'Social Science' at 17). The"
        " italic year labels '*2021:*' etc., headings, the 'More conference proceedings' line and the Liquid loop are"
        " not entries.",
        "Read all 55 lines; compared -v with every one of the 26 bullets: tab bullets 9/11, the indented 41, year"
        " without period (14, 15, 26, 33), year after the authors without parentheses (18), no year before the title"
        " (17, 19), comma before the venue (9, 21), the cover-story note of 15 left out; DOIs from the doi.org links"
        " of every line except 36 (scirp.org link, but its link text 'DOI:10.4236/ajcc.2013.22016' gives the DOI).",
    )


if __name__ == "__main__":
    main()
