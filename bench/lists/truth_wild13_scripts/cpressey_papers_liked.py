"""Wild13 truth for cpressey/Some-Papers-I-Really-Liked README.md: one person's 'papers I really liked' page
(the last version with content, commit e1cbca3; the newest commit replaces the page with a 'moved' note).

Shape (Feedmark): setext '----' section headings, then one '### Title' heading per item, a blank line, a
block of property bullets '*   authors: ...', '*   date: ...', optional '*   subtitle: ...',
'*   publication: ...', '*   wikipedia: ...', one or more '*   available @ [host](url) (PDF)', then free
notes (paragraphs, quotes, sometimes their own bullet list or links to other articles: not entries).

What is an entry: every '### ' item (28) except the six whose own properties say they are not papers: three
blog posts ('publication: Joel on Software', 'Barr Group Blog', 'Logic Matters') and three talks
('publication: slides from a talk given ...'): 22.  Kept: lecture notes (Strachey), a monograph chapter
(Meertens, 'CWI Monographs'), an IEEE Computer article, a Santa Fe Institute paper.
Lines: the heading through the last property bullet (the notes are not part of the entry; ids come from
the properties only).  Title: the heading text as written; the separate 'subtitle:' property (Backus,
Meertens, Harel, Gorlatch) is not joined to it.  Ids: an ACM DL DOI (Backus) and two arXiv links
(Meyries, Kahle & Keller); CiteSeerX 'doi=10.1.1.x' query values are CiteSeerX ids, not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "cpressey__Some-Papers-I-Really-Liked__README@e1cbca3.md"
PART = "wild13_development"
LINES = read_lines(NAME)

PROP = re.compile(r"^\*   (authors|date|subtitle|publication|wikipedia|year): |^\*   available @ \[")
NOT_PAPERS = ("Joel on Software", "Barr Group Blog", "Logic Matters", "slides from a talk")


def main() -> None:
    papers = []
    items = 0
    skipped = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("### "):
            continue
        items += 1
        title = text[4:].strip()
        assert LINES[i] == "", i  # blank line after the heading
        end = i + 1
        while end < len(LINES) and PROP.match(LINES[end]):
            end += 1
        # properties run from line i + 2 to line end
        props = LINES[i + 1 : end]
        assert props and all(PROP.match(p) for p in props), (i, props)
        assert LINES[end] == "" or end == len(LINES), (i, LINES[end])
        pub = next((p for p in props if p.startswith("*   publication: ")), "")
        if any(k in pub for k in NOT_PAPERS):
            skipped.append(title)
            continue
        papers.append(entry(LINES, i, end, title))
    assert items == 28, items
    assert skipped == [
        "Making Wrong Code Look Wrong",
        "State Machines for Event-Driven Systems",
        "The Galois Connection between Syntax and Semantics",
        "The LCF Approach to Theorem Proving",
        "Automated Reasoning for the Working Mathematician",
        "The Future of Mathematics?",
    ], skipped
    assert len(papers) == 22
    write_truth(
        NAME,
        PART,
        papers,
        "every '### Title' item with its property bullets is an entry except the three blog posts and three talk"
        " slide decks its own 'publication:' property names; title = the heading text (a separate 'subtitle:'"
        " property not joined); the notes below the properties are not part of the entry",
        "all 28 items read one by one (22 entries, 6 blog posts and talks); every title, line range and the ACM"
        " DOI and two arXiv ids checked against the file; the CiteSeerX 'doi=10.1.1.x' values checked to give no"
        " DOI; notes with their own bullets and links checked to give no entry",
    )


if __name__ == "__main__":
    main()
