"""Wild44 truth for ldvsantos-uefs/revisao-sistematica-geotexteis 1-REFERENCIAS/projeto_2026.md (newest commit
92f0b4b): a Brazilian research-project proposal (Portuguese) on geotextiles made of natural fibres for erosion control
(Universidade Federal de Sergipe / UEFS), 531 lines, saved as ``.md`` from a word processor: no Markdown markup at
all, tab-indented section titles (``\\tINTRODUÇÃO``, ``\\tMETODOLOGIA``), tab-separated table rows (goals 67-74,
the schedule 409-439), figure captions, and prose citing ``(Holanda et al., 2008)``-style author-year references.

Shape of the list: after the line ``Referências`` (441) come 88 references (443-530), one per line, in ABNT NBR 6023
style, alphabetical, no numbering, no links: ``SURNAME, I. N.; SURNAME2, I. et al. Title. Journal, v. 10, n. 1,
p. 2-9, 25 nov. 2022.``; a repeated author is written ``___.`` (444, 468, 470, 471); chapters are ``Title. Em:
[EDITOR (Eds.).] Book. Place: Publisher, year. p. x-y.``; most titles are English, a few Portuguese (447, 467, 468,
496).  Author particles are upper case after the initials (``FONTES, C. DOS S.``, ``ROCHA, I. P. DA``, ``SLAA,
S. TE``).  Oddities kept as written: ``1993., 1993.`` (443), ``modelingCiteseer, 2014`` with the venue glued to
the title and no final stop (477), ``Em: [s.l: s.n.]`` with no book (449), ``(Eds.). .`` (480), a work with only
``[s.l: s.n.].`` after its title (496), the same article listed twice as ``2010a`` and ``2010b`` (467, 468).

Entries (85): every reference to a journal article, conference paper, chapter of an edited volume or reference work
(446 Oxford Research Encyclopedia, 448, 449, 450, 476, 480, 500, 505, 520) or other scholarly work (496, a Portuguese
study with no place or publisher, most likely a thesis).  Not entries: the two ABNT standards (443 NBR 12824, 444
NBR 13359) and the book 492 (NORRIS et al., ``Slope stability and erosion control: Ecotechnological solutions``,
p. 1-287).  The repeat 467/468 is two entries.  Author-year citations in the body are not entries.
Spans: one line each.
Titles: the text after the author block (``___.`` or the names, initials, particles and ``et al.``) up to the
first ``. `` -- or up to a ``?`` that ends the title (445, 499, 522) -- with the ``?`` kept; 479 and 515 keep the
subtitle after their ``?`` (``...Development Goals? Reforestation and Afforestation Cases from the Republic of
Korea``, ``What are Nature-based solutions (NBS)? Setting core ideas for concept clarification``), 528 keeps its
second sentence (``... Runoff Formation. A Case Study Focusing on Skid Trails at Forested Andosol Sites``), 516 keeps
the species authority ``L. in`` inside the title, 477 stops before the glued ``Citeseer``; title-case and typos kept.
Ids: none (no DOI, no link).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "ldvsantos-uefs__revisao-sistematica-geotexteis__1-REFERENCIAS__projeto_2026@92f0b4b.md"
PART = "wild44_development"

NOT_PAPERS = {443, 444, 492}  # ABNT standards, a book
PARTICLES = {"DA", "DE", "DOS", "TE", "DA;", "DE;", "DOS;", "TE;"}
INITIAL = re.compile(r"[A-ZÀ-Ý]\.(?:-[A-Z]\.)?[;,]?")


def title_start(ln: str) -> int:
    """Index where the title begins: after ``___. `` or after the ABNT author block."""
    if ln.startswith("___. "):
        return 5
    for m in re.finditer(r"\. ", ln):
        tok = ln[m.end():].split(" ", 1)[0]
        if tok == "et" or tok in PARTICLES or INITIAL.fullmatch(tok):
            continue
        return m.end()
    raise AssertionError(ln)


def title_of(i: int, ln: str) -> str:
    rest = ln[title_start(ln):]
    if i == 477:
        return rest.split("Citeseer", 1)[0]
    if i == 528:
        return rest.split(". Geosciences", 1)[0]
    if i == 516:
        return rest.split(". Plant Growth Regulation", 1)[0]
    stop = rest.index(". ")
    q = rest.find("? ")
    if 0 <= q < stop and i not in (479, 515):
        return rest[: q + 1]
    return rest[:stop]


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 532 and lines[440] == "Referências" and not lines[441].strip()
    assert not lines[530].strip() and lines[531] == ""
    refs = list(range(443, 531))
    assert all(lines[i - 1].strip() for i in refs)
    papers = [entry(lines, i, i, title_of(i, lines[i - 1])) for i in refs if i not in NOT_PAPERS]
    t = {p["line"]: p["title"] for p in papers}
    assert t[445] == ("How does building healthy soils impact sustainable use of water resources in irrigated "
                      "agriculture?")
    assert t[447].startswith("Implantação de técnicas de bioengenharia") and t[447].endswith("estado de Sergipe")
    assert t[460] == "Erosion control with geotextiles from natural fibers in the margin of the São Francisco river"
    assert t[467] == t[468] and t[467].startswith("Crescimento Inicial De Espécies Florestais")
    assert t[470] == "Soil bioengineering in northeastern Brazil: An Overview"
    assert t[472] == "Riverbank stabilization with soil bioengineering techniques at the Lower São Francisco River"
    assert t[477] == ("Infiltration and stability of soil slope with vetiver grass subjected to rainfall from "
                      "numerical modeling")
    assert t[479].endswith("Goals? Reforestation and Afforestation Cases from the Republic of Korea")
    assert t[480] == ("An Overview of Natural Materials as Geocells and Their Performance Evaluation for Soil "
                      "Reinforcement")
    assert t[496] == "Reconhecimento de espécies florestais pela folha, utilizando redes neurais convolucionais"
    assert t[507].startswith("Impacts of the tillage systems on the production of green corn (Zea mays L.) in")
    assert t[509] == "NIH Image to ImageJ: 25 years of image analysis"
    assert t[511] == "Sedimentation processes in silt-rich sediment systems"
    assert t[515] == "What are Nature-based solutions (NBS)? Setting core ideas for concept clarification"
    assert t[516].endswith("Amaranths hypochondriacus L. in cadmium contaminated soil")
    assert t[522].endswith("erosion-reducing potential of plant species?")
    assert t[528] == ("The Influence of Soil Compaction on Runoff Formation. A Case Study Focusing on Skid Trails at "
                      "Forested Andosol Sites")
    assert t[530] == "Effect of Vegetation Changes on Soil Erosion on the Loess Plateau"
    assert all(x and not re.match(r"[A-Z]+,", x) and "et al" not in x for x in t.values())
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 85, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each line of the ABNT reference list (443-530) citing an article, conference paper, chapter of an edited "
        "volume or reference work, or the thesis-like 496 is an entry on its line (the two ABNT standards 443/444 "
        "and the book 492 are not; the repeat 467/468 counts twice); title = the text after the author block "
        "(names, initials, particles, et al. or ___.) up to the first '. ' or a title-ending '?', with the "
        "subtitles after '?' of 479/515, the two sentences of 528, 'L. in' of 516 kept and the glued 'Citeseer' of "
        "477 dropped; no ids.",
        "All 88 reference lines read one by one against the -v output (type of each: 3 non-entries, 9 chapters "
        "or encyclopedia entries, 496 read as a thesis), every title boundary checked by eye (particles DOS/DA/TE, "
        "___. repeats, '?' endings, the NIH all-caps start of 509, the five special cases), the body (1-440) "
        "scanned for other reference lists (only author-year citations, the goals table 67-74 and the schedule 409-439).",
    )


if __name__ == "__main__":
    main()
