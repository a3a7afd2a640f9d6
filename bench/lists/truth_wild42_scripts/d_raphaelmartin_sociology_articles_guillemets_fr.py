"""Wild42 truth for raphaelmartin/docs docs/bibliographie/articles/index.md (newest commit ae8d03e): the "Articles"
page of a French sociology student's Docusaurus notes -- journal articles read (sociology of sexuality, education,
digital platforms and algorithms, health, work, family; a few in English), a sibling of the "Ouvrages" (books) and
"Vidéos" pages.

Shape: front matter (1-4), ``# Du 18-09 au 24-09`` (6), a numbered list 1.-10. (8-17), ``<hr />`` (19), then a
``* `` bullet list (21-48).  Every record is one line ``**Author**. Title`` / ``**A** et **B**. Title`` /
``**Author**, et al. Title`` -- surname(s) in bold, no year, no venue, no link or id anywhere.  The title is either
wrapped whole in guillemets ``«...»`` (delimiters) or written bare; in 15, 39, 42, 44 guillemets quote only the first
part of the title (``«Ils ont demandé justice pour le chat martyr». Dans les coulisses ...``) and are part of it.

Entries (37): every record whose work is a journal piece -- research articles, four book reviews whose title is the
reviewed book's reference (11 Proulx on Granjon, 33 Rieffel on Boltanski & Esquerre, 35 Attard on Raynaud's
"Sociologie fondamentale", 38 Bichurina on Malo Morvan's "Classer nos manières de parler, classer les gens"), an
interview published in a journal (30 "Entretien avec Bernard Lahire"), a translated 1939 essay (24 Parsons
"Liberté académique (1939)"), and a popular-science journal column (28 Delahaye "L'embarrassant paradoxe de
Simpson", Pour la Science -- listed among the articles, kept).
Not entries: 41 "**Le blog de l'Insee**. En balade avec l'Insee sur l'échelle des salaires" (a blog post), the
heading, the ``<hr />``.
Title: the text after the bold author part and '. '; whole-line guillemets removed (a line whose title starts with
'«' and ends with '»'), partial guillemets kept; a final '.' (inside or outside the guillemets: 11, 33, 35, 38)
dropped; '?'/'!' kept; inner straight quotes kept (8 «L'homosexualité "situationnelle" ...», 27).  Ids: none.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "raphaelmartin__docs__docs__bibliographie__articles__index@ae8d03e.md"
PART = "wild42_development"

REC = re.compile(r"^(?:\d+\.|\*) \*\*[^*]+\*\*(?: et \*\*[^*]+\*\*)?(?:, et al\. |\. )(.+)$")
NOT_PAPERS = {41}  # Le blog de l'Insee: a blog post


def title_of(rest: str) -> str:
    t = rest.strip()
    if t.startswith("«") and t.endswith("»") and t.count("«") == 1:
        t = t[1:-1]
    return t.removesuffix(".")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[5] == "# Du 18-09 au 24-09" and lines[18] == "<hr />"
    papers, skipped = [], []
    for i, ln in enumerate(lines, 1):
        if i <= 6 or not ln.strip() or ln == "<hr />":
            continue
        m = REC.match(ln)
        assert m, (i, ln)
        if i in NOT_PAPERS:
            skipped.append(i)
            continue
        papers.append(entry(lines, i, i, title_of(m.group(1))))
    assert skipped == [41]
    t = {p["line"]: p["title"] for p in papers}
    assert t[8] == "L’homosexualité \"situationnelle\" en prison: une catégorie au service de l’ordre hétérosexuel?"
    assert t[11] == ("Granjon (Fabien), Classes populaires et usages de l’informatique connectée. Des inégalités "
                     "sociales-numériques")
    assert t[15] == ("«Ils ont demandé justice pour le chat martyr». Dans les coulisses numériques d’une indignation "
                     "collective")
    assert t[21] == "Des inégalités pour atteindre l’excellence dans l’enseignement supérieur et la recherche ?"
    assert t[24] == "Liberté académique (1939)"
    assert t[35] == ("Dominique RAYNAUD. – Sociologie fondamentale. Étude d’épistémologie, Paris, Éditions "
                     "Matériologiques, 2021, 492 pages")
    assert t[38] == "Malo Morvan. Classer nos manières de parler, classer les gens"
    assert t[42].startswith("«Pas de crise, soyez coopérative !» : les conditions")
    assert t[48] == "Enquêter sur la sexualité et la classe"
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    assert len(papers) == 37, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered or '* ' record '**Author**[ et **B**][, et al.]. Title' is an entry (articles, journal book "
        "reviews, an interview, a translated essay, a popular-science column) except the Insee blog post; title = "
        "the text after the author part, whole-line guillemets removed (partial ones kept), final '.' dropped; no "
        "ids.",
        "Whole file (48 lines, 38 records) read against the -v output: every record's author part (bold pairs 'et', "
        "', et al.'), each title with whole vs partial guillemets (15/39/42/44 partial kept), final '.' of the "
        "review titles 11/33/35/38, '?'/'!' kept, the blog post 41 excluded, reviews/interview/essay/column "
        "decisions.",
    )


if __name__ == "__main__":
    main()
