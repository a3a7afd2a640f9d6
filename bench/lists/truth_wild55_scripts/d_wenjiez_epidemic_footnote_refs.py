"""Wild55 truth for WenjieZ/2019-nCoV academic/epidemiology/README.md: research notes on time-varying epidemic
models (transmission-rate models, particle MCMC, state-space models) whose papers are cited only through Markdown
footnotes, newest commit touching the file (fc0d776).

Shape: 137 lines.  ``## Objective`` (1), ``## Keywords`` (6), ``## State of the art`` (22) with method bullets that
cite papers by footnote markers (``- Cubic B-splines  [^DaiHa2011mechanistic]``), ``## Trivia`` (74), ``## Appendix``
(85) with two paper-notes headings, ``##### <paper title>  [^key]`` (86, 103), each followed by notes and images, and
``## References`` (111): one footnote definition a line, ``[^Key]: body`` (113-129, then after three blank lines
133-136).  The bodies mix three styles: a bare title (``[^Althaus2014estimating]: Estimating the Reproduction Number
of Ebola Virus ( EBOV ) During the 2014 Outbreak in West Africa``), a full author-year citation (``[^Dureau2013capturing]:
Dureau, J., ... (2013). Capturing the time-varying drivers ... systems. *Biostatistics* __14__(3), 541-555``; 116 and
135 put the year after the authors with a comma: ``..., 2015. Title. *PLoS Currents*,.``), or nothing at all (120
``[^Dureau2018ssm]: `` and 128 ``[^vanLeeuwen2017flu]: ``).

Special cases:
- The footnote markers in the body text (25-83, 93, 95) are citations of the reference list, not entries.
- 120 and 128 are empty footnotes: the key names a work (author, year, a word of the title) but the file gives no
  citation text.  They are kept as entries with no title (the reference list has a slot for the paper).
- 133 (Kurtz 1981, *Approximation of population processes*, a SIAM monograph) and 136 (Wahba 1990, *Spline models for
  observational data*, a SIAM book) are books: not entries.
- 86 and 103 are headings that name a paper by its full title (the same papers as footnotes 119 and 123) and carry
  notes about it: entries (a paper card), title = the heading text without the footnote marker.
- Titles keep the file's spelling and spacing quirks (``( EBOV )``, ``Inference for Nonlinear epidemiological models``).
- No DOI or arXiv id appears anywhere in the file.

Decisions:
- Entry = each footnote definition of the References section except the two books (113-129 and 134-135, 19 lines,
  2 of them empty) plus the two paper headings of the Appendix (86, 103): 21 entries.
- Title = the bare-title body as written; for a full citation, the text between the year (``(2013). `` or ``, 2015. ``)
  and the next period; for a heading, the heading text before ``[^``; none for the empty footnotes.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "WenjieZ__2019-nCoV__academic__epidemiology__README@fc0d776.md"
PART = "wild55_development"

FOOT = re.compile(r"^\[\^(?P<key>[^\]]+)\]: ?(?P<body>.*)$")
HEAD = re.compile(r"^#{5} (?P<title>[A-Z][^\[]+?)\s+\[\^[^\]]+\]$")
# a full citation: "Authors (2013). Title. Venue" or "Authors, 2015. Title. Venue"
CITED = re.compile(r"^.+?(?:\(\d{4}\)\.|, \d{4}\.) (?P<title>.+?)\. ")
BOOKS = {133, 136}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[110] == "## References", lines[110]
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        h = HEAD.match(ln)
        if h:
            papers.append(entry(lines, n, n, h.group("title")))
            continue
        m = FOOT.match(ln)
        if not m:
            continue
        if n in BOOKS:
            skipped.append(n)
            continue
        body = m.group("body").strip()
        if not body:
            title = None
        else:
            c = CITED.match(body)
            title = c.group("title") if c else body
        papers.append(entry(lines, n, n, title))
    assert skipped == sorted(BOOKS), skipped
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [86, 103, *range(113, 130), 134, 135], sorted(by)
    assert by[86]["title"] == "Capturing the time-varying drivers of an epidemic using stochastic dynamical systems"
    assert by[103]["title"].endswith("elimination of Ebola from Lofa County, Liberia"), by[103]
    assert by[113]["title"].startswith("Estimating the Reproduction Number of Ebola Virus ("), by[113]
    assert by[116]["title"].startswith("Temporal Changes in Ebola Transmission in Sierra Leone"), by[116]
    assert by[116]["title"].endswith("a Real-time Modelling Study"), by[116]
    assert by[119]["title"] == by[86]["title"], by[119]
    assert by[120]["title"] is None and by[128]["title"] is None
    assert by[121]["title"] == "Mechanistic modelling of the three waves of the 1918 influenza pandemic", by[121]
    assert by[125]["title"] == (
        "Inference for Nonlinear epidemiological models using genealogies and time series"), by[125]
    assert by[135]["title"] == "Mathematical modeling of infectious disease dynamics", by[135]
    assert all(p["doi"] is None and p["arxiv"] is None for p in papers)
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are the footnote definitions '[^Key]: body' of the References section (113-129, 134-135) except the"
        " two SIAM books (Kurtz 1981 at 133, Wahba 1990 at 136), plus the two Appendix headings that name a paper by"
        " its full title and carry notes about it (86, 103).  The in-text footnote markers are citations, not"
        " entries.  Title = the body when it is a bare title; for a full author-year citation the text after the"
        " year up to the next period; for a heading the text before the footnote marker; none for the two empty"
        " footnotes (120 '[^Dureau2018ssm]: ', 128 '[^vanLeeuwen2017flu]: '), kept as entries with no title.",
        "Read all 137 lines; compared -v with every footnote definition and both headings: bare titles kept as"
        " written ('( EBOV )' 113), the title cut of the four full citations (116 with ', 2015.' and a double space"
        " before 'Study', 119, 121, 125) and of 135, the empty footnotes 120/128, the skipped books 133/136, and that"
        " the file has no DOI or arXiv id.",
    )


if __name__ == "__main__":
    main()
