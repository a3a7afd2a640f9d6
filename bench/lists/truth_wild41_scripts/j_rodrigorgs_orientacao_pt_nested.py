"""Wild41 truth for rodrigorgs/rodrigorgs.github.io orientacao.md: the "Orientação" (supervision) page of
Rodrigo Rocha Gomes e Souza (Universidade Federal da Bahia), a Portuguese Jekyll page listing the master's
dissertations and undergraduate final-project monographs (TCC) he supervised.

Shape: 90 lines; YAML front matter (1-4), an invitation sentence (6) and four navigation bullets to other
pages of the site (8-11, not entries), "## Estudantes egressos" (13), then two bold run-in labels:
"**Mestrado** (entre parênteses, semestre de conclusão)" (15) with 2 records (17-20) and "**Graduação**
(...)" (22) with 26 records (24-90), newest first.  A record is a top-level bullet "- (2021.2) Student
Name" (semester or bare year in parentheses) with nested sub-bullets: first the bold title
"  - **Title**", then, for some, a links line ("  - [monografia](...), [código-fonte da monografia](...),
[slides](...), [software](...)", links to the monograph PDF, repository handle, Overleaf, slides, code).
The last two records (85-90) indent their sub-bullets by four spaces instead of two; 59 adds
"(co-orientação; orientador: Tiago Januário)" after the bold title.
Entries (28): every record, each a thesis (master's dissertation or undergraduate monograph, even when its
subject is a piece of software, the record is the written monograph); an entry runs from its top-level
bullet to its last sub-bullet.  Title = the bold text of the first sub-bullet (the co-supervision note of 59
dropped); titles in Portuguese or English, written as given ("Análise de Métodos de\u200b Record Linkage"
(72) keeps the zero-width space the file writes after "de").  The links point to PDFs,
the UFBA repository (handles, no DOI), Overleaf, slides and code: no arXiv ids or DOIs.  28 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "rodrigorgs__rodrigorgs.github.io__orientacao@6267076.md"
PART = "wild41_development"

RECORD = re.compile(r"^- \((?:19|20)\d\d(?:\.\d)?\) \S")
SUB = re.compile(r"^ {2,4}- ")
TITLE = re.compile(r"^ {2,4}- \*\*(?P<title>.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[12] == "## Estudantes egressos"
    papers = []
    for n, text in enumerate(lines, 1):
        if not RECORD.match(text):
            continue
        last = n
        while last < len(lines) and SUB.match(lines[last]):
            last += 1
        m = TITLE.match(lines[n])
        assert m and last > n, n
        papers.append(entry(lines, n, last, m.group("title")))
    assert [p["line"] for p in papers][:2] == [17, 19]
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each supervised master's dissertation (2) and undergraduate monograph (26) is an entry from its "
        "'- (yyyy.s) Student' bullet to its last nested sub-bullet; title = the bold text of the first sub-bullet "
        "(a trailing co-supervision note dropped); the navigation bullets at the top are not entries.",
        "Read all 90 lines: every record's bullet, bold title and links line against the -v output, the two "
        "sections (Mestrado 17-20, Graduação 24-90), the four-space sub-bullets (86-87, 89-90), the note after the title "
        "(59), the zero-width space (72), the English titles (30, 34, 86), the titles with ':' and '-', and the navigation bullets "
        "(8-11) left out.",
    )


if __name__ == "__main__":
    main()
