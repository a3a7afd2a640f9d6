"""Wild42 truth for rojasirvin/ECNII2020 lecturas.md (newest commit d82e42e): the reading list ("Lista de lecturas",
in Spanish) of a 2020 graduate applied-econometrics course (Econometría II, Mexico) -- microeconometrics applied to
development, labour, health, energy, migration and regional economics (binary/count/censored models, IV, panel,
duration, quantile, field experiments, peer effects, shift-share and spatial econometrics).

Shape: ``## Lista de lecturas`` (1), an intro paragraph (3), then week labels in italics (``*Prerrequisitos*``,
``*Semana 1*`` ... ``*Semana 15*``) each followed by ``+ `` bullets, one reading per physical line, no links or
ids anywhere.  Readings are APA-like ``Authors (Year). Title. *Journal*, vol(issue), pages.``, many prefixed by a
bold method label naming what the student presents (``+ **Poisson + VI**: Hirvonen, K., ...``); optional readings
start with ``*`` (11, 59) or an escaped ``\\*`` (81); a few venues are not italicised (30 "Energy.", 38 "SSRN
Working Paper 3354753.", 60 "Institute for Fiscal Studies.") and one italic is misplaced (88 "A*merican Economic
Journal...*").  The textbook readings are abbreviations with chapters: ``+ W, Capítulos 1-4`` (Wooldridge) and
``+ CT, Capítulo 4 (secciones 4.1 – 4.4).`` (Cameron & Trivedi) -- 15 such bullets.

Entries (38): every bullet citing an author-year work -- journal articles, the SSRN working paper (38), a handbook
chapter (82 Sacerdote 2011, a survey in the Handbook of the Economics of Education) and 60 Wooldridge (2012) "Panel
data models with heterogeneity and endogeneity", Institute for Fiscal Studies (cemmap course material cited like
a report; kept as a report-like entry since the list cites it as an institutional work with author, year and
title).  Not entries: the 15 textbook-chapter bullets (W/CT: books), the week labels, the intro.
Title: the text after "(Year). " up to the first '. ' (the APA separator); a '?' before the separator is kept and
the '.' after it dropped (62 "...time allocations?", 82 "...thus far?"); inner '? ' does not end a title (33, 50,
77).  39 keeps the bilingual title as the file (and the journal, Estudios Económicos) writes it, "Obesity and labor
market outcomes in Mexico/Obesidad y el mercado de trabajo en México".  Method labels and the optional '*' are not
part of the title.  Ids: none (the file writes none).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "rojasirvin__ECNII2020__lecturas@d82e42e.md"
PART = "wild42_development"

YEAR = re.compile(r"\((?:19|20)\d\d\)\. ")
TEXTBOOK = re.compile(r"^\+ (?:W|CT), Cap[íi]tulos? ")
SEP = re.compile(r"\?\. |\. ")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Lista de lecturas" and lines[84] == "*Semana 15*"
    papers, books = [], []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("+ "):
            continue
        if TEXTBOOK.match(ln):
            books.append(i)
            continue
        m = YEAR.search(ln)
        assert m, (i, ln)
        rest = ln[m.end():]
        e = SEP.search(rest)
        title = rest[: e.start()]
        if rest[e.start()] == "?":
            title += "?"
        assert title in ln, (i, title)
        papers.append(entry(lines, i, i, title))
    assert len(books) == 15, books
    t = {p["line"]: p["title"] for p in papers}
    assert t[10] == "Undergraduate Econometrics Instruction: Through Our Classes, Darkly"
    assert t[11] == "Identification in macroeconomics"
    assert t[33] == ("What drives the use of ridehailing in California? Ordered probit models of the usage frequency "
                     "of Uber and Lyft")
    assert t[39] == "Obesity and labor market outcomes in Mexico/Obesidad y el mercado de trabajo en México"
    assert t[60] == "Panel data models with heterogeneity and endogeneity"
    assert t[62] == ("The intergenerational effects of paternal migration on schooling and work: What can we learn "
                     "from children's time allocations?")
    assert t[77] == ("Are Emily and Greg more employable than Lakisha and Jamal? A field experiment on labor market "
                     "discrimination")
    assert t[82] == ("Peer effects in education: How might they work, how big are they and how much do we know thus "
                     "far?")
    assert t[88] == "Task specialization, immigration, and wages"
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    assert len(papers) == 38, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '+ ' bullet citing an author-year work (articles, an SSRN working paper, a handbook chapter, an IFS "
        "report-like item), with or without a bold method label or optional '*' marker, is an entry; title = text "
        "after '(Year). ' to the first '. ' ('?' kept); the W/CT textbook-chapter bullets and week labels are not "
        "entries; no ids.",
        "Whole file (89 lines) read against the -v output: all 53 bullets (38 citations, 15 W/CT textbook-chapter "
        "bullets), each title's start after the year and end at the separator, the labelled bullets, optional "
        "'*'/'\\*' readings 11/59/81, '?.' endings 62/82, inner '? ' in 33/50/77, bilingual 39, non-italic venues "
        "30/38/60, misplaced italic 88.",
    )


if __name__ == "__main__":
    main()
