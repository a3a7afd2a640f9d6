"""Wild29 truth for hannesullrich/bse_gc_aae_2024 README.md: syllabus of a PhD/Master course
"Advanced Applied Econometrics" (Summer 2024), one "#### References" list per lecture.

Shape: each reading is a "- " bullet paragraph (one line, except 57-58 which wraps) in economics
citation style: "Author(s) (Year), Title, *Journal, vol*(issue), pages." or "Author. Year. “Title.”
*Journal* ..."; compulsory readings are wrapped in **bold**; some carry a doi.org link or a PDF URL.
Title: the quoted text when the record quotes it (“...” / "..."), else the text between the
"(Year)" / "Year." and the journal/series that follows, as the file writes it.

Entries: every reference bullet under "#### References"/"#### Reference" whose subject is a
scholarly work: journal articles, working/discussion papers (79, 152, 160), review papers, and
handbook chapters (206 Berry & Haile, 236 Rust 1994, 248 Keane/Todd/Wolpin) which are survey
articles.  Not entries: the textbook chapters of Cunningham's "Causal Inference: The Mixtape"
(57-58, 73, 97, 118, 144) and of Angrist & Pischke's "Mostly Harmless Econometrics" (91), the
books Judd (179), Train (187) and Wolpin (191), and Haile's lecture slides (175).  The bullet at
166-167 ("Methodology fights" Angrist and Pischke (2010), ...) only names papers inline and is
not a record.  Special cases: 99 and 101 are the same Roth et al. paper listed twice (two
entries; 99 writes "inDifference"); 103 (Bietenbeck et al. 2023) names no title (title None,
DOI given); 183's title contains inner single quotes that are kept.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "hannesullrich__bse_gc_aae_2024__README@b04d8bb.md"
PART = "wild29_development"

NOT_ENTRIES = {57, 73, 91, 97, 118, 144, 175, 179, 187, 191}

# line -> title as the file writes it (None: the record names no title)
TITLES = {
    51: "Unobservable Selection and Coefficient Stability: Theory and Evidence",
    53: "Selection on Observed and Unobserved Variables: Assessing the Effectiveness of Catholic Schools",
    55: "Channeling Fisher: Randomization Tests and the Statistical Insignificance of Seemingly Significant Experimental Results",
    60: "Who teaches the teachers? A RCT of peer-to-peer observation and feedback in 181 schools",
    71: "Salience and Taxation: Theory and Evidence",
    75: "Does Direct Democracy Hurt Immigrant Minorities? Evidence from Naturalization Decisions in Switzerland",
    77: "The Good, The Bad and The Average: Evidence on Ability Peer Effects in Schools",
    79: "Autonomous Schools, Achievement and Segregation",
    93: "The War on Poverty’s Experiment in Public Medicine: Community Health Centers and the Mortality of Older Americans",
    95: "How much should we trust differences-in-differences estimates?",
    99: "What’s Trending inDifference-in-Differences? A Synthesis of the Recent Econometrics Literature",
    101: "What’s Trending in Difference-in-Differences? A Synthesis of the Recent Econometrics Literature",
    103: None,
    105: "Social Housing, Neighborhood Quality and Student Performance",
    120: "Better LATE Than Nothing: Some Comments on Deaton (2009) and Heckman and Urzua (2009)",
    122: "Profiling Compliers and Noncompliers for Instrumental Variable Analysis",
    124: "Multiple Experiments for the Causal Link between the Quantity and Quality of Children",
    126: "Children and Their Parents’ Labor Supply: Evidence from Exogenous Variation in Family Size",
    128: "The Colonial Origins of Comparative Development: An Empirical Investigation",
    130: "Can Women Have Children and a Career? IV Evidence from IVF Treatments",
    146: "Peer effects in program participation",
    148: "The Persistent Effects of Peru’s Mining Mita",
    150: "Why High-Order Polynomials Should Not Be Used in Regression Discontinuity Designs",
    152: "Is voting really habit-forming and transformative? Long-run effects of earlier eligibility on turnout and political involvement from the UK",
    154: "Regression Discontinuity Designs in Economics",
    156: "Manipulation of the running variable in the regression discontinuity design: A density test",
    158: "Working Life and Human Capital Investment: Causal Evidence from Pension Reform",
    160: "Home broadband and human capital formation",
    171: "The Credibility Revolution in Empirical Economics: How Better Research Design is Taking the Con out of Econometrics",
    173: "The Limits of Inference Without Theory",
    177: "Building Bridges Between Structural and Program Evaluation Approaches to Evaluating Policy",
    181: "Structural vs. Atheoretic Approaches to Econometrics",
    183: "Comments on: ‘Structural vs. atheoretic approaches to econometrics’ by Michael Keane",
    185: "The Limits of Inference with Theory: A Review of Wolpin",
    189: "Structural models of family labor supply: A discrete choice approach",
    202: "Estimating Discrete Choice Models of Product Differentiation",
    204: "Automobile Prices in Market Equilibrium",
    206: "Foundations of Demand Estimation",
    208: "Best Practices for Differentiated Products Demand Estimation with pyblp",
    220: "Automobile Prices in Market Equilibrium",
    222: "Best Practices for Differentiated Products Demand Estimation with pyblp",
    232: "Identifying dynamic discrete decision processes",
    234: "Optimal replacement of GMC bus engines: An empirical model of Harold Zurcher",
    236: "Structural estimation of Markov decision processes",
    248: "The Structural Estimation of Behavioral Models: Discrete Choice Dynamic Programming Methods and Applications",
    250: "The Career Decisions of Young Men",
    262: "Female Labour Supply, Human Capital and Welfare Reform",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_refs = False
    seen = set()
    for i, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            in_refs = bool(re.match(r"#### References?\s*$", ln))
            continue
        if not in_refs or not ln.startswith("- "):
            continue
        if i in NOT_ENTRIES:
            continue
        assert i in TITLES, (i, ln)
        last = i
        while last < len(lines) and lines[last].strip() and not lines[last].startswith("- "):
            last += 1  # a bullet wrapped onto the next line
        papers.append(entry(lines, i, last, TITLES[i]))
        seen.add(i)
    assert seen == set(TITLES), set(TITLES) ^ seen
    for p in papers:
        if p["title"]:
            own = re.sub(r"[*“”\"]", "", " ".join(lines[p["line"] - 1 : p["end"]]))
            assert p["title"] in own, p
    assert len(papers) == 47, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each reference bullet under a lecture's '#### References' that cites an article, working paper "
        "or handbook chapter is an entry (textbook chapters, books and slides are not); title is the quoted "
        "or citation-position title as written, None for the one record without a title.",
        "Every bullet of the file checked by eye against the output (all 47 entries and the 10 excluded "
        "book/slides bullets); titles and DOIs compared with the lines.",
    )


if __name__ == "__main__":
    main()
