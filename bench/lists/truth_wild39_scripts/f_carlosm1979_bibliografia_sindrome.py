"""Wild39 truth for carlosm1979/tfc-sindrome-metabolico secciones/08.00_bibliografia.md: the
"Bibliografía" chapter of a Spanish final-degree project (TFC) on metabolic syndrome, written as a
pandoc section ("\\pagebreak", "# Bibliografía") -- medical journal articles from SciELO and Spanish
journals, two university theses, and consumer health web pages, all in Spanish except one title (14).

Shape: 31 lines; 25 bullets, one per line (5-28, then 31 after two blank lines).  Every bullet is a
single Markdown link whose link text is the whole reference, written in whatever style its source
exports:
- ISO 690 / SciELO style "AUTHOR, Name  y  AUTHOR, Name. Title. Journal [online]. 2006, vol.17, n.3
  [citado 2022-01-22]. Disponible en: <url>. ISSN ..." (5, 7, 8, 10, 11, 22, 23, 26; 11 and 23 are the
  same Gamboa Delgado 2017 article listed twice);
- Vancouver "Authors. Title. Journal Year;vol:pages" (6, 13);
- Elsevier/OUP export "Authors, TITLE, Journal, Volume 20, Issue 1, 2017, ..." (12, 14);
- "Title, Author, handle-URL" or "Title | repository | URL" for two theses in university repositories
  (9 and 16 the same Coruña thesis, 15 a Talca thesis);
- a page title copied from the browser "Title - Journal" or "Title Authors Affiliations" (24, 25, 27,
  28, 31).
Not entries: the health web pages 17 (iSanidad news item), 18 (Clínica Universidad de Navarra), 19
(Middlesex Health), 20 and 21 (Mayo Clinic pages).
Entry = each of the other 20 bullets (repeats 16 and 23 are separate entries); 27 ("Síndrome
Metabólico y Menopausia", a review paper by Universidad Central del Ecuador / UDLA physicians published
in FLASOG's academic section) is kept as a paper.  Title = the title inside the link text, written out
per bullet below since the citation styles differ: no authors, journal, affiliations or repository
name; the "." that a style puts after a title ending in "?" dropped ("¿existe o no?" 5, "¿artificio o
realidad?" 22); the all-caps title of 12 kept as written.  DOIs from dx.doi.org / doi.org texts and links
(11, 12, 14, 22, 23).  20 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "carlosm1979__tfc-sindrome-metabolico__secciones__08.00_bibliografia@9e88c57.md"
PART = "wild39_development"

BULLET = re.compile(r"^- \[(.+)\]\((\S+)\)(?: \S+)?$")
TITLES = {
    5: "Síndrome metabólico vs síndrome de insulinorresistencia. Diferentes términos, clasificaciones y enfoques: "
       "¿existe o no?",
    6: "Breve crónica de la definición del síndrome metabólico",
    7: "Cambios alimentarios y de estilo de vida como estrategia en la prevención del síndrome metabólico y la "
       "diabetes mellitus tipo 2: hitos y perspectivas",
    8: "Aspectos genéticos, clínicos y fisiopatológicos del Síndrome Metabólico",
    9: "Estudio de la obesidad, síndrome metabólico, comorbilidad y estado nutricional en pacientes no "
       "institucionalizados mayores de 64 años del área de salud de A Coruña",
    10: "Síndrome metabólico durante el embarazo: Complicaciones materno-fetales",
    11: "Asociación entre peso al nacer y factores de riesgo cardiometabólicos en niños de Bucaramanga, Colombia",
    12: "PREVALENCIA DE SÍNDROME METABÓLICO EN NIÑOS Y ADOLESCENTES DE AMÉRICA",
    13: "El síndrome metabólico y su prevalencia en la población que acude a una farmacia comunitaria de Sevilla",
    14: "The Metabolic Syndrome: Requiescat in Pace",
    15: "Proteina C reactiva ultrasensible como marcador de estado proinflamatorio en pacientes con síndrome "
        "metabólico",
    16: "Estudio de la obesidad, síndrome metabólico, comorbilidad y estado nutricional en pacientes no "
        "institucionalizados mayores de 64 años del área de salud de A Coruña",
    22: "El síndrome metabólico, ¿artificio o realidad?",
    23: "Asociación entre peso al nacer y factores de riesgo cardiometabólicos en niños de Bucaramanga, Colombia",
    24: "Síndrome metabólico",
    25: "Asociación del síndrome metabólico con bajo peso al nacimiento, consumo de dietas hipercalóricas y "
        "acantosis nigricans en escolares y adolescentes con sobrepeso y obesidad",
    26: "Prevalencia de síndrome metabólico en población laboral: El corazón de Asepeyo",
    27: "Síndrome Metabólico y Menopausia",
    28: "Síndrome metabólico: una revisión de criterios internacionales",
    31: "Síndrome metabólico en España: prevalencia y riesgo coronario asociado a la definición armonizada y a la "
        "propuesta por la OMS. Estudio DARIOS",
}
WEB_PAGES = {17: "iSanidad", 18: "Clínica Universidad de Navarra", 19: "Middlesex Health", 20: "mayoclinic.org",
             21: "mayoclinic.org"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = []
    for n, text in enumerate(lines, 1):
        if not text.startswith("- "):
            assert n in (1, 3) or not text.strip(), n
            continue
        m = BULLET.match(text)
        assert m, n
        bullets.append(n)
        label = m.group(1)
        if n in WEB_PAGES:
            assert WEB_PAGES[n] in text, n
            continue
        title = TITLES[n]
        assert title in label, n
        papers.append(entry(lines, n, n, title))

    assert bullets == [*range(5, 29), 31], bullets
    assert sorted(TITLES) == [p["line"] for p in papers]
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each one-link bullet citing a journal article or a university thesis is an entry (20, the repeated "
        "Coruña thesis 9/16 and Gamboa Delgado article 11/23 counted twice); the five consumer health web pages "
        "(17-21) are not; title = the title inside the link text, set per bullet because the citation styles "
        "differ (ISO 690/SciELO, Vancouver, Elsevier export, repository page titles), without authors, journal "
        "or repository and without the '.' after a title ending in '?'.",
        "Read all 31 lines: each bullet's link text split by hand into authors / title / source for its style "
        "(SciELO 'AUTHOR. Title. Journal [online]', Vancouver, the Elsevier/OUP comma style of 12 and 14, the "
        "'Title, Author, handle' and 'Title | repository' theses 9, 15, 16, the browser page titles 24, 25, 27, "
        "28, 31), the five web pages checked, all 20 titles and the DOIs of 11, 12, 14, 22, 23 compared with the "
        "-v output.",
    )


if __name__ == "__main__":
    main()
