"""Wild46 truth for assertlab/assertlab.github.io publicacoes.md (newest commit efeea7c, 2021-02-10): the
"Publicação -- Lista de Produção Tecnológica & Científica" page of ASSERT Lab (Vinicius Cardoso Garcia's software
engineering group at the Centro de Informática, UFPE, Recife), a Jekyll page, 356 lines, Brazilian Portuguese
(section labels bilingual ``Artigos em Conferências / Conference papers``; titles about half Portuguese, half
English).

Shape: ``# Lista de publicações``, one ``## year`` per year 2018 ... 2010, and under it ``###`` kinds: Livros / Books,
Prêmios / Awards, Periódicos / Journals, Revistas / Magazines, Capítulos de Livro / Book Chapters, Artigos em
Conferências / Conference papers, Teses e Dissertações / Thesis & Dissertations, Monografias / Monographies.  Every
record is one ordered item on one line (``1. `` repeated, or ``1. 2. 3. ...`` in the thesis, monograph and award
lists), except the 2018 book whose ISBN wraps onto 14.  Records are ABNT-like: ``SURNAME, Given; ...; **GARCIA,
Vinicius Cardoso**. [**Title**](url){:target="_blank"}. In: [venue](url), place, date.`` -- the group leader in bold
in a dozen spellings (``**GARCIA, V. C.**``, ``**Garcia, Vinicius Cardoso;**``, ``**GARCIA**, **Vinicius
Cardoso**``, ``**Vinícius Garcia**``, ``**VINICIUS CARDOSO GARCIA**``).  The title is written in many ways:
``[**T**](url)``, ``**[T](url){...}**``, unbalanced ``**[T**](url)`` (112, 153, 157, 169, 212, 218, 230), the bold
starting one letter late (143 ``P**[ersonalized Ranking ...**](url)``, 229 ``U**tilização de Jogos ...**``), bold
without a link (``**T**``), bold brackets with no link (266 ``**[USTO.RE Uma plataforma ...]**``), an unresolved
reference link (222 ``**[SafeMash: ...][89]**``; no ``[89]:`` definition exists, nor ``[3]:`` for the NOMS venue of
73-74), a plain link (61, 72 ``[Aplicando Grounded Theory ...](url)``), or plain text in most thesis and monograph
records (``Name. Title. 2016. Dissertação (Mestrado ...) - Universidade ...``; 173 and 175 without the year).  Links:
ResearchGate, Scribd, Springer, ACM/IEEE doi.org and dx.doi.org, SciTePress ``Link.aspx?doi=10.…``, the event sites,
an arXiv abs link (197), Amazon for the books.

Decisions:
- Entries (204): every item under Periódicos, Revistas (articles in magazines and regional journals), Capítulos de
  Livro, Artigos em Conferências, Teses e Dissertações (PhD theses and master's dissertations) and Monografias
  (undergraduate final papers, TCC, and specialisation monographs -- theses).  Repeated records stay separate (the
  WTDSI paper appears as chapter 61 and conference paper 72; the TCC of Dênio Bezerra twice, 43 and 46).
  Not entries: the three books (13-14, 20, 293: books), the three award items (193, 288, 289: prizes; 193 and 288
  name the awarded paper or thesis, but the record is the prize), the headings.
- Span: the item's line.
- Title: the item with the leader's bold author spans removed, then the first of: the text of a bold-wrapped link
  ``[**T**](`` / ``**[T](...)**`` / ``**[T**](``; the bracket text of 222 and 266; the text of a bold span (with the
  letter before it for 143 and 229); the first link text (61, 72); for the plain thesis records the text between the
  author's name and ``. YEAR.`` or ``. Dissertação``.  Markup removed; a final full stop (221, 206 inside/after the
  bold) goes; typos and odd quotes kept (109 ``“Controlling" Web 2.0 ...``, 114 ``Convertview:A Tool``, 20 in
  capitals).
- Ids: the helper's first DOI and arXiv id on the line (doi.org/dx.doi.org links, Springer, IGI and SciTePress URLs
  holding a DOI, ``doi:`` / ``DOI:`` text; arXiv 1303.6782 at 197); 230's first DOI is a SPIE URL
  ``10.1117/12.2042629.short?SSO=1``, set by hand to ``10.1117/12.2042629`` (the ``.short`` tail is not part of it,
  and the line's ``doi:`` text gives it bare).
- Counts: 8 journal articles, 5 magazine articles, 5 chapters, 112 conference papers, 47 theses and dissertations,
  27 monographs; 210 items in all with the 3 books and 3 awards.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "assertlab__assertlab.github.io__publicacoes@efeea7c.md"
PART = "wild46_development"

ITEM = re.compile(r"^\d+\.\s")
AUTHOR = re.compile(r"\*\*(?:GARCIA|Garcia|VINICIUS CARDOSO GARCIA|Vin[ií]cius (?:Garcia|Cardoso))[^*\[\]]{0,30}\*\*")
NOT_ENTRY_KINDS = ("Livros / Books", "Prêmios / Awards")
CASCADE = [
    re.compile(r"\[\*\*(.+?)\*\*\]\("),  # [**T**](url)
    re.compile(r"\*\*\[([^\]]+?)\]\([^)]*\)(?:\{[^}]*\})?\.?\*\*"),  # **[T](url){...}**
    re.compile(r"\*\*\[([^\]]+?)\*\*\]\("),  # **[T**](url)
    re.compile(r"\*\*\[([^\]]+?)\](?:\[\d+\])?\*\*"),  # **[T][89]** and **[T]**
    re.compile(r"(?<=\s)(\w)\*\*\[?([^*]+?)\*\*"),  # P**[ersonalized ...**, U**tilização ...**
    re.compile(r"\*\*(.+?)\*\*"),  # **T**
]
PLAIN = re.compile(r"^\d+\.\s+[^.]+?\.\s+(.+?)\.\s+(?:\d{4}\.|Dissertação)")
KINDS = {
    "Periódicos / Journals": 8,
    "Revistas / Magazines": 5,
    "Capítulos de Livro / Book Chapters": 5,
    "Artigos em Conferências / Conference papers": 112,
    "Teses e Dissertações / Thesis & Dissertations": 47,
    "Monografias / Monographies": 27,
}


def title_of(n: int, ln: str) -> str:
    text = AUTHOR.sub("AUTHOR", ln)
    late = CASCADE[4].search(text)
    if late:  # the bold opens one letter into the title (143, 229)
        assert n in (143, 229), n
        return late.group(1) + late.group(2)
    for i, rx in enumerate(CASCADE):
        m = rx.search(text)
        if not m:
            continue
        if i == 4:
            return m.group(1) + m.group(2)
        return m.group(1)
    if n in (61, 72):
        return re.search(r"\[([^\]]+)\]\(", text).group(1)
    m = PLAIN.match(text)
    assert m, (n, text)
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 357 and lines[-1] == "" and lines[6] == "# Lista de publicações"
    papers = []
    counts: dict[str, int] = {}
    kind = ""
    skipped = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            kind = ln[4:].strip()
            continue
        if not ITEM.match(ln):
            assert not ln.strip() or ln.startswith("#") or n <= 6 or n == 14, (n, ln)
            continue
        if kind.startswith(NOT_ENTRY_KINDS):
            skipped.append(n)
            continue
        title = title_of(n, ln)
        assert 8 <= len(title) <= 260 and "AUTHOR" not in title and "](" not in title, (n, title)
        p = entry(lines, n, n, title)
        if n == 230:  # SPIE URL: the '.short' tail is not part of the DOI, which the line also gives bare
            assert p["doi"] == "10.1117/12.2042629.short"
            p["doi"] = "10.1117/12.2042629"
        papers.append(p)
        key = "Teses e Dissertações / Thesis & Dissertations" if kind.startswith("Teses") else kind
        key = "Monografias / Monographies" if kind.startswith("Monografias") else key
        counts[key] = counts.get(key, 0) + 1
    assert skipped == [13, 20, 193, 288, 289, 293], skipped
    assert counts == KINDS, counts
    t = {p["line"]: p["title"] for p in papers}
    assert t[143] == ("Personalized Ranking of Movies: Evaluating Different Metadata Types and Recommendation "
                      "Strategies")
    assert t[229] == "Utilização de Jogos de Computador no Ensino Superior a Distância"
    assert t[222] == "SafeMash: Uma Plataforma como Serviço para a Composição Segura e Colaborativa de Mashups"
    assert t[266] == "USTO.RE Uma plataforma descentralizada para storage de conteúdo em nuvens privadas"
    assert t[61] == t[72] == "Aplicando Grounded Theory para compreender as dificuldades de Planejamento de TI em Órgãos Federais"
    assert t[78] == "Developing programming skills on digital native children through the interaction with smart devices"
    assert t[173] == "Uma Arquitetura de Cloud Storage para Backup de Arquivos"
    assert t[175] == "Go!SIP: Um Framework de Privacidade para Cidades Inteligentes Baseado em Pessoas Como Sensores"
    assert t[221] == ("Synaptic City: An architectural approach using an OSGI Infrastructure and GMaps API to build a "
                      "City Simulator")
    assert [p["line"] for p in papers if p["arxiv"]] == [197]
    assert len(papers) == 204, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each ordered item under Periódicos, Revistas, Capítulos de Livro, Artigos em Conferências, Teses e"
        " Dissertações and Monografias (journal and magazine articles, chapters, conference papers, PhD/master's"
        " theses, TCC and specialisation monographs) is one entry (204), repeated records kept; the books (13, 20,"
        " 293) and the award items (193, 288, 289) are not; title = after removing the bold author spans of the"
        " group leader, the text of the bold and/or linked title in any of its (often unbalanced) markups, the first"
        " link text for 61/72, or for plain thesis records the text between the author's name and '. YEAR.' /"
        " '. Dissertação', final full stop dropped; ids from the item's line (230's SPIE '.short' tail cut).",
        "Whole file read (356 lines) section by section against the -v output: every one of the 210 items (204"
        " entries, the 3 books and 3 awards left out), the first and last item of every year and kind, each odd"
        " markup (112, 143, 153, 157, 169, 212, 218, 222, 229, 230, 266), the plain thesis records of 2011-2016"
        " and the ones without a year (173, 175), the bold thesis titles (45-50, 85-92, 351, 352, 356), the"
        " chapter/conference duplicate 61/72 and the TCC duplicate 43/46, the author spellings (104, 166, 210, 248,"
        " 313 '**GARCIA**, **Vinicius Cardoso**'); ids: every DOI compared with its URL (Springer chapter and"
        " article URLs, dx.doi.org, SciTePress 'doi=' links, 'doi:' text) and arXiv 1303.6782 (197).",
    )


if __name__ == "__main__":
    main()
