"""Wild49 truth for AdrienGuille/adrienguille.github.io ``publications.md``: the publication page of a French
computer scientist's site (NLP, text mining, social-network analysis; many French-language workshop papers),
newest commit (283df9f, 2026-05-12).

Shape: 103 lines, 15 KB, no front matter.  ``# Publications`` (1), a Google Scholar sentence (3), then year headings
``## 2026`` (5) ... ``## 2012`` (100), each followed by a blank line and ``-`` bullets with no blank lines between
them: ``- [Title](url) by Author, Author. *Venue (ACRONYM)*, City (Country), Year``.  Extras hang under a bullet as
continuation lines starting ``<br>`` (``<br>**Code:** [...]``, ``<br>**Best student paper award**``,
``<br>**Models**: ...``; 8, 17, 20, 24-26) or are glued to the end of the bullet line
(``, 2024<br>**CORE A**<br>**Code:** [...]``).  47 bullets, all papers.

Special cases:
- Links with no target: ``[Title](#)`` (7, 9-11, ...) and ``[Title]()`` (empty, 2024 section); still entries.
- 44: a bullet wrapped in the middle of its italic venue (``*18th International Workshop on`` / ``Mining and
  Learning with Graphs (MLG @ ECML-PKDD)*, ...``); 62: a continuation indented by two spaces
  (``  **Code :** [...]``) after a ``<br>`` that ends line 61.
- 98 and 103 have no ``by`` and end the link text with a period (``...en ligne.](url) Adrien Guille, ...``); the
  final period is a citation separator and is dropped.
- Links to the Springer *book* page (16), Kaggle (12), HAL, ACL Anthology, editions-rnti, ResearchGate and local
  PDFs; arXiv ids from arxiv.org/pdf and /abs links (2020, 2019, 2018, 2015 sections).  No DOI.
- Titles in French with typographic apostrophes and spaced colons (``OncoDEBERTa : adaptation ...``), kept; the
  paper-category label ``(démonstration)`` at the end of the link text of 91 is dropped (a label, not title text).

Decisions:
- Entry = each ``- [`` bullet (47): the PhD thesis (``Thèse de doctorat`` 2014), demo papers, challenge overview
  papers (``Défi TextMine ...``) included; span = the bullet line plus its continuation lines (lines up to the
  next bullet, blank line or heading).  Title = the link text.
- Not entries: the headings, the Scholar sentence, the code/model/video links in the continuation lines.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "AdrienGuille__adrienguille.github.io__publications@283df9f.md"
PART = "wild49_development"

BULLET = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)(?: by | [A-Z])")
YEAR = re.compile(r"^## (?P<y>20\d\d)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Publications"
    papers = []
    per_year: dict[str, int] = {}
    year = None
    for n, ln in enumerate(lines, 1):
        y = YEAR.match(ln)
        if y:
            year = y.group("y")
            per_year[year] = 0
            continue
        if not ln.startswith("- "):
            continue
        m = BULLET.match(ln)
        assert m and year, (n, ln)
        end = n
        while end < len(lines) and lines[end].strip() and not lines[end].startswith(("- ", "#")):
            end += 1
        papers.append(entry(lines, n, end, m.group("title").removesuffix(" (démonstration)")))
        per_year[year] += 1
    assert per_year == {"2026": 5, "2025": 6, "2024": 5, "2023": 2, "2022": 3, "2021": 1, "2020": 4, "2019": 2,
                        "2018": 3, "2017": 1, "2016": 3, "2015": 2, "2014": 4, "2013": 4, "2012": 2}, per_year
    assert len(papers) == 47, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[7]["title"], t[7]["end"]) == ("Un décodeur pour l’analyse sémantique AMR en français", 8), t[7]
    assert t[23]["end"] == 26, t[23]
    assert t[23]["title"].startswith("Adaptation d'un modèle de langue encodeur-décodeur pour l'extraction"), t[23]
    assert (t[43]["title"], t[43]["end"]) == ("Document Classification with Hierarchical Graph Neural Networks", 44)
    assert (t[61]["arxiv"], t[61]["end"]) == ("1902.11004", 62), t[61]
    assert t[68]["arxiv"] == "1806.10813", t[68]
    assert t[98]["title"].endswith("fouille pour les réseaux sociaux en ligne"), t[98]
    assert t[103]["end"] == 103 and t[103]["title"].endswith("sur Twitter"), t[103]
    assert t[91]["title"] == "Un système de détection de thématiques populaires sur Twitter", t[91]
    assert not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title](url)' bullet under the '## YEAR' headings (2026-2012) is an entry (47), spanning the bullet"
        " line and its continuation lines ('<br>**Code:** ...', the wrapped venue 44, the indented Code line 62) up to"
        " the next bullet, blank line or heading; title = the link text (bold letters in it unmarked, a final period"
        " dropped on 98/103, the label '(démonstration)' dropped on 91).  Links with empty or '#' targets are entries;"
        " code/model/video links are not.",
        "Read all 103 lines; compared -v for all 47 entries: year counts, spans with continuation lines (7-8, 16-17,"
        " 19-20, 23-26, 43-44, 61-62), titles as link text incl. French apostrophes/spaced colons and the no-'by'"
        " bullets 98/103; arXiv ids from arxiv.org links (54-57, 61, 63, 68, 83), no DOI.",
    )


if __name__ == "__main__":
    main()
