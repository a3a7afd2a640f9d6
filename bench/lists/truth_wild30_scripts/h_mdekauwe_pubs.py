"""Wild30 truth for mdekauwe/mdekauwe.github.io publications.md: the publication page of Martin De
Kauwe's lab (supervised students and postdocs marked), hand-written HTML inside Markdown.

Shape: four sections (``### In review``, ``### In print``, ``### Reports``, ``### Conference
proceedings``), each an ``<ol reversed>`` of ``<li><p> ... </p></li>`` items, one publication per
item: authors (lab members underlined, ``<sup>&#8224;</sup>``/``<sup>&#x02021;</sup>`` marks,
``<b>De Kauwe ...</b>``), the year in parentheses, the title in plain text, then the journal in
``<i>...</i>`` and volume/pages or "in press" / "DOI: 10...." text.  Every ``<li>`` is an entry
(143); the two reports (a validation protocol, a DOE workshop report) and the eight conference
abstracts count as technical reports / conference papers.

Title = the text after the first "(YYYY)" up to the journal's ``<i>``; items with no italics
(31-64 "accepted" papers and recent ones whose journal is plain text, the chapter on 94, the
reports and proceedings) end the title at the first ". " (or ", In proceedings" on 316, ", DOE/SC"
on 298).  Checked: no title holds italics or ". " itself.  Markup removed (``CO<sub>2</sub>`` ->
"CO2"), the closing '.' dropped.  94 is an encyclopedia chapter with its own title and DOI ("In:
Goss MJ & Oliver MA (eds.) Encyclopedia of Soils in the Environment"), counted as an entry (a
chapter, not a book).  Special cases: 16-17 and 124-125 are items that break over two lines (the
year on 17; the journal italics closing on 125); 297 (Hoffman et al.) separates year and title
with a comma ("(2017), International Land Model ..."); 295 (Duncanson et al.) gives
"Version 1.0" and the book after the title.  DOIs are written as "DOI: 10..." / "doi:10..." text.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "mdekauwe__mdekauwe.github.io__publications@cee1e92.md"
PART = "wild30_development"

YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?\)[.,]?\s*")
NO_ITALICS_END = re.compile(r",\s*DOE/SC|,\s*In proceedings|\.\s")


def title_of(text: str) -> str:
    m = YEAR.search(text)
    assert m, text
    rest = text[m.end():]
    if "<i>" in rest:
        return rest[: rest.index("<i>")]
    e = NO_ITALICS_END.search(rest)
    assert e, rest
    return rest[: e.start() + 1]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("<li>"):
            j = i
            while "</li>" not in lines[j]:
                j += 1
            text = " ".join(lines[i : j + 1])
            papers.append(entry(lines, i + 1, j + 1, title_of(text)))
            i = j + 1
        else:
            i += 1
    assert len(papers) == 143, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each <li> of the four <ol> lists is an entry (articles, in-review papers, two reports, eight"
        " conference abstracts); title = text between the '(YYYY)' and the journal's <i> (or the"
        " proceedings/report tail), tags removed.",
        "All 143 titles printed and read against the file; the two-line items (16-17, 124-125), the"
        " reports (295, 297) and the proceedings (306-320) checked by eye; DOIs checked against"
        " the 'DOI:' text.",
    )


if __name__ == "__main__":
    main()
