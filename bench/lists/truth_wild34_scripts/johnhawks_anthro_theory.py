"""Wild34 truth for johnhawks/weblog _posts/2012-05-28-anthropological-theory-and-ethnography.md: the
reading schedule of an anthropology course (Anthropology 300, Anthropological Theory and Ethnography).

Shape: YAML front matter (1-10), intro prose (12-18), then raw HTML inside the Markdown: `<h4>Part N</h4>`
headings, an outer `<ul>` of class dates (`<li><strong>May 29</strong></li>`, not entries) and inner
`<ul>` lists with one reading per `<li>`: `Author (year) <a href="url">"Title"</a>`.  Each reading line
is one entry; its title is the link text with the surrounding quotation marks and `<em>` removed.
Irregular records kept as written: line 40 `"Do we need a "superorganic"?` (title `Do we need a
"superorganic"?`), lines 75 and 102 open a quotation mark they never close, line 92 italicises a book
name inside the title, lines 71, 72, 101 and 119 leave the `<li>` unclosed, and line 129 adds a note
after the link (not part of the title).

Not entries: book readings -- Tylor's *Primitive Culture* ch. 1 (38), Morgan's *Ancient Society* (59),
Spencer's *Principles of Sociology* (60), Hobbes' *Leviathan* chapters (147) and Durkheim's two books
linked only to a "Summary" page (98, 99).
Ids: DOIs from Wiley, Annual Reviews and dx.doi.org links, and from JSTOR URLs that hold a DOI
(`jstor.org/stable/10.2307/2661275`, also through the ezproxy host on line 132); JSTOR stable numbers
without `10.2307/`, the openurl on line 61 and Cambridge's fileId are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "johnhawks__weblog___posts__2012-05-28-anthropological-theory-and-ethnography@8de61d0.md"
PART = "wild34_development"

READING = re.compile(r'^<li>.*?<a href="[^"]*">(.*?)</a>')
BOOKS = {38, 59, 60, 98, 99, 147}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("<li>") or ln.startswith("<li><strong>"):
            continue
        if n in BOOKS:
            continue
        m = READING.match(ln)
        assert m, n
        title = re.sub(r"</?em>", "", m.group(1)).strip()
        if title.startswith('"'):
            title = title[1:]
            title = title.removesuffix('"')
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 52, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each reading `<li>` under a class date is an entry titled by its link text without the enclosing quotation "
        "marks and <em> tags; date items and six book readings (lines 38, 59, 60, 98, 99, 147) are not entries.",
        "Whole file read by eye (162 lines): all 58 reading items, the 52 titles and their DOIs checked one by one.",
    )


if __name__ == "__main__":
    main()
