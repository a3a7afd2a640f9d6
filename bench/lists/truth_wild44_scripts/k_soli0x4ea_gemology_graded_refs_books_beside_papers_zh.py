"""Wild44 truth for soli0x4ea/gemology-notes 参考文献.md (newest commit 4373c6a, 2026-08-04): the collected
bibliography of a Chinese hobbyist's "系统宝石学笔记" (systematic gemmology notes, 39 notes), graded by how far each
source can be trusted (S/A/B/C) -- optics and quantum optics, mineralogy and crystal structures, gemmology, standards.

Shape: 286 lines, LF, UTF-8, final newline.  A block quote explaining the grades (3-9); ``## S级`` (13) with four
``###`` groups (15, 38, 47, 61), ``## A级`` (67) with three (69, 98, 141), ``## B级`` (165) with two (167, 243 中文期刊论文),
``## C级`` (255) and ``## 补充教材与参考（中文）`` (270); a closing block quote counting the sources (284-286).  Records are
ordered-list items, numbered 1-38 (S), 1-77 (A), 1-80 (B), 1-10 (C) -- the numbering continues across the ``###`` groups
of a grade and restarts per grade -- and plain ``- `` bullets in 补充 (272-280).  Every record is an APA-like reference
``Authors. (Year). Title. *Venue*, vol(issue), pages.`` with, often, a Chinese note in full-width brackets after it
(``（塔菲石发现原始文献）``).  Books, standards, manuals and web resources sit beside the papers: a book puts its title in
italics right after the year (``(1999). *Optical Crystallography* ...``), a Chinese book in 《》; an article puts its
title in plain text and the journal in italics.  Special records: A3 (73) a book series with eight nested sub-bullets
naming its volumes (74-81); S22 (41) a three-part article ``An update on color in gems. Parts 1–3. *Gems & Gemology*,
23(3): ...; 24(1): ...; 24(2): ...``; S31 (53) one article plus ``(1909) *ibid.*, 5, 331–380`` (a second paper, no title
given); S32 (54) an abstract ``The crystal structure of musgravite (abstr.)``; chapters ``Title. In *Book*, ...`` (131,
228) and chapters of Reviews in Mineralogy volumes (130); B11 (179) a conference paper with no italics; B23 (191) a
preprint ``... arXiv:2011.03979.``; B64 (232) a Gem News item of Gems & Gemology; titles with Unicode chemistry
(``BaTi[Si₃O₉]`` 50, ``Mn²⁺`` 192, ``^VIAl–O⁻–^VIAl`` 201), a full stop inside the title (119 ``The nature of opal I.
Nomenclature and constituent phases``), German titles (50, 208, 218), Chinese titles of Chinese papers (139, 245-251).
The only ids: the arXiv id of 191; no DOI anywhere; web links only on non-paper records (29, 83, 161, 257-266, 278).

Decisions:
- Entry = a record whose subject is one scholarly article, conference paper, preprint or chapter: the title is plain
  text after the year and is followed by an italic venue (or ``In *Book*``), plus the two records without italics that
  are papers (179 conference paper, 191 arXiv preprint).  One line each.
- Not entries (81 records): books, textbooks, edited volumes and book series (title italic or in 《》 after the year,
  and A3's nested volume list), standards (ISO 43, GB/T 63), manuals, guides, catalogues and databases (21, 23, 29, 83,
  116 IMA list, 159-161), the C-grade web resources (257-266), the encyclopedia entry and the NBS monograph in 补充
  (278, 280).
- S22's three parts share one title and one record: one entry (title without ``Parts 1–3``).  S31 names one title; the
  1909 continuation it cites as ``*ibid.*`` has no title and is not counted separately.  S32's ``(abstr.)`` marks the
  kind of publication and is dropped from the title.  B64 (a short signed Gem News report in a journal) is an entry.
- Title = the plain text between ``(Year). `` and the full stop before the italic venue (``. In *`` for chapters), as
  written (British/American spellings, Unicode chemistry, Chinese text kept); authors, year, venue and the Chinese
  note are not part of it.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "soli0x4ea__gemology-notes__参考文献@4373c6a.md"
PART = "wild44_development"

RECORD = re.compile(r"^(?:(?P<n>\d+)\. |- )(?P<body>\S.*)$")
DATE = re.compile(r"\(\d{4}[^)]*\)\.?\s+")
ARTICLE = re.compile(r"^(?P<t>.+?)\.\s+(?:Parts 1–3\.\s+)?(?:In\s+)?\*[^*]+\*")
SPECIAL = {  # papers whose venue is not in italics
    179: "Baltic amber and its inclusions",
    191: "Quantum concepts in optical polarization",
}
NOT_PAPERS = {
    # S grade: books, a database, the CIBJO book, GIA guides, ISO and GB/T standards, a Chinese textbook
    17, 18, 19, 20, 21, 22, 23, 25, 26, 28, 29, 30, 31, 32, 34, 35, 36, 40, 42, 43, 44, 45, 63,
    # A grade: books and series (71-96), books among the articles, IMA list, manuals and guides
    71, 72, 73, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96,
    105, 106, 110, 114, 116, 136, 137, 147, 151, 159, 160, 161,
    # B grade: books; a Chinese textbook
    174, 186, 187, 195, 204, 210, 216, 226, 246,
    # C grade: web resources; 补充: Chinese textbooks, encyclopedia, a reference guide, the NBS monograph
    257, 258, 259, 260, 261, 262, 263, 264, 265, 266,
    272, 273, 274, 275, 276, 277, 278, 279, 280,
}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 287 and lines[-1] == "", len(lines)
    grades = {n: ln for n, ln in enumerate(lines, 1) if ln.startswith("## ")}
    assert list(grades) == [13, 67, 165, 255, 270], grades
    papers = []
    skipped = []
    numbers: dict[int, list[int]] = {}
    grade = 0
    for n, ln in enumerate(lines, 1):
        if n in grades:
            grade = n
            continue
        m = RECORD.match(ln)
        if not m:
            # headings, blank lines, rules, the two block quotes, A3's nested volume list
            assert not ln.strip() or ln.startswith(("#", ">", "---")) or 74 <= n <= 81, (n, ln)
            continue
        assert grade and not (ln.startswith("- ") and grade != 270), (n, ln)
        if m.group("n"):
            numbers.setdefault(grade, []).append(int(m.group("n")))
        body = m.group("body")
        if n in SPECIAL:
            title = SPECIAL[n]
            assert body.split("). ", 1)[1].startswith(title + ". "), n
        else:
            d = DATE.search(body)
            a = ARTICLE.match(body[d.end():]) if d else None
            if not a or body[d.end()].startswith("*"):
                skipped.append(n)
                continue
            title = a.group("t")
            if title.endswith(" (abstr.)"):
                title = title.removesuffix(" (abstr.)")
        papers.append(entry(lines, n, n, title))
    assert numbers == {13: list(range(1, 39)), 67: list(range(1, 78)), 165: list(range(1, 81)), 255: list(range(1, 11))}
    assert set(skipped) == NOT_PAPERS, (sorted(set(skipped) - NOT_PAPERS), sorted(NOT_PAPERS - set(skipped)))
    t = {p["line"]: p for p in papers}
    assert t[24]["title"] == "Quantum entanglement"
    assert t[41]["title"] == "An update on color in gems"
    assert t[53]["title"] == "Benitoite, a new California gem mineral"
    assert t[54]["title"] == "The crystal structure of musgravite"
    assert t[119]["title"] == "The nature of opal I. Nomenclature and constituent phases"
    assert t[130]["title"] == "Color in pyroxenes" and t[131]["title"] == "Spectroscopy of Gemstones"
    assert t[139]["title"] == "三大产地（波罗的海、多米尼加和缅甸）琥珀红外光谱鉴别特征"
    assert t[191]["arxiv"] == "2011.03979"
    assert t[228]["title"] == "Cordierite in metamorphism: a key mineral"
    assert t[232]["title"] == "Large Peridot from Myanmar with an Eight-Rayed Star"
    assert t[251]["title"] == "黄绿色葡萄石的矿物学特征及谱学研究"
    assert sum(1 for p in papers if p["arxiv"]) == 1 and not any(p["doi"] for p in papers)
    assert len(papers) + len(skipped) == 38 + 77 + 80 + 10 + 9
    assert len(papers) == 133, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered or bulleted reference whose title is plain text after '(Year). ' and followed by an italic "
        "venue (or 'In *Book*') is one paper on its own line, plus a conference paper (179) and an arXiv preprint (191) "
        "without italics; books (italic or 《》 title), standards, guides, databases and web resources are not entries; "
        "title = the text between the year and the full stop before the venue, '(abstr.)' and 'Parts 1–3' dropped.",
        "Read all 214 records (lines 17-280) against the -v output and sorted each by hand into paper / not paper "
        "(81 not papers listed in NOT_PAPERS, checked against the italics rule); every grade's first and last record "
        "(17/63, 71/161, 169/251, 257/266, 272/280); special records 41 (three parts), 53 (ibid. continuation), 54 "
        "(abstr.), 73-81 (book series with volumes), 116 (IMA list), 119 (full stop inside title), 130/131/228 "
        "(chapters), 179 (conference), 191 (arXiv id), 232 (Gem News), Chinese papers 139 and 245-251 vs Chinese "
        "books 246 and 272-277; numbering 1-38, 1-77, 1-80, 1-10 without gaps; no DOI in the file.",
    )


if __name__ == "__main__":
    main()
