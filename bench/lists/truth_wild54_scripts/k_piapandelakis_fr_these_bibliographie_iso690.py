"""Wild54 truth for piapandelakis/these-online ``bibliographie.md``: the bibliography of a French film-studies PhD
thesis (American action cinema, heroes, masculinity, superheroes), newest commit (c9edb75, 2016-08-23).

Shape: 1045 lines (no final newline), 64 KB, 409 blank-line separated paragraphs, about 400 references in the French
ISO 690 / NF Z 44-005 style, one paragraph each (a few wrapped over two or three lines: 56-57, 179-180, 260-261,
573-574, 920-922, 1030-1031, and several online items).  ``# Bibliographie`` (1), then ``##Ouvrages généraux`` style
section lines written without the space after ``##`` (3, 101, 208, 448, 636, 710, 742, 860; 940 and 983 have it),
pseudo sub-headings written as list items (``-   Théorie`` 6, ``-   Hollywood`` 104, ...), and ``####`` sub-sub-
headings (121, 250, ...).
A reference is ``**SURNAME Firstname**. <title part>. <publication part>``:
- book: ``*Italic title*. Place : Publisher, YEAR, NNN p.`` (sometimes ``(dir.)``, ``2<sup>e</sup> éd.``, a
  translator note, a series in parentheses; a few without italics: 134, 195, 820, 887);
- book chapter: ``"Quoted title". In : EDITOR (dir.). *Book*. Place : Publisher, YEAR, p. X-Y.`` (unquoted
  ``Préface. In :`` 147, ``Avant-Propos. In :`` 333, ``Introduction. In :`` 370; ``In : In :`` 972);
- periodical article: ``Plain title. *Periodical*, season/month YEAR, vol.N, n°N, p. X-Y.`` (titles may hold
  italics: ``The Contradictions of *Minority Report*`` 490; ``*Clues,*`` with the comma inside the italics 271);
- thesis: ``*Title*, 1048 p. Thèse : Lettres : Aix-Marseille I : 1996.`` (283, 297) and a ``Mémoire (*Honorary
  Thesis*)`` (523);
- online items ``... \\[ en ligne \\]. <site>. <date>. Disponible sur : &lt;URL&gt; (consulté le ...)`` (newspaper
  pieces, web pages, dictionaries, Wikipedia), exhibitions (``Exposition *...*`` 457, 576), a conference talk (346)
  and a course (960).

Decisions (what is an entry):
- Entries = book chapters (every reference with ``In :``), signed periodical articles (a periodical in italics
  followed by volume/issue and a page or page range, with no page count ``NNN p.``) and theses (283, 297, 523).
  Periodical articles are counted whether the periodical is an academic journal (*Screen*, *Cinema Journal*) or a
  criticism/culture magazine (*Positif*, *Cahiers du Cinéma*, *Entertainment Weekly*, *Wired*): the bibliography
  cites them alike and the line between them is not drawn here.
- Not entries: books (monographs, edited volumes, dictionaries, translations, comics and novels under ``Les
  super-héros : ouvrages de fiction`` including the comic-book issues ``"Death of Spider-Man". *Ultimate Comics
  Spider-Man*, vol. 4, n°156-160, ..., 120 p.`` 985), every ``[ en ligne ]`` item (journalism and web pages), the
  exhibitions, the talk and the course.
- Span = the reference's paragraph (first line to the line before the blank line).
- Title: chapter = the quoted text before ``In :`` without its outer quotes (inner quotes kept: ``'They Call Me
  "Action Woman" ', The Marketing ...`` 427), or the bare word (``Préface``); article = the text between the bold
  author and the italic periodical, markup removed, the trailing ``. Interview avec ...`` description dropped (500,
  529; 529's quoted title loses its quotes), stray quotes kept as written (535 ``"OH NO! I'M A NERD!": ... Forum"``,
  601 ``The Man for His Time" The Big Lebowski ...``); 537 starts with a second author outside the bold (``**LATERELL
  Carmen M**., WILSON Janelle L. Nerds? or Nuts? ...``), which is not title text; thesis = the italic title.
- No ids: the file has no DOI or arXiv link.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "piapandelakis__these-online__bibliographie@c9edb75.md"
PART = "wild54_development"

AUTHOR = re.compile(r"^\*\*(?P<author>[^*]+?)\*\*\.?,?\s*")
PAGES = re.compile(r"\bp\.[ \u00a0]?\d")
PAGE_COUNT = re.compile(r"\d+[ \u00a0]p(?:\.|ages)")
PERIODICAL = re.compile(r"\*(?P<j>[^*]+?)(?:\*(?=,| \\#)|,\*)")
HEADING = re.compile(r"^(?:#{1,4} ?\S|-   \S)")


def paragraphs(lines: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, text) of every blank-line separated block that is not a heading."""
    out, start = [], None
    for n, ln in enumerate(lines + [""], 1):
        if ln.strip() and not HEADING.match(ln):
            if start is None:
                start = n
            continue
        if start is not None:
            out.append((start, n - 1, " ".join(x.strip() for x in lines[start - 1:n - 1])))
            start = None
    return out


def kind(text: str) -> str:
    if "[ en ligne" in text:
        return "online"
    if text.startswith("Exposition"):
        return "exhibition"
    if "Thèse :" in text or "Mémoire (" in text:
        return "thesis"
    if "In :" in text:
        return "chapter"
    if PAGES.search(text) and not PAGE_COUNT.search(text) and PERIODICAL.search(text):
        return "article"
    return "other"


def unmark(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("*", "")).strip()


def title_of(k: str, text: str, first: int) -> str:
    m = AUTHOR.match(text)
    assert m, (first, text)
    rest = text[m.end():]
    if first == 537:  # second author written after the bold first one
        rest = rest.removeprefix("WILSON Janelle L. ")
    if k == "thesis":
        return unmark(re.match(r"\*(?P<t>.+?)\*", rest).group("t")).rstrip(",")
    if k == "chapter":
        t = unmark(rest[: rest.index("In :")]).rstrip(" .")
        if t.startswith('"'):
            t = t[1:]
            t = t[: t.rindex('"')] if t.endswith('"') else t
        return t.strip()
    j = PERIODICAL.search(rest)
    t = unmark(rest[: j.start()]).rstrip(" .")
    t = re.sub(r"\. Interview avec [^.]+(?:\. [^.]+)*$", "", t)
    if first == 529:
        t = t.strip('"')
    return t


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Bibliographie", lines[0]
    papers = []
    counts: dict[str, int] = {}
    for first, last, text in paragraphs(lines):
        k = kind(text)
        counts[k] = counts.get(k, 0) + 1
        if k not in ("chapter", "article", "thesis"):
            continue
        papers.append(entry(lines, first, last, title_of(k, text, first)))
    t = {p["line"]: p for p in papers}
    assert 985 not in t and 864 not in t and 346 not in t and 960 not in t
    assert (t[8]["title"], t[147]["title"], t[333]["title"], t[370]["title"]) == (
        "La Chambre claire", "Préface", "Avant-Propos", "Introduction")
    assert t[129]["title"] == "'Child of Commerce! Bastard of Art!'. Early Film Melodrama", t[129]
    assert t[427]["title"].startswith("'They Call Me \"Action Woman\" ', The Marketing of Mimi Leder"), t[427]
    assert t[197]["title"] == "John Ford: A Reassessment", t[197]
    assert (t[260]["end"], t[260]["title"]) == (
        261, 'Darkening Ethan: John Ford\'s "The Searchers" (1956) from Novel to Screenplay to Screen'), t[260]
    assert t[271]["title"].endswith("in Chandler's The Big Sleep and The Coen Brothers' The Big Lebowski"), t[271]
    assert t[279]["title"] == "Dirty Harry : le western urbain à la racine des années 1980", t[279]
    assert t[283]["title"].startswith("La plaie à vif : le héros tragique"), t[283]
    assert t[500]["title"] == "Extrasensory Perception", t[500]
    assert t[529]["title"] == "Gossip Is Philosophy", t[529]
    assert t[537]["title"] == "Nerds? or Nuts? Pop Culture Portrayals of Mathematicians", t[537]
    assert t[490]["title"] == "The Contradictions of Minority Report", t[490]
    assert (t[920]["end"], t[920]["title"]) == (922, "Introduction: Once Upon a Time Once Again"), t[920]
    assert t[972]["title"] == "Le masque et la menace", t[972]
    assert t[1024]["title"] == "Critique de Spider-Man 3", t[1024]
    assert all(p["title"] and p["arxiv"] is None and p["doi"] is None for p in papers)
    assert counts == {"chapter": 75, "other": 193, "online": 40, "article": 96, "exhibition": 2, "thesis": 3}, counts
    assert len(papers) == 174, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every blank-line separated reference paragraph (headings and list-item pseudo-headings aside) was classed by"
        " its ISO 690 form: book chapters ('In :', 75), signed periodical articles (italic periodical + issue/volume +"
        " page or page range, no page count; journals and criticism magazines alike, 96) and theses/mémoire (3) are"
        " entries (174); books and edited volumes, fiction and comics (incl. the comic issues 985), '[ en ligne ]'"
        " items (journalism, web pages, dictionaries, 40), exhibitions (2), a colloquium talk (346) and a course (960)"
        " are not.  Title = the chapter's quoted title (outer quotes removed), the article's text between the bold"
        " author and the italic periodical (markup removed, '. Interview avec ...' dropped), the thesis's italic"
        " title; span = the whole paragraph.",
        "Read all 1045 lines; checked the class of every paragraph through the counts and by scanning each section:"
        " books without italics (134, 195, 820, 887) and the 'Théorème n°13' volume (864) fall to books, the comic"
        " issues 985 are kept out, 500 (no n°) is an article; compared -v titles for all 75 chapters (nested/odd"
        " quotes 129, 225, 427, 477, 738, 950, italics 279, 'In : In :' 972, bare Préface/Avant-Propos/Introduction)"
        " and all 96 articles (italic words inside titles 271, 490, 496, 614, 978, 1024, 1033; stray quotes 535, 601;"
        " second author 537; interviews 500/529), the wrapped spans 260-261, 920-922, 1030-1031; no ids.",
    )


if __name__ == "__main__":
    main()
