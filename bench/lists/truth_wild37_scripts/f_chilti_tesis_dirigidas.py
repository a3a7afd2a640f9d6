"""Wild37 truth for chilti/ldnl-webpage src/content/docencia/tesis.md: the "Tesis Dirigidas" page of
UNAM's Laboratorio de Dinámica No Lineal (Astro site, Spanish): every doctoral, master's and bachelor's
thesis the lab supervised, 1984-2023.

Shape: front matter (1-5), then three "## " sections -- "Tesis de Doctorado" (7), "Tesis de Maestría"
(47), "Tesis y Tesinas de Licenciatura" (91) -- split by "---" rules (45, 89).  Each thesis is a card:
a "### <title>" heading followed by 2-5 "- **Field**: value" bullets (Alumno/Alumna/Alumnos, Cotutor or
Codirector, Grado, Tipo, Fecha).  34 cards: 7 doctoral, 8 master's, 19 bachelor's; no links, DOIs or
arXiv ids.
Entry = each card (heading line through its last bullet line); all are theses or "tesinas" (the UNAM
short bachelor's thesis, a written degree work -- entries like the theses).  Line 190 "Notas de
Ecuaciones Diferenciales para las Carreras de Ingeniería del Tecnológico Abierto" is typed "Tesis" and
is an entry although its title reads like lecture notes.  Two doctoral cards (14 and 19) carry the same
title for two different students -- separate entries.  The card for "Data Somining" (135) names two
students -- one thesis, one entry.
Title = the heading text; the role note the page appends to three headings -- " (Cotutoría)" (19) and
" (Codirección)" (64, 171) -- is not part of the title and is dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "chilti__ldnl-webpage__src__content__docencia__tesis@df23f3d.md"
PART = "wild37_development"

ROLE_NOTE = re.compile(r"\s+\((?:Cotutoría|Codirección)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    sections: dict[str, int] = {}
    section = None
    for n, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not text.startswith("### "):
            continue
        end = n
        while end < len(lines) and lines[end].startswith("- **"):
            end += 1
        assert end > n, n
        title = ROLE_NOTE.sub("", text[4:].strip())
        papers.append(entry(lines, n, end, title))
        sections[section] = sections.get(section, 0) + 1

    assert sections == {"Tesis de Doctorado": 7, "Tesis de Maestría": 8, "Tesis y Tesinas de Licenciatura": 19}, sections
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '### ' thesis card (heading plus its field bullets) under the doctoral, master's and bachelor's "
        "sections is an entry, its title the heading text without the appended role note '(Cotutoría)' / "
        "'(Codirección)'.",
        "Read all 206 lines; every one of the 34 cards compared with the -v output (first and last card of each "
        "section, the three role-note headings 19/64/171, the duplicated doctoral title 14/19, the two-student "
        "card 135, the tesinas and the 'Notas de Ecuaciones Diferenciales' thesis 190).",
    )


if __name__ == "__main__":
    main()
