"""Wild30 truth for csml-cam/csml-cam.github.io publications.md: the publication page of the
Computational Statistics and Machine Learning group (Cambridge), "All publications".

Shape: after the front matter and a Liquid include (lines 1-16, not entries), one paragraph per
publication, pandoc-rendered from BibTeX and hard-wrapped at ~72 columns, blank line between:
"Authors. Title. *Venue*, vol(no):pages, month year. URL: <https://doi.org/10.xxxx%2F...>,
[doi:10.xxxx/...](https://doi.org/...)."  Titles are lower-cased by the style; most records have
no URL at all.

Entry = every paragraph from line 18 on (252 paragraphs), except two whole books: 689-690 ("A
first course in machine learning", a textbook) and 702-704 ("Handbook of statistical systems
biology", an edited book).  Kept as entries: book chapters (161, 717, 1096), prefaces/editorials
(244, 509, 675, 711-715, 860-865, 1115), comments, discussions and rejoinders (276, 576, 610, 648,
697), corrections/errata (75, 754, 915) -- each is a published item with its own title.  250
entries.

Title = the text after the author list (which ends at the first ". " not closing an initial such
as "P.A." or "D.-H."; "He." and "Ek." are surnames) up to the venue: ". *Venue*" or ". In *Venue*"
(first ". " when there is no italic venue, e.g. 325).  Ending at the venue keeps titles that hold
". " or "?" intact: 364/368 ("fibres? material" -- a lost apostrophe), 576 ("Contribution by m. a.
girolami"), 617 ("The silicon trypanosome. a test case ..."), 697, 915.  Overrides: 768-778 (an
author written "?. Argilés" breaks the author scan).  Markdown escapes are undone before markup is
removed: 697 ``\\"`` -> '"', 1046 ``l\\<inf\\>2\\</inf\\>`` -> "l<inf>2</inf>" -> tags removed ->
"l2"; 335 keeps the file's literal LaTeX-ish junk ("Students $\\less$inline-formula$\\greater$ ...
-filters for noise scale estimation") since it is not Markdown/HTML markup.

DOIs: the first DOI the paragraph gives; the percent-encoded "URL:" form (``10.1016%2Fj...``) is
decoded by the helper.  Where the first DOI is the bracketed ``[doi:10.1007/978-...-1\\_39]`` text
(a Markdown escape), the escape is undone ("_39"), as the page renders it.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "csml-cam__csml-cam.github.io__publications@2336896.md"
PART = "wild30_development"

INITIAL = re.compile(r"^(?:[A-Z]\.?-?)+$")
VENUE = re.compile(r"\.?\s+(?:In\s+)?\*")
BOOKS = {689, 702}
OVERRIDE = {768: "Naturally occurring human urinary peptides for use in diagnosis of chronic kidney disease"}


def title_of(text: str) -> str:
    start = None
    for m in re.finditer(r"(\S+)\.\s", text):
        if INITIAL.match(m.group(1)):
            continue
        start = m.end()
        break
    assert start is not None, text
    rest = text[start:]
    v = VENUE.search(rest)
    if v:
        return rest[: v.start()]
    m = re.search(r"\.\s", rest)
    assert m, rest
    return rest[: m.start()]


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    out, cur = [], []
    for n, line in enumerate(lines, 1):
        if line.strip():
            cur.append(n)
        elif cur:
            out.append((cur[0], cur[-1]))
            cur = []
    if cur:
        out.append((cur[0], cur[-1]))
    return out


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last in paragraphs(lines):
        if first < 18 or first in BOOKS:
            continue
        text = " ".join(lines[first - 1 : last])
        title = OVERRIDE.get(first) or title_of(text)
        title = title.replace("\\<", "<").replace("\\>", ">")
        p = entry(lines, first, last, title)
        if p["doi"] and "\\" in p["doi"]:
            p["doi"] = p["doi"].replace("\\", "")
        papers.append(p)
    assert len(papers) == 250, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bibliography paragraph is an entry except two whole books (689, 702); title = text"
        " between the author list and '. *Venue*' / '. In *Venue*', Markdown escapes undone and"
        " markup removed.",
        "All 250 titles printed and read against their paragraphs; the override (768), the"
        " ?-titles (364, 368), titles with '. ' (576, 617, 697, 915), 335, 1046, the books and"
        " the escaped DOIs checked by eye; ids checked against the lines.",
    )


if __name__ == "__main__":
    main()
