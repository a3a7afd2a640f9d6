"""Wild60 truth for wcresko/lab_website _pages/publications.md at 8aa2160 (2023-10-05): the hand-kept publication
page of the Cresko stickleback/evolutionary-genomics lab (University of Oregon), a Jekyll "splash" page.  The newest
commit touching the path (b8205da, 2025) deletes the Jekyll site, so the last version where the list exists is taken.

Shape: 429 lines.  Front matter (1-12), a legend (14-15: bold = graduate student, <ins> = undergraduate), then year
headings ``## 2023`` (17) ... ``## 2003`` (305), ``### 2000 and earlier`` (312), each followed by one paragraph per
publication separated by blank lines.  31 blank lines (326-356), then a bold pseudo-heading
``**Press and Review Article Coverage of our Research**`` (357) with one paragraph per press item (359-424), and a
Liquid ``{% if author.googlescholar %}`` block (427-429).

The paragraphs are free citations in at least four styles, often mixed within a year:
- ``Authors. YEAR. Title. Journal YEAR Vol. N Issue N Pages ...`` (2021-2023, e.g. 19),
- ``YEAR • Authors. Title. *Journal*. **Vol**(N): pages.`` or ``**Journal**. vol`` (2004-2021, e.g. 64, 88),
- APA with bold year ``YEAR • Surname, X., ... & Surname, X. (**YEAR**). Title. *Journal, vol*, pages.``
  (e.g. 173, 195-205, 226-302); 197 writes ``**2011**.`` without parentheses,
- press items ``YEAR • [Author.] Title. Outlet [Website](url)``.
A paper's ``\\[[reprint](url)\\]`` link is often on the next line of the same paragraph (e.g. 183, 186, 200), and
the 2010 Hohenlohe paper (216) continues on 217 with its journal; Stapley et al. (397) continues on 398.

Special cases:
- Authors use both ``X.Y. Surname`` and ``Surname, X.Y.`` forms, with bold/underline/italic markup around names
  (``**Nelson, T.C.**``, ``<ins> S. Perry </ins>``, ``_Galloway, J._``), and stray forms (``B.J.M., Bohannan``,
  ``Jones, A. G. Improvements`` 23 with no year and no period after the authors).
- Titles keep italics for species names (``(*Gasterosteus aculeatus*)`` 27, 253; ``*Gasterosteus aculeatus*`` 237,
  290, 323) and abbreviations with periods (``in D. melanogaster in`` 25); 153 contains ``? `` inside the title
  (``So, you want to use next-generation sequencing in marine systems? Insight from the ...``), 262 ends with
  ``double or nothing?``.
- 321 has no period between title and journal (``... (Hymenoptera: Apidae) Journal of the Kansas ...``).
- Several papers are listed twice in two styles (Sox9 307/309, opercle 163/195, Davey 190/199, RAD paired-end
  177/205, Allendorf 188/226, Emerson 220/232, Hohenlohe RAD tags 161/171, static allometry 210/222, O'Connor 55/83,
  Shen 151/173): every paragraph is its own entry.
- Book chapters (161, 171, 192, 224, 298, 325), a preface (245) and the PhD thesis (314) are in the main list.

Decisions:
- Main list (19-325): every paragraph is one entry, spanning its lines (reprint/continuation lines included).
  Chapters, the preface and the thesis are entries too (they are items of the lab's publication list).
- Press section (359-424): only items that cite a named-author article in a scholarly journal are entries: Andrews
  et al. Nature Reviews Genetics (363), Copenhaver & Barsh PLoS Genetics (367), Stapley et al. TREE (397-398), Maher
  Nature (408), Platt American Biology Teacher (412), Foster & Baker TREE (418), Pennisi Science (420), Tickle & Cole
  Current Biology (424).  Blog posts, interviews, press releases, unsigned news and popular-media articles (The
  Scientist 422, Science News 416, IFL Science 375, Discovery News 377, Nature World News 383) are not.
- Title = the text after the authors (after ``YEAR.`` / ``(**YEAR**).`` when present, else after the last author's
  name) up to the first period that is not an initial (``D.`` in ``D. melanogaster`` is kept), or ``?`` before the
  italic journal; ``*``/``_`` markup removed.  Overrides: 23 (no year), 298 (chapter followed by ``in Schlosser``),
  321 (no period before journal), and the press items, whose labels are dropped (Pennisi's ``Evolutionary Biology,``
  section label; Copenhaver's `` - A commentary ...`` description).
- DOIs come from the dx.doi.org / doi.org reprint links (55 entries) and the PLoS link of 367 by the helper;
  no arXiv ids.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "wcresko__lab_website___pages__publications@8aa2160.md"
PART = "wild60_development"

FIRST, LAST_MAIN, PRESS = 19, 325, 357

YEAR_SPLIT = re.compile(r"(?:\.\s+\d{4}\.|\(?\*\*\d{4}\*\*\)?\.)\s+")
BULLET = re.compile(r"^\d{4} • ")
MARKUP = re.compile(r"\*\*|</?ins>|[*_]")
INITIAL = re.compile(r"^(?:[A-Z]\.?)+$|^(?:[A-Z]\.)+[A-Z]$")

OVERRIDE = {
    23: "Improvements to the Gulf pipefish Syngnathus scovelli genome",
    298: "Informational accretion, gene duplication and the mechanisms of genetic module parcellation",
    321: "Nesting biology and foraging patterns of the solitary bee Melissodes rustica (Hymenoptera: Apidae)",
}
PRESS_TITLES = {
    363: "Harnessing the power of RADseq for ecological and evolutionary genomics",
    367: "A decad(e) of reasons to contribute to a PLoS community-run Journal",
    397: "Adaptation Genomics: the next generation",
    408: "Biology’s next top model",
    412: "Macroevolution: Alive and well in sticklebacks",
    418: "Evolution in parallel:new insights from a classic system",
    420: "Changing fish’s bony armor in the wink of a gene",
    424: "Morphological Diversity: Taking the spine out of three-spine stickleback",
}


def bare(tok: str) -> str:
    return MARKUP.sub("", tok).strip(",")


def title_start(text: str) -> int:
    m = YEAR_SPLIT.search(text)
    if m:
        return m.end()
    for m in re.finditer(r"\.\s+(?=\S)", text):
        before = text[: m.start()].split()
        if not before:
            continue
        tok = bare(before[-1])
        after, after2 = (text[m.end():].split() + [""])[:2]
        if len(tok) > 1 and not INITIAL.match(tok) and any(c.islower() for c in tok):
            return m.end()
        prev = bare(before[-2]) if len(before) > 1 else ""
        if (
            INITIAL.match(tok)
            and len(before) > 1
            and before[-2].endswith(",")
            and any(c.islower() for c in prev)
            and not INITIAL.match(bare(after))
            and after not in ("and", "&")
            and not bare(after).endswith((".", ","))
            and not after.endswith(",")
            and after2 not in ("and", "&")
            and after[:1].isupper()
            and not after2.startswith(",")
            and not after2.endswith(",")
        ):
            return m.end()
    raise ValueError(text)


def title_end(rest: str) -> str:
    for m in re.finditer(r"\?(?=\s*\*)|\.(?=\s|\*|$)", rest):
        if m.group() == "?":
            return rest[: m.end()]
        prev = rest[: m.start()].split()[-1] if rest[: m.start()].split() else ""
        if re.fullmatch(r"\(?[A-Z]", prev):
            continue
        return rest[: m.start()]
    return rest


def paragraphs(lines: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], None
    for n in range(lo, hi + 1):
        ln = lines[n - 1].strip()
        if ln and not ln.startswith("#") and start is None:
            start = n
        if not ln and start is not None:
            out.append((start, n - 1))
            start = None
    if start is not None:
        out.append((start, hi))
    return out


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last in paragraphs(lines, FIRST, LAST_MAIN):
        if first in OVERRIDE:
            title = OVERRIDE[first]
        else:
            text = BULLET.sub("", " ".join(lines[n - 1].strip() for n in range(first, last + 1)))
            rest = text[title_start(text):]
            title = MARKUP.sub("", title_end(rest)).strip()
        papers.append(entry(lines, first, last, title))
    for first, last in paragraphs(lines, PRESS + 1, 424):
        if first in PRESS_TITLES:
            papers.append(entry(lines, first, last, PRESS_TITLES[first]))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 121, len(papers)
    assert sum(1 for p in papers if p["line"] > PRESS) == 8
    assert by[19]["title"] == "Host genomic variation shapes gut microbiome diversity in threespine stickleback fish"
    assert by[25]["title"].startswith("Ovarian transcriptional response to Wolbachia infection in D. melanogaster in")
    assert by[27]["title"].endswith("three-spined stickleback (Gasterosteus aculeatus)"), by[27]
    assert by[35]["title"].endswith("gene family: Implications for perchlorate toxicology"), by[35]
    assert by[81]["title"].startswith("Population genetic divergence and environment influence"), by[81]
    assert by[153]["title"] == (
        "So, you want to use next-generation sequencing in marine systems? Insight from the Pan-Pacific Advanced"
        " Studies Institute"
    ), by[153]
    assert by[197]["title"].startswith("Genome evolution and meiotic maps by massively parallel DNA sequencing"), by[197]
    assert by[216]["title"] == (
        "Population Genomics of Parallel Adaptation in Threespine Stickleback using Sequenced RAD tags"
    ), by[216]
    assert by[216]["end"] == 218 and by[216]["doi"] == "10.1371/journal.pgen.1000862", by[216]
    assert by[262]["title"].endswith("double or nothing?"), by[262]
    assert by[273]["title"] == "FGF8 duplication and functional divergence in the ray-fin fish lineage", by[273]
    assert by[307]["title"] == by[309]["title"], (by[307], by[309])
    assert by[314]["title"].startswith("The Ecology and Geography of Speciation: A Case Study"), by[314]
    assert by[319]["title"] == "Diamondback terrapin (Malaclemys terrapin) mortality in crab pots", by[319]
    assert by[397]["end"] == 398, by[397]
    for n in (359, 375, 383, 416, 422):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Main list (19-325): every blank-line-separated paragraph under the year headings is one entry,"
        " spanning its lines (a reprint link or journal continuation on the next line belongs to it); chapters,"
        " the preface and the thesis count.  Press section (357-424): only items citing a named-author article in"
        " a scholarly journal (363, 367, 397, 408, 412, 418, 420, 424) are entries; blogs, interviews, press"
        " releases and popular-media pieces are not.  Title = the text after the author list (after 'YEAR.' or"
        " '(**YEAR**).' when present, else after the last author's name) up to the first period that is not an"
        " initial, without * / _ markup; hand-set for 23, 298, 321 and the press items.",
        checked="Read the whole file; compared the -v output with every paragraph (113 main, 8 press), the four"
        " citation styles, titles with 'D. melanogaster', '?' (153, 262), italic species names, continuation lines"
        " 217/398, reprint-line spans and DOIs, duplicates listed in two styles, and the excluded press items.",
    )


if __name__ == "__main__":
    main()
