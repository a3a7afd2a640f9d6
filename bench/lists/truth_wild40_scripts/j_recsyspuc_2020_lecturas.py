"""Wild40 truth for PUC-RecSys-Class/RecSysPUC-2020 README.md: the Spanish-language README of the PUC
Chile course IIC3633 "Sistemas Recomendadores" (Aug-Dec 2020) -- course staff, a lecture table, a
student seminar table of papers, a table of the students' final-project papers, evaluation rules, and
weekly reading lists ("Lecturas por Semana") written as APA-style references.

Shape: 275 lines.
- "## Contenidos por Semana" (36-64): a table of lecture topics with slide/video links -- topics, not
  entries.
- "### Parte II del curso: seminario" (73-96): a 5-column table "| Semana | Tema | link slide(s) | link
  video | conferencia |", one row per paper presented by students (75-96, 22 rows); "Tema" is the paper's
  title, "conferencia" a venue link (dl.acm.org/doi/abs/10.1145/..., doi.org, CVF open access, ACL
  anthology, OpenReview).  Every row is an entry; title = the Tema cell.
- "### Proyectos finales" (108-130): a 4-column table "| Grupo | Proyecto | Poster | Paper |", one row per
  student group (110-130, 21 rows); the Proyecto cell is "Title <br/> Surnames" and the Paper cell links
  the group's paper PDF.  Each row is taken as an entry (a course paper/report with title, authors and a
  PDF -- a technical-report-like written work); title = the Proyecto cell before "<br/>".
- "## Lecturas por Semana" (173-275): "### Semana N" headings with "**Obligatorias**"/"**Sugeridas**"
  labels and "* " bullets, one APA reference per bullet "Authors (Year). Title. In Venue (pp. ...)."
  Entries: every bullet that cites a paper, journal article, survey, or a chapter of an edited scholarly
  volume (Schafer 2007 and Pazzani 2007 in "The adaptive web", Jannach 2018 in "Social Information
  Access", Guy & Gunawardana 2011 in "Recommender systems handbook"); title = the text between "(Year). "
  and the next ". " (Guy 2011 writes it in curly quotes after "(2011) ").  Special cases:
  * 180 "[Post original FunkSVD](sifter.org ...)" is Simon Funk's blog post -- not an entry.
  * 198 "El siguiente paper es opcional ... del paper de Hu et al.:" introduces an optional paper but the
    reference that followed the colon is gone in this commit (only two codecogs equation images remain);
    it names no paper (Hu et al. is entry 190) -- not an entry.
  * 213-214: the Pazzani & Billsus (2007) bullet 213 ends with the authors of the next reference "Xu, W.,
    Liu, X., & Gong, Y. (2003)." whose title and venue went to bullet 214 ("Document clustering based on
    non-negative matrix factorization. In Proceedings of the 26th ... SIGIR ...").  Two entries: Pazzani
    on 213-213, Xu on 213-214 (its text starts on 213).
  * 261 "Hasta la sección 3.4 (incluyendo 3.4): Zhang ... (2019). Deep learning based recommender
    system: A survey and new perspectives." and 271 "Desde la sección 3.5 en adelante: ..." cite the same
    survey -- two entries (repeated records are separate).
  * 196/197 add Spanish comments after the venue, 224 a "(...se puede elegir una de las dos...)" label.
No arXiv ids; DOIs only in the seminar table (10.1145 from dl.acm.org/doi/abs links and doi.org links).
22 + 21 + 36 = 79 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "PUC-RecSys-Class__RecSysPUC-2020__README@3f54824.md"
PART = "wild40_development"

ROW = re.compile(r"^\|\s*(\d+)\s*\|(.*)$")
BULLET = re.compile(r"^\s*\* (.*)$")
APA = re.compile(r"\(\d{4}\)\. (.+?)\.(?: |$)")
NOT_PAPERS = {180: "Post original FunkSVD", 198: "El siguiente paper es opcional"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = {n: t for n, t in enumerate(lines, 1) if t.startswith("#")}

    def section(n: int) -> str:
        return heads[max(h for h in heads if h < n)]

    seminar, projects, readings = [], [], []
    for n, text in enumerate(lines, 1):
        m = ROW.match(text)
        if m:
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            if section(n) == "### Parte II del curso: seminario":
                assert len(cells) == 5, n
                papers.append(entry(lines, n, n, cells[1]))
                seminar.append(n)
            elif section(n) == "### Proyectos finales":
                title = cells[1].split("<br/>")[0]
                assert "[paper](" in cells[3], n
                papers.append(entry(lines, n, n, title))
                projects.append(n)
            else:
                assert section(n) == "## Contenidos por Semana", n
            continue
        b = BULLET.match(text)
        if not b or n < 173:
            continue
        body = b.group(1)
        if n in NOT_PAPERS:
            assert NOT_PAPERS[n] in body, n
            continue
        if n == 205:  # Guy & Gunawardana (2011) "Evaluating recommendation systems."
            title = re.search(r"“(.+?)”", body).group(1)
            papers.append(entry(lines, n, n, title))
        elif n == 213:  # Pazzani & Billsus, then the authors of Xu et al. whose title is on 214
            title = APA.search(body).group(1)
            papers.append(entry(lines, n, n, title))
            assert body.endswith("Xu, W., Liu, X., & Gong, Y. (2003)."), body
            xu = re.match(r"(.+?)\. In ", BULLET.match(lines[n]).group(1)).group(1)
            papers.append(entry(lines, n, n + 1, xu))
            readings.append(n)
        elif n == 214:
            continue
        else:
            title = APA.search(body).group(1)
            papers.append(entry(lines, n, n, title))
        readings.append(n)

    assert seminar == list(range(75, 97)), seminar
    assert projects == list(range(110, 131)), projects
    assert len(readings) == 36, len(readings)
    assert len(papers) == 79, len(papers)
    write_truth(
        NAME, PART, papers,
        "Entries: the 22 rows of the seminar table (title = Tema cell), the 21 rows of the final-projects table "
        "(course papers with authors and PDF; title = Proyecto cell before <br/>), and the 36 APA references in "
        "the weekly reading bullets (papers, articles, survey, chapters of edited volumes; title = text between "
        "'(Year). ' and the next '. ', Guy 2011 in curly quotes); the lecture table, the FunkSVD blog post (180) "
        "and the bullet 198 whose reference is missing are not entries; the reference split over bullets 213-214 "
        "gives Pazzani (213) and Xu (213-214); the Zhang survey cited twice (261, 271) is two entries.",
        "Read all 275 lines: the lecture table (36-64) checked to hold only topics, every seminar row 75-96 and "
        "its DOI (dl.acm.org/doi/abs and doi.org links; CVF, ACL anthology and OpenReview links without DOI), "
        "every project row 110-130, every reading bullet 178-275 split by hand into authors/year/title/venue and "
        "compared with the -v output (Guy 2011 quotes, Pigi K. et al. 2015 initials-after-names, 'Hasta la "
        "sección 3.4' prefix, the Pazzani/Xu split 213-214, Spanish comments after 196 and 197), and the "
        "non-entries 180 and 198.",
    )


if __name__ == "__main__":
    main()
