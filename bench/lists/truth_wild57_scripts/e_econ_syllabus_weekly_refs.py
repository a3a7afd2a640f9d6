"""Wild57 truth for AppliedEconBerlin/bse_gc_aae_2025 README.md: the syllabus of "Advanced Applied
Econometrics -- Summer 2025" (Berlin School of Economics graduate course at DIW Berlin), newest commit
touching it (cb7ba3d).

Shape: 286 lines.  Title, lecturers and course organisation bullets (1-34: ECTS, dates, grading, "Compulsory
reading in bold."), then "## Lectures" and "## Lectures - Part 2" with one ``###`` heading per session
(41, 71, 91, 118, 143, 183, 214, 231, 245, 259, 273) holding topic bullets and a ``#### References`` (or
``#### Reference``, 265, 279) sub-heading followed by reference bullets, one blank line between bullets.
"### Exam (July 18)" closes the file.

The reference bullets mix citation styles:
- ``Author, First (Year), Title, *Journal, Vol*(No).`` (56, 63), APA ``Altonji, J. G., ... (2005), Title.
  Journal ...`` (58), ``Dahl, G. B., ... (2014). Title. *Journal*`` (155), ``Gelman, A. and G. Imbens (2019):
  Title.`` (159), Chicago ``Imbens, Guido W. 2010. “Title.” *Journal*`` (129, 137, 139), quoted titles with a
  comma inside the quotes ``(1994), “Title,” *Rand Journal ...*`` (221-227, 251, 253), first-name-first
  ``Raj Chetty, Adam Looney, and Kory Kroft (2009), Title, *American Economic Review ...*`` (79-87, 100-114).
- Compulsory readings are wrapped in bold ``**...**`` (79, 81, 106, 127-133, 153, 194, 208, 221, 223, 239,
  241, 253, 255, 269, 281); at 65 only a stray closing ``**`` is left, at 81 the bold closes before the URL.
- Titles keep the file's quotes and apostrophes: ``What’s Trending ...`` (108), ``Peru’s Mining Mita`` (157),
  ``Comments on: ‘Structural vs. atheoretic approaches to econometrics’ by Michael Keane`` (202).

Special cases:
- 60-61: the Angrist-Krueger handbook chapter wraps onto a second line (61 starts ``and David Card, eds.,``):
  one entry on two lines.  Its quoted text is ``“Chapter 23 - Empirical Strategies in Labor Economics,”``;
  the chapter number is a locator, title = ``Empirical Strategies in Labor Economics``.
- 112: ``Jan Bietenbeck, ... (2023), *European Economic Review*, vol. 154. https://doi.org/...`` names no
  title at all: an entry with title None (its DOI is kept).
- 108 and 110 are the same Roth et al. reference twice in a row (110 adds a space before the URL): two
  entries.  Berry-Levinsohn-Pakes and Conlon-Gortmaker are listed in sessions 7 and 8 (223/239, 227/241):
  one entry per listing.
- Textbooks and slides are cited like papers: Causal Inference: The Mixtape chapters (65, 81, 106, 127, 153:
  ``Causal Inference: The Mixtape, Chapter “Panel Data”``), Mostly Harmless Econometrics chapter 5.2 (100),
  Judd's *Numerical Methods in Economics* (198), Train's book (206), Wolpin's MIT Press book (210) and
  Haile's slides (194).  They are reference bullets of the reading list and are kept as entries; for a
  textbook chapter the title is the book's title (the chapter name is a locator, like a page range).
- Handbook chapters (60, 225, 255, 267) are entries titled by the chapter title.
- 185-186 (``- **Methodology fights** Angrist and Pischke (2010), Frijters (2013), ...``) are topic bullets
  with author-year pointers to the references below: not entries.  Course-organisation and topic bullets
  are not entries.
- DOIs come from doi.org links (67, 85, 112, 114, 167); no arXiv ids.

Decisions:
- Entry = every bullet under a ``#### Reference(s)`` heading (until the next heading), with its wrapped
  continuation lines: 58 entries.
- Title = the cited work's title as written, without surrounding quotes, bold, closing period/comma,
  authors, year, journal or URL; listed by hand per line and asserted to occur verbatim in the bullet.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "AppliedEconBerlin__bse_gc_aae_2025__README@cb7ba3d.md"
PART = "wild57_development"

MIX = "Causal Inference: The Mixtape"
BLP = "Automobile Prices in Market Equilibrium"
PYBLP = "Best Practices for Differentiated Products Demand Estimation with pyblp"
ROTH = "What’s Trending in Difference-in-Differences? A Synthesis of the Recent Econometrics Literature"
TITLES = {
    56: "Unobservable Selection and Coefficient Stability: Theory and Evidence",
    58: "Selection on Observed and Unobserved Variables: Assessing the Effectiveness of Catholic Schools",
    60: "Empirical Strategies in Labor Economics",
    63: "Channeling Fisher: Randomization Tests and the Statistical Insignificance of Seemingly Significant"
    " Experimental Results",
    65: MIX,
    67: "Who teaches the teachers? A RCT of peer-to-peer observation and feedback in 181 schools",
    79: "Salience and Taxation: Theory and Evidence",
    81: MIX,
    83: "Does Direct Democracy Hurt Immigrant Minorities? Evidence from Naturalization Decisions in Switzerland",
    85: "The Good, The Bad and The Average: Evidence on Ability Peer Effects in Schools",
    87: "Autonomous Schools, Achievement and Segregation",
    100: "Mostly Harmless Econometrics: An Empiricist’s Companion",
    102: "The War on Poverty’s Experiment in Public Medicine: Community Health Centers and the Mortality of Older"
    " Americans",
    104: "How much should we trust differences-in-differences estimates?",
    106: MIX,
    108: ROTH,
    110: ROTH,
    112: None,
    114: "Social Housing, Neighborhood Quality and Student Performance",
    127: MIX,
    129: "Better LATE Than Nothing: Some Comments on Deaton (2009) and Heckman and Urzua (2009)",
    131: "Profiling Compliers and Noncompliers for Instrumental Variable Analysis",
    133: "Multiple Experiments for the Causal Link between the Quantity and Quality of Children",
    135: "Children and Their Parents’ Labor Supply: Evidence from Exogenous Variation in Family Size",
    137: "The Colonial Origins of Comparative Development: An Empirical Investigation",
    139: "Can Women Have Children and a Career? IV Evidence from IVF Treatments",
    153: MIX,
    155: "Peer effects in program participation",
    157: "The Persistent Effects of Peru’s Mining Mita",
    159: "Why High-Order Polynomials Should Not Be Used in Regression Discontinuity Designs",
    161: "Is voting really habit-forming and transformative? Long-run effects of earlier eligibility on turnout"
    " and political involvement from the UK",
    163: "Regression Discontinuity Designs in Economics",
    165: "Manipulation of the running variable in the regression discontinuity design: A density test",
    167: "Working Life and Human Capital Investment: Causal Evidence from Pension Reform",
    169: "Home broadband and human capital formation",
    190: "The Credibility Revolution in Empirical Economics: How Better Research Design is Taking the Con out of"
    " Econometrics",
    192: "The Limits of Inference Without Theory",
    194: "Models, Measurement, and the Language of Empirical Economics",
    196: "Building Bridges Between Structural and Program Evaluation Approaches to Evaluating Policy",
    198: "Numerical Methods in Economics",
    200: "Structural vs. Atheoretic Approaches to Econometrics",
    202: "Comments on: ‘Structural vs. atheoretic approaches to econometrics’ by Michael Keane",
    204: "The Limits of Inference with Theory: A Review of Wolpin",
    206: "Discrete Choice Methods with Simulation",
    208: "Structural models of family labor supply: A discrete choice approach",
    210: "The limits of inference without theory",
    221: "Estimating Discrete Choice Models of Product Differentiation",
    223: BLP,
    225: "Foundations of Demand Estimation",
    227: PYBLP,
    239: BLP,
    241: PYBLP,
    251: "Identifying dynamic discrete decision processes",
    253: "Optimal replacement of GMC bus engines: An empirical model of Harold Zurcher",
    255: "Structural estimation of Markov decision processes",
    267: "The Structural Estimation of Behavioral Models: Discrete Choice Dynamic Programming Methods and"
    " Applications",
    269: "The Career Decisions of Young Men",
    281: "Female Labour Supply, Human Capital and Welfare Reform",
}

REFS = re.compile(r"^#### References?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    spans: list[list[int]] = []
    in_refs = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            in_refs = bool(REFS.match(ln))
            continue
        if not in_refs:
            continue
        if ln.startswith("- "):
            spans.append([n, n])
        elif ln.strip() and spans and spans[-1][1] == n - 1:
            spans[-1][1] = n  # wrapped continuation line
    papers = []
    for first, last in spans:
        assert first in TITLES, (first, lines[first - 1])
        title = TITLES[first]
        text = " ".join(lines[first - 1 : last])
        assert title is None or title in text, (first, title)
        papers.append(entry(lines, first, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 58, len(papers)
    assert set(by) == set(TITLES)
    assert by[60]["end"] == 61 and all(p["end"] == p["line"] for p in papers if p["line"] != 60)
    assert by[112]["title"] is None and by[112]["doi"] == "10.1016/j.euroecorev.2023.104431", by[112]
    assert by[67]["doi"] == "10.1016/j.econedurev.2021.102091", by[67]
    assert by[85]["doi"] == "10.1086/663592", by[85]
    assert by[167]["doi"] == "10.1016/j.labeco.2023.102426", by[167]
    assert by[56]["doi"] is None and all(p["arxiv"] is None for p in papers)
    assert 185 not in by and 186 not in by and 8 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet under a '#### References' / '#### Reference' heading (to the next heading) is one"
        " entry, with its wrapped continuation line (60-61).  Title = the cited work's title as written"
        " (no quotes, bold, closing punctuation, authors, year, journal, URL), listed by hand per line and"
        " asserted to occur in the bullet; a handbook chapter's 'Chapter 23 - ' prefix is dropped; textbook"
        " chapters (Mixtape, Mostly Harmless) are titled by the book; the bullet naming no title (112) has"
        " title None.  Topic bullets with author-year pointers (185-186) and organisation bullets are not"
        " entries; repeated references count once per listing.",
        checked="Read every reference bullet of the 11 sessions against the -v output: title boundaries in each"
        " citation style (APA, Chicago with curly quotes, quoted-with-comma, first-name-first, bold compulsory"
        " readings), the two-line handbook entry, the untitled Bietenbeck et al. entry, the doubled Roth et al."
        " bullet, repeats across sessions 7/8, and the five doi.org DOIs.",
    )


if __name__ == "__main__":
    main()
