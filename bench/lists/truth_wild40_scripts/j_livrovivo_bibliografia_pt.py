"""Wild40 truth for instituto-Rafael/LivroVivo_ThisBookLives BIBLIOGRAPHY.md: the "Bibliografia
Acadêmica Completa / Complete Academic Bibliography" of a Brazilian author's "Livro Vivo" /
RAFAELIA framework repository -- bilingual Portuguese/English headings, references in APA style (English
titles) each followed by Portuguese annotation sub-bullets ("**Relevância:** ...").

Shape: 451 lines.  Twelve topic sections "## N. Computação Hiperdimensional / Hyperdimensional Computing
(8+ refs)" (7-389), each a numbered list restarting at 1: the item line is "N. **Authors** (Year). Title.
*Journal*, vol(no), pages." and 1-2 indented sub-bullets follow ("   - DOI: 10...." / "   - ISBN: ..." and
always "   - **Relevância:** <Portuguese note>"); items are separated by blank lines.  Then "## Sumário
Quantitativo", "## Bases de Dados Consultadas" (a numbered list of 8 databases, 408-415: Google
Scholar, Web of Science, ... -- not entries), usage notes and the compiler's signature.
Books vs papers: the list writes a book's title in italics right after "(Year). " ("*The Fractal Geometry
of Nature*. W.H. Freeman", mostly with an ISBN sub-bullet -- the file itself says books are the ones
marked with ISBN) and a paper's title in roman with the journal in italics.  Not entries: the 49
italic-title monographs, textbooks and handbooks (including Carnap 1950 without ISBN, D'Imperio 1978 "The
Voynich Manuscript: An Elegant Enigma" published by the NSA, the edited Oxford Handbook 376 and the
National Academies book "Facilitating Interdisciplinary Research" 384, which has an ISBN as well as a DOI).
Entries (39): the 38 roman-title references -- journal articles, conference and workshop papers (Grover
STOC, Reddy & Knight ACL-HLT workshop 247), the encyclopedia article Heylighen 2001 (93) and the book
chapters Ashby 1962 (96) and Bennett 1988 (154) ("Title. In Editors (Eds.), *Book* (pp. ...)") -- plus the
NIST technical report "Report on Post-Quantum Cryptography" (NISTIR 8105, 224, italic title, no ISBN).
Lines = the numbered item line through its last sub-bullet; title = the text after "(Year). " up to the
". *" before the italic venue or the ". In " before a chapter's editors ("An elegant hoax? A possible
solution to the Voynich manuscript" 239 keeps its "?"); 224 = its italic title.  DOIs from the "- DOI:"
sub-bullets (27 entries give one); no arXiv ids.  39 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "instituto-Rafael__LivroVivo_ThisBookLives__BIBLIOGRAPHY@2b74399.md"
PART = "wild40_development"

ITEM = re.compile(r"^(\d+)\. \*\*(.+?)\*\*(?: \(Eds\.\)\.)? \((\d{4})\)\. (.*)$")
PAPER_TITLE = re.compile(r"^(.+?)\. (?:\*|In [A-Z])")
BOOK_TITLE = re.compile(r"^\*(.+?)\*")
REPORTS = {224: "NISTIR 8105"}
SECTION = re.compile(r"^## (\d+)\. ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    books = []
    section = None
    per_section = {}
    for n, text in enumerate(lines, 1):
        s = SECTION.match(text)
        if s:
            section = int(s.group(1))
            continue
        if text.startswith("## "):
            section = None  # summary, databases, usage notes
            continue
        m = ITEM.match(text)
        if not m:
            if section and re.match(r"^\d+\. ", text):
                raise AssertionError(n)
            continue
        assert section is not None, n
        last = n
        while last < len(lines) and lines[last].startswith("   - "):
            last += 1
        assert last > n and "**Relevância:**" in lines[last - 1], n
        rest = m.group(4)
        if rest.startswith("*"):
            if n in REPORTS:
                assert REPORTS[n] in rest, n
                papers.append(entry(lines, n, last, BOOK_TITLE.match(rest).group(1)))
                per_section[section] = per_section.get(section, 0) + 1
            else:
                books.append(n)
            continue
        title = PAPER_TITLE.match(rest).group(1)
        papers.append(entry(lines, n, last, title))
        per_section[section] = per_section.get(section, 0) + 1

    assert per_section == {1: 8, 3: 2, 4: 2, 5: 4, 6: 4, 7: 5, 8: 5, 9: 1, 10: 6, 11: 1, 12: 1}, per_section
    assert len(books) == 49, len(books)
    assert len(papers) == 39, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered reference of the 12 topic sections whose title is in roman type after '(Year). ' "
        "(journal articles, conference/workshop papers, an encyclopedia article, two book chapters) is an entry, "
        "plus the NISTIR 8105 technical report (224); the 49 italic-title books/handbooks and the numbered list "
        "of databases (408-415) are not; lines = item line through its DOI/ISBN/Relevância sub-bullets; title = "
        "text after '(Year). ' up to '. *' or '. In ', the report's italic title.",
        "Read all 451 lines: every numbered item's form (roman title + italic venue vs italic title + publisher "
        "+ ISBN) checked by eye against the books/papers split, per-section counts 8/0/2/2/4/4/5/5/1/6/1/1, the "
        "chapters 96 and 154 ('. In Editors'), the title with '?' 239, the report 224 and the ISBN+DOI book 384, "
        "every DOI sub-bullet compared with the -v output, the databases list 408-415 and the usage notes.",
    )


if __name__ == "__main__":
    main()
