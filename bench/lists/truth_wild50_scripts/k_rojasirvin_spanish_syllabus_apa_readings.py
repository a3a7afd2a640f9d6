"""Wild50 truth for rojasirvin/EPS2020 lecturas.md: the Spanish reading list ("Lista de lecturas") of a 2020
graduate course on impact evaluation of social programs (CIDE, Mexico), newest commit (364bf6b, 2020-11-02).

Shape: 229 lines, 25 KB, no URLs or DOIs at all.  ``## Lista de lecturas`` (1) and a Spanish paragraph (3) saying
required readings carry ``*`` and presentation readings ``+``.  Then ``*Semana N*`` week lines (italic, 6-224),
each with topic bullets (``* Inferencia causal``, ``+ Evaluación por métodos experimentales`` 22 and ``+
Replicabilidad ...`` 193 use ``+``) and nested ``  + `` bullets holding APA-style references, optionally marked with an
escaped ``\\*`` (required) or ``\\+`` (to be presented) right after the bullet (``\\*Athey`` 227 without a space):
``  + \\* Freedman, D. A. (1991). Statistical models and shoe leather. *Sociological methodology*, 291-313.``.  Some
nested bullets are textbook-chapter pointers by abbreviation (``GMPRV, Capítulo 1`` 8, ``\\* MHE, Capítulo 2`` 12,
``\\* GMPRV, 3`` 13, ``CT, Capítulo 25, Sección 3`` 25, ``MM, Capítulo 2`` 26 ...).

Special cases:
- 82: a reference written without a bullet (``Cameron, A. C., y Miller, D. L. (2015). A practitioner's guide ...``),
  a lazy continuation of the ``MHE, Capítulo 8`` item (81); still its own reference, an entry.
- 120: ``Angrist, J., Estimating the Labor Market Impact ..., *Econometrica* 66(2), 1998, 249-288.`` has no
  ``(year).`` (title between the author and the italic journal).
- References without an italic venue (working papers, NBER, manuscripts: 44, 62, 64, 76, 149, 156, 170, 173, 174,
  187, 188, 189, 190, 210, 214, 228): title taken by hand (asserted to occur in the line).
- ``The`` glued before the italic journal (``... experiment. The *Quarterly journal of economics*`` 37, 129), ``In
  *Handbook ...*`` (63, 68, 212), ``Forthcoming in *Oxford Economic Papers*`` (87): not title text.
- Typos and spacing kept as written (``MisProfesores. com`` 225, the three spaces in 198 collapse).
- Chapters in handbooks / edited volumes (15, 53, 63, 68, 76, 201, 207, 212) are entries (book chapters).

Decisions:
- Entry = every APA-style reference line (nested bullet or the bare line 82); title = the text after ``(year). ``
  up to the italic venue, with a closing ``.`` and a trailing ``The``/``In``/``Forthcoming in`` dropped; a ``?``
  ending the title is kept.
- Not entries: textbook-chapter pointers (``MHE``/``GMPRV``/``MM``/``CT`` + chapter; chapters of single textbooks,
  not separate works), week lines, topic bullets, the intro paragraph.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "rojasirvin__EPS2020__lecturas@364bf6b.md"
PART = "wild50_development"

TEXTBOOK = re.compile(r"^  \+ (?:\\\* )?(?:GMPRV|MHE|MM|CT), (?:Capítulo \d+|\d+)")
REF = re.compile(r"^(?:  \+ )?(?:\\[*+] ?)?(?P<ref>[A-Z][^()]*?\((?P<year>\d{4})\)\.\s+(?P<rest>.+))$")
TAIL = re.compile(r"(?:\s*\.)?\s*(?:The|In|Forthcoming in)?\s*$")
HAND = {
    44: "Creating Coexistence: Intergroup Contact and Soccer in Post-ISIS Iraq",
    62: "How research affects policy: Experimental evidence from 2,150 Brazilian municipalities",
    64: "Should the randomistas (continue to) rule?",
    76: "Multiple hypothesis testing",
    149: "Regression kink design: Theory and practice",
    120: "Estimating the Labor Market Impact of Voluntary Military Service Using Social Security Data on Military"
    " Applicants",
    156: "Natural experiments based on geography",
    170: "Synthetic difference in differences",
    173: "The effect of doubling the minimum wage and decreasing taxes on inflation in Mexico",
    174: "Abortion Laws and Women's Health",
    187: "The surrogate index: Combining short-term proxies to estimate long-term treatment effects more rapidly and"
    " precisely",
    188: "The Impact of Free Secondary Education: Experimental Evidence from Ghana",
    189: "Do conditional cash transfers improve economic outcomes in the next generation? Evidence from Mexico",
    190: "The Twenty Year Economic Impacts of Deworming in Kenya",
    210: "Innovation and Diffusion of Medical Treatment",
    214: "Peer effects and the use of subsidized goods: A structural econometric model of a health promotion program"
    " in rural China",
    228: "Infrastructure quality assessment in Africa using satellite imagery and deep learning",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Lista de lecturas", lines[0]
    papers = []
    textbook = 0
    for n, ln in enumerate(lines, 1):
        if n < 6:
            continue
        if TEXTBOOK.match(ln):
            textbook += 1
            continue
        if n in HAND:
            assert HAND[n] in ln, (n, ln)
            papers.append(entry(lines, n, n, HAND[n]))
            continue
        m = REF.match(ln)
        if not m:
            assert not ln.startswith("  +"), (n, ln)
            continue
        rest = m.group("rest")
        assert "*" in rest, (n, ln)
        title = TAIL.sub("", rest[: rest.index("*")])
        papers.append(entry(lines, n, n, title))
    assert textbook == 23, textbook
    for p in papers:
        assert p["title"] and not re.search(r"[*\\]|\(\d{4}\)|\.$", p["title"]), p
    t = {p["line"]: p for p in papers}
    assert t[9]["title"] == "Statistical models and shoe leather", t[9]
    assert t[37]["title"] == "Cash or condition? Evidence from a cash transfer experiment", t[37]
    assert t[63]["title"] == "Randomization in the tropics revisited: a theme and eleven variations", t[63]
    assert t[82]["title"] == "A practitioner’s guide to cluster-robust inference", t[82]
    assert t[87]["title"] == "Can Hope Elevate Microfinance? Evidence from Oaxaca, Mexico", t[87]
    assert t[100]["title"] == "How much should we trust differences-in-differences estimates?", t[100]
    assert t[158]["title"] == "National or sub-national parties: Does party geographic scope matter?", t[158]
    assert t[198]["title"].startswith("Statistical tests, P values"), t[198]
    assert t[225]["title"] == "Gender stereotypes: The case of MisProfesores. com in Mexico", t[225]
    assert t[227]["title"] == "Machine learning methods that economists should know about", t[227]
    assert t[229]["title"] == "Big data: New tricks for econometrics", t[229]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 129, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entry = every APA-style reference line under the week/topic bullets (nested '  + ' bullets with optional"
        " '\\*'/'\\+' marks, plus the bare unbulleted line 82); title = the text after '(year). ' up to the italic"
        " venue, closing '.' and a trailing 'The'/'In'/'Forthcoming in' dropped ('?' kept); references with no italic"
        " venue (working papers, NBER, manuscripts) and 120 (no '(year).') titled by hand. Textbook-chapter pointers"
        " (MHE/GMPRV/MM/CT + chapter, 23), week lines and topic bullets are not entries. No URLs, so no ids.",
        "Read all 229 lines; compared -v for every entry against its line: the 17 hand titles, 'The'/'In'/"
        "'Forthcoming in' tails (37, 63, 68, 87, 129, 212), '?'-ending titles (100, 158, 189, 64), the bare line 82,"
        " 120 without a year in parentheses, chapters in handbooks (15, 53, 201, 207, 212), the 23 textbook pointers"
        " skipped.",
    )


if __name__ == "__main__":
    main()
