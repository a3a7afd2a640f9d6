"""Wild42 truth for desirrepetters/GENE7029 userguide/content/pt-br/2022/complementar/recursos_fungos.md (newest
commit 61dcd4c): a page of a Brazilian graduate course site (Hugo/Docsy, in Portuguese) on "Notions of nomenclature
and resources for species identification in fungi" -- mycology: fungal nomenclature (one fungus = one name),
epitypification, DNA barcoding of fungi, and the "Genera of Fungi" / "Genera of Phytopathogenic Fungi" series.

Shape: front matter (1-7), then ``##`` sections of raw HTML.  References are written ``Authors. Year. Title.
<b>Journal</b> vol, pages. DOI: <a ...>doi</a>. <b><a ...>[PDF]</a></b>`` in three ways:
- inside a fenced code block as plain two-line text (20-21 Hawksworth [sic "Hawkswort"] et al. 2011, 61-62 Robert
  et al. 2013), each preceded by a "Citação e [PDF]:" line in the section's ``<div>`` that belongs to the section;
- as paragraphs inside ``<div align="justify">`` separated by ``<br><br>`` lines, some hard-wrapped over two or
  three lines (46-47, 70-71, 77-79, 81-82, 84-85); 86 (Vu et al. 2019) follows 84-85 with no ``<br><br>`` between
  (a new line, same paragraph); the DOI anchors are malformed ``<a href"https://doi.org/...">`` (no '='), the DOI
  also written as the anchor text;
- as the second cell of two HTML tables (``GoF e Gêneros abordados | Referência`` 98-121, ``GOPHY ...`` 135-151),
  one row per paper, the first cell naming the series part and the genera it treats, some rows without ``</tr>``.
Not references: the section descriptions (the Amsterdam Declaration, MycoBank and the series as such), the species
resource table (158-166, a website), the embedded YouTube playlists/videos (symposium talks, a recorded class).

Entries (23): 8 references in the justified divs/code blocks of the first three sections (Hawksworth, Wingfield,
Ariyawansa, Crous 2015, Hyde & Zhang, Seifert & Rossman, Schoch 2017, Robert), 7 in the DNA-barcoding div (Hibbett,
Matute & Sepúlveda, Schoch 2012, Schoch 2014, Stielow, Thines, Vu), 5 Genera of Fungi rows (G1-G5) and 3 GOPHY rows.
Spans: the citation's own lines (code-block text; the paragraph lines; the table row's two cells).
Title: the text after "Year. " up to the '. ' (or '?' kept) before the bold venue; ``<br>`` and ``<i>`` markup
dropped, so table titles run on across cell line breaks (G2 "The Genera of Fungi - fixing the application of the
type species of generic names - G 2: Allantophomopsis, ... and Wojnowicia").  G5 (119) writes a malformed tag
``<br.Neomelanconium, ...`` -- a typo for ``<br>`` (a browser would swallow "Neomelanconium, ... Trullula." into
the bogus tag); the title keeps the words as the author wrote them ("... Lembosina, Neomelanconium, Phragmotrichum,
Pseudomelanconium, Rutola, and Trullula"), so this one title occurs in the line only with "<br." read as "<br>".
Ids: the first DOI in the entry's lines, as written -- 111 (G3, Giraldo et al. 2017, Mycological Progress) writes
GOPHY 3's DOI 10.1016/j.simyco.2019.05.001 by mistake (its PDF link holds the real 10.1007/s11557-017-1270-8):
the first written DOI is kept.  No arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "desirrepetters__GENE7029__userguide__content__pt-br__2022__complementar__recursos_fungos@61dcd4c.md"
PART = "wild42_development"

# "Wingfield et al. 2011. ", "Hyde & Zhang. 2008. ", "Crous & Groenewald, 2017. "
START = re.compile(r"^(?:<td>)?[A-Z][\w-]+(?: et al\.| & [A-Z][\w-]+[.,]) (?:19|20)\d\d\. ")
# the title ends before the bold venue: "Title. <b>" / "Title? <b>" / "Title.</i> <br><b>"
END = re.compile(r"(?:\.|(?<=\?))?(?:</i>)? (?:<br>)?<b>")
BR_TYPO = 119  # "<br.Neomelanconium" for "<br>Neomelanconium"


def title_of(text: str) -> str:
    rest = START.sub("", text, count=1)
    if "<b>" not in rest:  # the code-block citations: "Title.\nJournal vol, pages. DOI: ..."
        return re.split(r"\.\s*\n", rest, maxsplit=1)[0]
    return END.split(rest, maxsplit=1)[0]


def records(lines: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, citation text) of each reference."""
    out: list[tuple[int, int, str]] = []
    fence = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```"):
            fence = not fence
        elif fence and START.match(ln):
            out.append((i, i + 1, ln + "\n" + lines[i]))  # two-line citation in the code block
        elif s.startswith("<td>") and START.match(s[4:]):
            first = i - 1  # the row: the genera cell (perhaps wrapped) and this reference cell
            while lines[first - 2].strip() != "<tr>":
                first -= 1
            out.append((first, i, s[4:]))
        elif START.match(ln):
            last = i
            while "[PDF]" not in lines[last - 1]:
                last += 1
            out.append((i, last, "\n".join(lines[i - 1 : last])))
    return out


def main() -> None:
    lines = read_lines(NAME)
    assert lines[18] == "```" and lines[97] == "<table>" and lines[134] == "<table>"
    papers = []
    for a, b, text in records(lines):
        title = title_of(text.replace("<br.", "<br>") if b == BR_TYPO else text)
        papers.append(entry(lines, a, b, re.sub(r"<br>\s*", " ", title)))
    t = {p["line"]: p["title"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[20] == "The Amsterdam Declaration on Fungal Nomenclature" and d[20] == "10.5598/imafungus.2011.02.01.14"
    assert t[61] == "MycoBank gearing up for new horizons"  # line 61 ends "horizons. " (trailing space)
    assert t[42] == "Epitypification: should we epitypify?"
    assert t[46] == "Using standard keywords in publications to facilitate updates of new fungal taxonomic names"
    assert t[77] == "Finding needles in haystacks: linking scientific names, reference specimens and molecular data for Fungi"
    assert t[86].startswith("Large-scale generation and analysis of filamentous fungal DNA barcodes")
    assert t[103] == "The Genera of Fungi: fixing the application of type species of generic names"
    assert t[107] == ("The Genera of Fungi - fixing the application of the type species of generic names - G 2: "
                      "Allantophomopsis, Latorua, Macrodiplodiopsis, Macrohilum, Milospium, Protostegia, Pyricularia, "
                      "Robillarda, Rotula, Septoriella, Torula, and Wojnowicia")
    assert t[110] == ("The Genera of Fungi—G3: Aleurocystis, Blastacervulus, Clypeophysalospora, Licrostroma, "
                      "Neohendersonia and Spumatoria")
    assert t[114] == "The Genera of Fungi – G 4: Camarosporium and Dothiora"
    assert t[118] == ("The Genera of Fungi – G5: Arthrinium, Ceratosphaeria, Dimerosporiopsis, Hormodochis, "
                      "Lecanostictopsis, Lembosina, Neomelanconium, Phragmotrichum, Pseudomelanconium, Rutola, and "
                      "Trullula")
    assert t[140] == "Genera of phytopathogenic fungi: GOPHY 1"
    assert d[27] == "10.1111/j.1364-3703.2011.00768.x" and d[110] == "10.1016/j.simyco.2019.05.001"
    assert {(p["line"], p["end"]) for p in papers} >= {(20, 21), (61, 62), (46, 47), (77, 79), (84, 85), (86, 86),
                                                       (103, 104), (140, 142), (148, 149)}
    assert all(p["doi"] for p in papers) and not any(p["arxiv"] for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each fungal-taxonomy reference is an entry -- the two-line citations in code blocks, the <br><br>-separated "
        "(sometimes hard-wrapped) paragraphs in the justified divs, and each row of the Genera of Fungi and GOPHY "
        "tables (genera cell + reference cell); title = text after 'Year. ' up to the separator before the bold "
        "venue, <br>/<i> markup dropped (G5's '<br.' typo read as '<br>'); ids = first DOI written (G3's wrong DOI "
        "kept); section descriptions, the species-website table and the videos are not entries.",
        "Whole file (205 lines) read against the -v output: all 23 references with their spans (code blocks 20-21/"
        "61-62, wrapped paragraphs 46-47/70-71/77-79/81-82/84-85, 86 without a separator, table rows incl. 140-142), "
        "every title's end before the <b> venue ('?' kept at 42), the table titles across <br> and <i> (G2, G3's "
        "'.</i>', G4, G5's '<br.' typo), each DOI against its line (malformed href\" anchors, G3's DOI belonging to "
        "GOPHY 3), and that the descriptions, website table and iframes hold no other reference.",
    )


if __name__ == "__main__":
    main()
