"""Wild42 truth for caetanoronan/projeto-mestrado-marinho Bibliografia_Biodiversidade_Invasoes.md (newest commit
f414809): a Brazilian master's applicant's annotated bibliography (in Portuguese) for a project on biodiversity loss
and marine biological invasions on coastal islands of Santa Catarina (REBIO Arvoredo, Ilha do Campeche) -- island
biogeography, benthic ecology, the invasive sun coral Tubastraea, marine protected areas, ecological statistics.

Shape: a title block (1-6), a section outline (10-16, headings only), then numbered ``## N. SECTION`` headings with
``### Subtopic`` headings.  Each reference is one physical paragraph line written as
``**Authors (Year).** Title. *Journal*, vol(issue), pages.`` (APA-like, bold author-year, italic venue) directly
followed by its annotation, a blockquote line ``> **Relevância:** ...`` (or ``> **⭐ ESSENCIAL:** ...``).  No links
or ids anywhere in the file.  Later sections (PELD notes, UFSC labs, journals, databases, software, contacts, a
reading plan citing "refs 2, 9, 24") are not references.  Section 16 (400-413) is a checklist of works to read,
``- [ ] **Creed et al. (2017)** - Invasão de *Tubastraea* (COMPLETO)``: author-year keys pointing back at works of
the bibliography, with a Portuguese note instead of a title.

Entries (49 = 42 references + 7 checklist items):
- every reference paragraph whose work is an article, a chapter in an edited volume (53 Bruno & Bertness in
  *Marine Community Ecology*; 131 Hostim-Silva et al. in *Marine Protected Areas - Brazil*), a symposium/workshop
  paper (142 Horta et al. 2008, 150 Schettini et al. 1996) or a journal paper presenting software (229 CPCe);
  the entry spans the reference line and its annotation line;
- the checklist items naming a paper or chapter of the bibliography (401 Creed 2017, 402 Mantelatto 2011,
  403 Hostim-Silva 2006, 404 Horta 2008, 411 Spalding 2007, 412 Orensanz 2002, 413 Halpern 2008): a record whose
  subject is one scholarly work, named by author-year only -- title null (the note after ' - ' is a Portuguese
  description, not the title); repeated records are separate entries.
Not entries: the books -- the list marks a book by italicising its title (24 MacArthur & Wilson, 30 Whittaker &
Fernández-Palacios, 73 Elton, 76 Lockwood et al., 223 English et al. survey manual, 226 Hill & Wilkinson methods
manual, 234 Anderson et al. PERMANOVA+ guide, 237 Clarke & Warwick, 240 Magurran & McGill edited volume) -- and
168 Magnusson et al. 2013 "Biodiversity and Integrated Environmental Monitoring" (a book of the PPBio programme
published by INPA/Áttema; the file writes the programme name in italics where a venue would be, but the work is a
monograph, not an article or report chapter); the checklist items naming books (400 MacArthur & Wilson, 405 Clarke
& Warwick, 409 Whittaker & Fernández-Palacios, 410 Lockwood et al.); headings, notes, lab/journal/database/software
bullets and the "refs N" reading plan.
Title: the text after the bold author-year up to the '. ' (or '? ' kept) before the italic venue or ' In: ';
inner italics (species names *Tubastraea*, *Limnoperna fortunei*, *Sargassum furcatum*, *Diadumene lineata*) are
markup and dropped.  Ids: none (the file writes none).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "caetanoronan__projeto-mestrado-marinho__Bibliografia_Biodiversidade_Invasoes@f414809.md"
PART = "wild42_development"

REF = re.compile(r"^\*\*([^*]+?\((?:\d{4})\)\.)\*\* (.+)$")
# the title ends at '. ' (or keeps '?') before the italic venue or before 'In: *Book*'
TITLE_END = re.compile(r"(?<=[.?]) (?:In: )?\*(?=[A-Z])")
BOOKS = {24, 30, 73, 76, 168, 223, 226, 234, 237, 240}
CHECK_PAPERS = {401, 402, 403, 404, 411, 412, 413}
CHECK_BOOKS = {400, 405, 409, 410}


def title_of(i: int, rest: str) -> str:
    m = TITLE_END.search(rest)
    assert m, (i, rest)
    title = rest[: m.start()]
    return title.removesuffix(".")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[19] == "## 1. TEORIA DE BIOGEOGRAFIA DE ILHAS E CONSERVAÇÃO"
    assert lines[395] == "## 16. CHECKLIST DE LEITURA PRIORITÁRIA"
    papers, books = [], []
    for i, ln in enumerate(lines, 1):
        m = REF.match(ln)
        if m:
            assert lines[i].startswith("> **"), (i, lines[i])  # its annotation
            if i in BOOKS:
                books.append(i)
                continue
            papers.append(entry(lines, i, i + 1, title_of(i, m.group(2))))
        elif ln.startswith("- [ ] **"):
            assert i in CHECK_PAPERS | CHECK_BOOKS, (i, ln)
            if i in CHECK_PAPERS:
                papers.append(entry(lines, i, i, None))
    assert set(books) == BOOKS, books
    t = {p["line"]: p["title"] for p in papers}
    for i in (24, 30, 73, 76, 223, 226, 234, 237, 240):  # italic title = a book
        assert lines[i - 1].split("** ", 1)[1].startswith("*"), i
    assert t[53] == "Habitat modification and facilitation in benthic marine communities"
    assert t[99] == ("The invasion of the azooxanthellate coral Tubastraea (Scleractinia: Dendrophylliidae) throughout "
                     "the world: history, pathways and vectors")
    assert t[134] == ("Can artificial beds of plastic mimics compensate for seasonal absence of natural beds of "
                      "Sargassum furcatum?")
    assert t[131] == 'The "Arvoredo" marine biological reserve, Santa Catarina, Brazil'
    assert t[142] == "Macrófitas marinhas da Ilha do Campeche (Florianópolis, SC) e suas potencialidades econômicas"
    assert t[229].startswith("Coral Point Count with Excel extensions (CPCe): A Visual Basic")
    assert t[293].endswith("operational modes of automation")
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    assert sum(1 for p in papers if p["title"] is None) == 7
    assert len(papers) == 49, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bold-author-year reference paragraph (with its '> Relevância' annotation line) whose work is an article, "
        "edited-volume chapter, symposium/workshop paper or software paper is an entry, title = text after the "
        "author-year to the '. ' before the italic venue or 'In:'; books (italic titles, and the Magnusson 2013 "
        "PPBio monograph) are not; the reading-checklist items naming a listed paper are entries with a null title "
        "(author-year key only); no ids.",
        "Whole file (490 lines) read against the -v output: all 52 reference paragraphs (42 entries, 10 books by "
        "their italic titles checked one by one, 168 judged a monograph), each title's start after the bold key and "
        "end before the venue (species-name italics in 99/105/111/119/134/276 removed, '?' kept at 134, 'In:' "
        "chapters 53/131/142), spans reference+annotation, the 11 checklist items (7 papers with null titles, 4 "
        "books), and that sections 6-18 hold no further references (PELD/lab/journal/database/software bullets, "
        "'refs N' plan).",
    )


if __name__ == "__main__":
    main()
