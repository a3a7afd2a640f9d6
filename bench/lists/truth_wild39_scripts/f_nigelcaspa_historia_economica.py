"""Wild39 truth for NigelCaspa/historiaeconomica bibliografia.md: the "Bibliografía" page of a
Bolivian university course site on economic history (Historia Económica, Jekyll "beautiful-jekyll"
page), an alphabetical APA-7 bibliography in Spanish -- mostly Spanish titles, some English --
mixing books, edited volumes, book chapters, journal articles, working papers and a thesis.

Shape: 210 lines.  Front matter (1-8), a Spanish introduction (9-13), "## Bibliografía" (15), then 92
references, one paragraph (one line) each, separated by blank lines (17-199), then whitespace-only
lines.  APA form "Authors (Year). Title. *Source*, *vol*(issue), pages." -- the record type shows in
the markup:
- a title in italics right after the year ("*Title*. Publisher.", some wrapped in a download link
  "*[Title](pdf)*" or "[*Title*](url)") is a book or an edited volume ("(Eds.). (1990). *...*") --
  not an entry, except four italic-titled works that are not books: the working papers of Caspa 2020
  (49, "Working-paper") and Kehoe et al. 2019 (101, NBER "No w25523"), the doctoral thesis of
  Henriques 2016 (81, "[Tesis Doctoral, UNED]") and the congress paper of Peres-Cajías 2011 (143,
  "X Congreso Internacional de la AEHE") -- entries;
- a plain (or linked "[Title](pdf)") title followed by an italic journal is a journal article --
  entry (Calderón 2003, 45, writes its journal "Retornos" unitalicised); "Reseñas. *Data*" (Hillman
  1996, 83) is a review article in the journal Data -- entry, its title "Reseñas";
- a plain or linked title followed by "En *Book*" / "En Eds. (Eds.), *Book*" is a chapter in an
  edited volume (Historia monetaria de Bolivia, Bolivia su historia, La era de las exportaciones, ...)
  or a working-paper series (Arbona 2020, 23, "En *Working Paper*") -- entry.
Not entries besides the books: Acemoglu & Robinson 2014 (17), "Claves para comprender la prosperidad
y la pobreza", a chapter of the authors' own book (the excerpt of a book, not a separate work);
Tandeter 1992 "minga y kajcha" (191), likewise a chapter of his own monograph listed at 189; the
anonymous 1830 "Bosquejo del estado ... riqueza nacional de Bolivia" (21), a historical primary source
reprinted in a book; Read 2015 (165), a column in the news magazine *The Economist*; Marçal 2016
(123) and Korol & Tandeter 1999 (111, written "Korol, Juan Carlos, y Enrique Tandeter. [Title](pdf).
Buenos Aires: FCE, 1999."), books with linked plain titles; Barragán et al. (Eds.) 2019 (29), an
edited volume with a linked plain title.
Entry = each of the remaining 47 references (single lines).  Title = the link text for linked
titles, the text inside the italics for the four italic-titled entries, else the text between
"(Year). " and the source (the first ". " or "? " followed by "*" or "En "), the closing "." dropped
and "?" kept ("¿Crisis postcolonial en las economías sudamericanas?"), inner quotes kept as written.
No DOIs or arXiv ids.  47 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "NigelCaspa__historiaeconomica__bibliografia@b73ff53.md"
PART = "wild39_development"

REF = re.compile(r"^(?P<auth>.+?) \((?P<year>\d{4}[ab]?)\)\. (?P<rest>.+)$")
LINKED = re.compile(r"^\[(?P<title>[^\]]+)\]\([^)]+\)\. (?P<after>.+)$")
ITALIC = re.compile(r"^\*(?:\[(?P<lt>[^\]]+)\]\([^)]+\)|(?P<t>[^*]+))\*")
SOURCE = re.compile(r"(?<=[.?”])\s+(?:En\s|\*)")
ITALIC_WORKS = {49: "Working-paper", 81: "Tesis Doctoral", 101: "No w25523", 143: "Congreso"}
NOT_WORKS = {17: "Claves para comprender", 21: "Bosquejo del estado", 29: "Trabajos y trabajadores",
             111: "Korol", 123: "Quién le hacía la cena", 165: "The Economist", 191: "minga y kajcha"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    books = []
    for n, text in enumerate(lines, 1):
        if n < 17 or not text.strip():
            continue
        if n in NOT_WORKS:
            assert NOT_WORKS[n] in text, n
            continue
        m = REF.match(text)
        assert m, n
        rest = m.group("rest")
        if rest.startswith(("*", "[*")):
            if n not in ITALIC_WORKS:
                books.append(n)
                continue
            assert ITALIC_WORKS[n] in rest, n
            i = ITALIC.match(rest)
            title = i.group("lt") or i.group("t")
        elif rest.startswith("["):
            lk = LINKED.match(rest)
            assert lk and (lk.group("after").startswith(("*", "En ")) or n == 45), n
            title = lk.group("title")
        else:
            s = SOURCE.search(rest)
            assert s, n
            title = rest[: s.start()].removesuffix(".")
        papers.append(entry(lines, n, n, title))

    assert len(books) + len(papers) + len(NOT_WORKS) == 92, (len(books), len(papers))
    assert len(books) == 38, len(books)
    assert len(papers) == 47, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each APA reference paragraph that is a journal article, a chapter in an edited volume, a working "
        "paper, a thesis or a congress paper is an entry; books and edited volumes (italic title after the year, "
        "or the linked plain titles of 29, 111, 123), two chapters of their authors' own monographs (17, 191), "
        "the reprinted 1830 primary source (21) and The Economist column (165) are not; title = the link text, "
        "the italic text for the four italic-titled non-books, else the text before the source ('. *' or '. En').",
        "Read all 210 lines: each of the 92 references classified by hand (italic title = book; the italic "
        "working papers 49, 101, thesis 81, congress paper 143; chapters 'En ...' told apart as edited-volume "
        "chapters vs. the own-monograph chapters 17 and 191; the unitalicised journal of 45; the review 83), all "
        "47 titles compared with the -v output (the '?' of 71, the curly quotes of 45 and 61, titles "
        "containing '. ' such as 141, 147, 153, 159).",
    )


if __name__ == "__main__":
    main()
