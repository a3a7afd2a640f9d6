"""Wild2 truth for a scraped political-science syllabus in Fangye123/Extracting-Information-from-syllabi.

File: sy_data/training_dataSet_md/17568_The_Political_Economy_of_Development.md (Rice University
POLI 464, converted from HTML).  Readings are EndNote-style author-date references, one paragraph each,
hard-wrapped over 1-3 lines, grouped under week-topic headings ('### Defining Democracy', ...) with
'_Optional Reading_' sub-lists; no links, so no ids.  Journal articles are written
'Author (Year). "Title." Journal **vol** (issue): pages.' with the title in straight double quotes;
books and chapters of edited books are written with the title unquoted
('Author (Year). Chapter title. Book title. Editor. City, Publisher **:** pages.').

Entries: every reference paragraph with a quoted article title (the repeated Inkeles & Sirowy 1990
review, once prefixed 'Review--', is an entry both times; 'Forum on the Work of Robert Bates' in
World Development is an entry), plus Sklar (1996) 'Postimperialism. Concepts and Implications.',
a paper given at a Dartmouth conference (EndNote's unquoted conference-paper form).  Title = the
quoted text (joined across the line break), its final '.' dropped; for Sklar the text after
'(1996). ' up to the conference name.  Lines = the paragraph's lines.

Not entries: books (Dahl, Evans, Huntington, North, Karl, Bates 1997, ...; edited volumes; the
'Especially Chapters ...' and 'pp.' notes do not make them papers), chapters of edited books
(Kohli 1986, Frank 1973, Cardoso 1970, Kurth 1979, Serra 1979, Chan 1997), O'Donnell's 1973
Institute of International Studies monograph, the Polity III computer file (a dataset), and the three
pieces from The Economist (magazine journalism: lines 63, 66, 352), two of which quote their titles.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild2 import entry, read_lines, write_truth

NAME = ("Fangye123__Extracting-Information-from-syllabi__sy_data__training_dataSet_md__"
        "17568_The_Political_Economy_of_Development@89cbf22.md")
PART = "wild2_held_out"
LINES = read_lines(NAME)
#: first line of quoted-title paragraphs that are not scholarly papers
MAGAZINE = {66: "The Economist 1996", 352: "The Economist 1997"}
#: first line of an unquoted paragraph that is a paper: its title
UNQUOTED_PAPERS = {229: "Postimperialism. Concepts and Implications"}


def paragraphs():
    i = 0
    while i < len(LINES):
        if LINES[i].strip():
            j = i
            while j + 1 < len(LINES) and LINES[j + 1].strip():
                j += 1
            yield i + 1, j + 1
            i = j + 1
        else:
            i += 1


def main() -> None:
    papers = []
    refs = 0
    for first, last in paragraphs():
        text = " ".join(ln.strip() for ln in LINES[first - 1 : last])
        if not re.search(r"\(\d{4}\)\.", text):
            continue  # headings, prose, '* * *', 'Optional Reading'
        refs += 1
        m = re.search(r'\(\d{4}\)\.\s*"(.+?)"', text)
        if first in UNQUOTED_PAPERS:
            papers.append(entry(LINES, first, last, UNQUOTED_PAPERS[first]))
        elif m and first not in MAGAZINE:
            papers.append(entry(LINES, first, last, m.group(1)))
        if "-v" in sys.argv:
            print("   ", first, last, "ENTRY" if papers and papers[-1]["line"] == first else "-----", text[:110])
    assert (refs, len(papers)) == (93, 43), (refs, len(papers))
    write_truth(
        NAME, PART, papers,
        "every author-date reference paragraph with a double-quoted article title is an entry (title = the quoted"
        " text without its final '.', joined across the wrap; lines = the paragraph), plus Sklar's 1996 conference"
        " paper (unquoted); books, edited-book chapters, a monograph, a dataset and The Economist pieces are not",
        "all 93 reference paragraphs classified by eye (43 entries, 50 not; grep -c '([0-9]{4})\\.' = 93), against a"
        " second count of quoted titles (grep -c '([0-9]{4})\\. *\"' = 44, less the 2 quoted Economist pieces, plus"
        " Sklar's unquoted conference paper = 43);"
        " every wrapped title joined correctly (e.g. lines 112-114, 233-235, 499-500), typos kept"
        " ('Trasitions', 'Contnuities'), the 'Review--' repeat of Inkeles & Sirowy, the unquoted chapters and the"
        " Economist pieces left out",
    )


if __name__ == "__main__":
    main()
