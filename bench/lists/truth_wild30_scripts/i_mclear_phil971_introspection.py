"""Wild30 truth for mclear-teaching-projects/phil971 content/pages/phil971introspection/
phil971introspectionAssignments.md: the class-by-class reading assignments of a graduate
philosophy seminar (PHIL 971, "introspection / self-knowledge"), newest class first (Class 14 .. 1).

Shape: `# Class N (date)` headings, then nested bullet lists. Readings are written as
`Author, "[Title](link)"`, `Author, ["Title"](link)`, `Author, [Title](link)`, `[Author Year](link)`
(no title), `[Author, "Title"](link)`, or as sub-items under an author/group line
(`- Byrne on transparency` 9 -> 10-12, `- Burge` 41 -> 42-43). Links are bit.ly / Dropbox / local
pdfs; no DOI or arXiv id anywhere. Typography marks books: italic titles are books.

Entries (one per line): every record naming one modern secondary work of article/essay length.
Not entries: primary historical texts (Kant 50-52, 65-72; Leibniz 88-92; Locke 123-125; Descartes
and Malebranche 148-156, 166-169); parts of books the file marks as such (italic book title with
"excerpts" / "chapter" / "(ch. N)": Kitcher 54-56, 75-77; Ameriks *Kant's Theory of Mind* ->
"Ideality" 78-79; Thiel excerpt 127; Russell *Problems of Philosophy* chs 136-137; Fumerton excerpt
141; Hatfield 172; Williams 173; Thiel *Early Modern Subject* 187); SEP encyclopedia entries (128,
183-186); "Shoemaker, et al" (105, names no work); group lines and headings.
Special cases: Shoemaker, "Self-Knowledge and 'Inner Sense'" (112) with three linked lectures
(113-115, published as three papers) is one record naming three works: three entries on 112-115,
each titled by line 112. Repeated readings (Byrne 10/27, 11/26; Boyle 24/34) are separate entries.
Author-year-only links (Thiel 1994 96, Jorgensen 2011 97, Simmons 2011 98, Lolordo 2005 158, Nolan
2005 159, Jolly 2009 160) have title None (the title sits only inside the URL's file name);
Barnes, [Critical Notice] (142) is a journal critical notice whose link text is a genre label:
title None. Geach (111) and Kind (117) have an unbalanced quote mark; the title is the link text.
Titles lose the quote marks the list wraps them in.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = ("mclear-teaching-projects__phil971__content__pages__phil971introspection__"
        "phil971introspectionAssignments@082f28e.md")
PART = "wild30_development"
TITLED = [10, 11, 12, 13, 14, 15, 16, 17, 18, 24, 25, 26, 27, 33, 34, 35, 42, 43, 44, 57, 58, 59,
          80, 81, 82, 95, 111, 116, 117, 126, 129, 130, 138, 139, 140, 171, 174]
UNTITLED = [96, 97, 98, 142, 158, 159, 160]


def title_of(line: str) -> str:
    text = re.search(r"\[([^\]]+)\]\(", line).group(1)
    text = re.sub(r"^[A-Z][a-z]+(?: \d{4})?, (?=\")", "", text)  # "[Mcrae 1976, ...]", "[Broughton, ...]"
    if text.startswith('"') and text.endswith('"'):
        text = text[1:-1]
    return text


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in TITLED:
        t = title_of(lines[n - 1])
        assert t and t in lines[n - 1], (n, t)
        papers.append(entry(lines, n, n, t))
    for n in UNTITLED:
        assert "](" in lines[n - 1], n
        papers.append(entry(lines, n, n, None))
    shoemaker = re.search(r'"(.+)"', lines[111]).group(1)
    for _ in range(3):
        papers.append(entry(lines, 112, 115, shoemaker))
    assert len(papers) == 47, len(papers)
    write_truth(NAME, PART, papers,
                "One entry per reading record naming a modern secondary article/essay (title = link text without "
                "its wrapping quotes and without an 'Author[ Year], ' prefix; author-year-only links and the "
                "'Critical Notice' label give no title); primary historical texts, book chapters/excerpts the file "
                "marks with an italic book title, SEP entries and group lines are not entries; the Shoemaker "
                "record with three linked lectures is three entries on 112-115.",
                "Read the whole file by eye (193 lines): every bullet classified, all 47 entries and their titles "
                "checked against the lines, the excluded primary texts/book parts/SEP entries listed in the "
                "docstring.")


if __name__ == "__main__":
    main()
