"""Wild45 truth for roguehistory/Syllabus docs/Syllabus4XXX/6.Resources/CourseBibliography.md (newest commit c5b7d7c):
the course bibliography of a history/archaeology course on Byzantine history, numismatics, public history, museology,
cultural heritage and digital humanities (humanities; Obsidian-based syllabus).

Shape: 365 lines, LF, UTF-8, no front matter.  ``##``/``###``/``####`` topic headings ("General Theoretical and
Methodological Approaches ...", "Byzantine Historiography:", "Archaeology and Numismatics:", "Museology:", "Digital
Methods and Theory:" ...), ``---`` rules, then records in an archaeology author-date style (SAA / American Antiquity
like): an unindented author line (``Hamilakis, Yannis.``, ``Kemmers, Fleur, and Nanouschka Myrberg.``, sometimes
without the final period, sometimes with trailing spaces) followed by one or more TAB-indented year records
``\\t2016   Title. In _Book_, editors ..., pp. 15-40. Publisher, Place.`` -- one line per work, the author line
written once for all of an author's works (Curta 76-77, Hamilakis 89-91, Lockyear 100-101, Stouraitis 130-132,
Cuno 209-210, Huggett 278-279).  Long lines carry runs of spaces (a former hard wrap flattened) and, at 11, a TAB inside
the italics.  Book titles are italic right after the year (``*...*`` or ``_..._``); article and chapter titles are plain,
followed by an italic journal or ``In _Book_``.  The closing part (306-365) lists web pages, databases, Obsidian and
Google-Sheets tutorials, podcasts and tools as bare ``[name](url)`` lines and bullets.  The newest commit dropped the DOI
links the earlier versions had; only 97 keeps one (in bare brackets, ``[https://doi.org/10.1017/S1380203811000146]``).

Entries (61): of the 95 year records, every one that is an article, a chapter/contributed section of an edited volume (including the
"Introduction" chapters, 41 53 56 67 144), a conference paper (173 Gazi, 300 Palma) or a dissertation chapter (107
Rassalle, "ProQuest Dissertations Publishing").  Decisions:
- Books are not entries: every record whose text starts with an italic title (monographs, edited volumes such as 260
  Brughmans et al. and 297 Heath ed., 216 Sayles, 246 Roddick's workshop handout, 237 Ahrens ...) -- 32 records.
- 115 Betancourt in *The Conversation* (news commentary, "Accessed ...") and 291 Caraher "Legacy Data, Digital Heritage,
  and Time" (a post of the wordpress blog *Archaeology of the Mediterranean World*, as its URL shows) are not scholarly
  papers: not entries.
- 110 Thompson 1954 "Coins: From the Roman through the Venetian Period. _The Athenian Agora_ 2, ..." is written like an
  article in a series (plain title, italic container), so it is counted as the file writes it.
- 32 Spivak: the title is the quoted "Can the Subaltern Speak?" (the rest, "revised edition, from the “History” chapter
  of ...", is the description).
- Span: the first record under an author line spans the author line and the record; later records by the same author
  span their own line only (the author line is not repeated) -- so 90 Hamilakis' chapter, which follows his book at 89,
  spans 90 alone.
Title = the plain text between the year and the container: cut before ``. In`` + italics, before the italic journal
(``. _J_``, ``. *J*``, ``._J_`` at 76, `` _J_`` without a period at 278, ``, _J_`` at 279) -- the final period is the
separator.  Ids: 97's bracketed DOI; no other record has a DOI or arXiv id.  Not entries: headings, rules, the web-resource
lines and the tool bullets.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "roguehistory__Syllabus__docs__Syllabus4XXX__6.Resources__CourseBibliography@c5b7d7c.md"
PART = "wild45_development"

RECORD = re.compile(r"^\t(\d{4})\.?\s+(\S.*)$")
AUTHOR = re.compile(r"^[A-ZÀ-Ž][^\t\[#|-].*$")
# the container that follows a plain title: ". In _Book_", ". _Journal_", "._Journal_", " _Journal_", ", _Journal_"
CONTAINER = re.compile(r"(?:\.\s*In\s+[_*]|\s+In\s+[_*]|[.,]?\s*[_*])")
NOT_PAPERS = {115: "news commentary (The Conversation)", 291: "blog post (wordpress)"}


def title_of(i: int, rest: str) -> str:
    if i == 32:  # Spivak: quoted title, then a description of the edition
        m = re.match(r"“([^”]+)”", rest)
        assert m
        return m.group(1)
    m = CONTAINER.search(rest)
    assert m, (i, rest)
    return rest[: m.start()].strip().rstrip(".").strip()


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 366 and lines[-1] == "", len(lines)
    papers = []
    books = []
    author_at = None  # line of the author line the next record belongs to
    first_of_author = False
    for i, ln in enumerate(lines, 1):
        if i >= 306:
            break  # web pages, podcasts, tools
        m = RECORD.match(ln)
        if not m:
            if ln.strip() and not ln.startswith(("#", "---", "\t")):
                assert AUTHOR.match(ln), (i, ln)
                author_at, first_of_author = i, True
            continue
        assert author_at, i
        rest = m.group(2)
        first = author_at if first_of_author else i
        first_of_author = False
        if rest.startswith(("*", "_")):
            books.append(i)
            continue
        if i in NOT_PAPERS:
            continue
        papers.append(entry(lines, first, i, title_of(i, rest)))
    t = {p["end"]: p["title"] for p in papers}
    span = {p["end"]: p["line"] for p in papers}
    assert len(books) == 32, len(books)
    assert 110 in t and 107 in t and 115 not in t and 291 not in t
    assert t[11] == ("Byzantium on the Web: New Technologies at the Service of Museums and Educational Institutions "
                     "for the Presentation of Byzantine Culture")
    assert t[14] == "Subaltern voices? Finding the spaces between things and words"
    assert t[32] == "Can the Subaltern Speak?"
    assert t[41] == "Introduction: The Invention of Byzantium in Early Modern Europe"
    assert t[50] == ("From 'Empire of the Greeks' To 'Byzantium'. The Politics of a Modern Paradigm Shift")
    assert t[53] == "Introduction" and t[56] == "Introduction" and t[67] == "Introduction"
    assert t[76] == "Coins, Forts and Commercial Exchanges in the Sixth- and Early Seventh-Century Balkans"
    assert t[77] == "Ethnicity, Archaeology and Nationalism: Remarks on the Current State of Research"
    assert t[107] == "Coins and how to properly excavate, publish, and read them - Ancient Synagogue Coins"
    assert t[110] == "Coins: From the Roman through the Venetian Period"
    assert t[159] == "History Museums and Identity: Finding “Them,” “Me,” and “Us” in the Gallery"
    assert t[232] == ("The Digital Enhancement of a Discipline Byzantine Sigillography and Digital Humanities: "
                      "Byzantine Sigillography and Digital Humanities")
    assert t[278] == "Capturing the Silences in Digital Archaeological Knowledge"
    assert t[279] == "Is Big Digital Data Different? Towards a New Archaeological Paradigm"
    assert t[303] == "How Can We Engage Students with Digital Objects? A Numismatic Case Study"
    # first work of an author spans the author line; later works their own line
    assert span[76] == 75 and span[77] == 77 and span[90] == 90 and span[91] == 91
    assert span[130] == 129 and span[131] == 131 and span[132] == 132 and span[278] == 277 and span[279] == 279
    assert [p["end"] for p in papers if p["doi"]] == [97]
    assert next(p for p in papers if p["doi"])["doi"] == "10.1017/s1380203811000146"
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 61, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each TAB-indented year record under an author line that is an article, book chapter/introduction, "
        "conference paper or dissertation chapter is an entry (books -- records opening with an italic title -- and the "
        "news piece at 115 and blog post at 291 are not); the first work of an author spans the author line and its "
        "record, later works their own line; title = the plain text between the year and '. In _Book_' or the italic "
        "journal (the quoted title at 32); DOI only at 97; the web-resource part (306-365) has no entries.",
        "Whole file read against the -v output: every section start and end (4-32, 40-59, 63-110, 114-132, 140-165, "
        "169-200, 205-219, 225-232, 236-246, 250-285, 290-303), the 32 book records (italic first), the multi-work "
        "authors (Curta 76-77, Hamilakis 89-91, Lockyear 100-101, Stouraitis 130-132, Cuno 209-210, Huggett 278-279), "
        "the Introduction chapters (41, 53, 56, 67, 144), Spivak's quoted title (32), Kaldellis' title with an inner "
        "period (50), Curta's '._' joint (76), Huggett's containers without a period (278) and after a comma (279), the "
        "excluded news commentary (115) and blog post (291), Thompson's series volume (110) and the dissertation "
        "chapter (107); only 97 keeps a DOI; the web pages and tool bullets after 306 are not entries.",
    )


if __name__ == "__main__":
    main()
