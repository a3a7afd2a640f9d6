"""Wild51 truth for labmopt/labmopt.github.io ``publicaciones.md``: the Spanish-language publication page
("Publicaciones") of a Mexican optical-micromanipulation lab (UNAM, Karen Volke-Sepúlveda / Alejandro V. Arzola),
taken at 2f49a98 (2018-08-20), the last commit holding this path: the next commit (9bf4522) renamed it to
``publications.md`` and the page has since been rewritten in English, so the Spanish page survives only up to
2f49a98.

Shape: 62 lines, 5.3 KB.  Jekyll front matter (1-5, ``title: Publicaciones``), then ``### YEAR`` headings (2018 7,
2017 18, 2016 27, 2015 34, 2014 42, 2013 48, 2012 52, 2011 56, 2009 60), each over ``1.`` items (every item numbered
``1.``, Markdown renumbers them; some ``1.`` followed by a tab, 28-38), one reference per line, blank lines between.  A
reference is ``Authors, “Title,” Journal **vol**: pages (year).`` with the title in curly quotes, often as the link
text (``[“Title,”](url)``), twice in straight quotes (40, 50: ``["Title,"](url)``), with optional ``[arXiv:NNNN](...)``
/ ``[pdf](...)`` links after it.  The Spanish shows in the conjunction ``y`` (11, ``Enrique Puga Cital y Alejandro V.
Arzola``) next to English ``and`` elsewhere.

Special cases:
- 2018 items are preprints with no venue: 9 and 11 end ``“Title”. [arXiv:...](...)``; 13 is a bare quoted title
  ``“Light-induced waveguides in a colloid of biosynthesized Gold Nanoparticles.”`` with no link or venue.
- 15 ``Karen Volke-Sepúlveda,[“Generation ...,”](url)`` has no space before the link.
- 23 ``<img src="/imagenes/LX15487cvr.jpg" ...>`` (a journal cover) and 25 ``[Optical lattices: Reconfigurable ratchet
  (Highlight in Nature Photonics)](https://www.nature.com/articles/nphoton.2017.68)``, an unnumbered link to a Nature
  Photonics research highlight about the lab's 2017 PRL: a news piece, not one of the lab's papers; not an entry.
- Titles keep the file's typos: ``propierties`` and ``nanocoloids`` (32), ``Transpor`` (58).

Decisions:
- Entry = each ``1.`` item (18); title = the text inside the first pair of quotes (curly or straight), its trailing
  ``,`` / ``.`` dropped.
- Not entries: front matter, year headings, the cover image 23 and the highlight link 25.
- Ids: arXiv from the ``arxiv.org/abs`` links (9, 11, 21, 50, 58); DOIs from ``aip.scitation.org/doi/`` (15), APS
  ``/abstract/10.1103/...`` (50, 58) and Wiley ``/doi/abs/`` (54) links; none from OSA ``abstract.cfm`` links or the
  PRL cover link (21).
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "labmopt__labmopt.github.io__publicaciones@2f49a98.md"
PART = "wild51_development"

ITEM = re.compile(r"^1\.[ \t]+(?P<text>.+)$")
YEAR = re.compile(r"^### (?:19|20)\d\d$")
QUOTED = re.compile(r"[“\"](?P<title>[^”\"]+)[”\"]")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "title: Publicaciones"
    papers = []
    others = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            if ln.strip() and not YEAR.match(ln) and n > 5:
                others.append(n)
            continue
        q = QUOTED.search(m.group("text"))
        assert q, (n, ln)
        title = q.group("title").strip().rstrip(",.").strip()
        papers.append(entry(lines, n, n, title))
    assert others == [23, 25], others
    assert len(papers) == 18, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[9]["title"], t[9]["arxiv"]) == (
        "High-Performance Reconstruction of Microscopic Force Fields from Brownian Trajectories", "1808.05468"), t[9]
    assert (t[13]["title"], t[13]["arxiv"], t[13]["doi"]) == (
        "Light-induced waveguides in a colloid of biosynthesized Gold Nanoparticles", None, None), t[13]
    assert t[15]["doi"] == "10.1063/1.5016864", t[15]
    assert t[32]["title"] == "Nonlinear optical propierties of dielectric nanocoloids: particle size and concentration effects"
    assert t[40]["title"].startswith("Complex rotational dynamics"), t[40]
    assert (t[50]["arxiv"], t[50]["doi"]) == ("1306.4176", "10.1103/physreve.87.062910"), t[50]
    assert t[54]["doi"] == "10.1002/jez.b.22007", t[54]
    assert t[58]["title"] == "Experimental Control of Transpor and Current Reversals in a Deterministic Optical Rocking Ratchet"
    write_truth(
        NAME,
        PART,
        papers,
        "Every '1.' item under the '### YEAR' headings is an entry (18), title = the text inside its first pair of curly"
        " or straight quotes with the trailing ',' or '.' dropped (typos kept); the journal-cover image 23 and the"
        " unnumbered Nature Photonics highlight link 25 are not entries.",
        "Read all 62 lines; compared -v for all 18 items: curly-quoted titles bare (13, 19, 28-38) and as link text,"
        " straight quotes 40/50, the no-space link 15, tab after '1.' (28-38), the venue-less 2018 preprints 9/11/13,"
        " typos 'propierties'/'nanocoloids' 32 and 'Transpor' 58; ids: arXiv 9/11/21/50/58, DOIs 15 (AIP), 50/58 (APS"
        " abstract links), 54 (Wiley), none from OSA or the PRL cover link.",
    )


if __name__ == "__main__":
    main()
