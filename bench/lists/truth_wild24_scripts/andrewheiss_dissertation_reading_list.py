"""Wild24 truth for andrewheiss/Dissertation reading_list.md: a PhD student's comprehensive-exam
reading list (political science, Duke, March 2014), Pandoc Markdown.

Commit: e9f7f7e, the last version of this path ('HUGE preliminary list'); the next commit (32c05ea)
renamed it to reading_list.txt and replaced it with a question-based list, so HEAD has no such file.

Shape: YAML header, two notes (line 14 says the list has '146 entries'), then '#'/'##'/'###' topic
headings; under each, LaTeX '\\begingroup \\hangstart' ... '\\endgroup' wrappers around one record
per paragraph.  Two kinds of record:
- a Pandoc citation key alone on its line, '[@North:1990]', sometimes with a locator
  ('[@Knight:1992, chapter 4--5]'): 68 records;
- a hand-written reference in Chicago or APA style, copied from other bibliographies: 78 records.
68 + 78 = 146, the count line 14 gives.
Entries: every record whose subject is an article, a book chapter, a working paper or another
part-level work; books and edited volumes are not entries.
- Key records: the key names no title, so title = null.  Whether the key is a book was read off the
  repository's own reading_list.bib at the same commit (the file Pandoc resolves these keys with):
  @Book keys are not entries (24, listed in BOOK_KEYS), @Article, @InCollection and @TechReport keys
  are (44).  No ids.
- Hand-written records: a record whose title is quoted (“...” or "...") is a part-level work and an
  entry: journal articles, chapters 'In *Book*' or 'Chap. n in', a working paper (line 215);
  title = the quoted text without its closing ',' or '.', '?' kept.  Three article records give the
  title unquoted and unitalicised before an italic journal (lines 260, 297, 311): title = the text
  between the year and the journal.  A record whose only title is italic is a book or edited volume
  (22, lines in BOOKS, including Zaki's annual report on line 391 and two books by Wickham/Bob
  without publisher, lines 383 and 404): not entries.
Essays in policy magazines are counted like journal articles (line 402 'Merchants of Morality',
Foreign Policy; the key Mathews:1997 'Power Shift', Foreign Affairs, is an @Article in the bib).
Special case: line 268 quotes '"Chapter 2: Realism and Complex Interdependence."'; the chapter
number is numbering and is dropped (title 'Realism and Complex Interdependence').
Not entries: headings, the notes, '\\begingroup'/'\\endgroup' lines, rules.
Count check: 146 records = 68 keys + 78 references; entries = 44 keys + 56 references = 100,
44 of them with a null title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "andrewheiss__Dissertation__reading_list@e9f7f7e.md"
PART = "wild24_development"
BOOK_KEYS = {
    "North:1990", "Ostrom:1990", "Acemoglu:2012", "Greif:2006", "Platteau:2000", "Putnam:1994",
    "Knight:1992", "Kuran:1995", "Olson:1971", "Schelling:1978", "Acemoglu:2006", "Rodrik:2007",
    "Przeworski:1991", "Ulfelder:2010", "Bellin:2002", "Blaydes:2011", "Jamal:2007", "Tallberg:2013",
    "Keck:1998", "Rodrik:2011", "Stroup:2012", "Kelley:2004", "Kelley:2012", "Wong:2012",
}
BOOKS = {203, 223, 256, 262, 272, 278, 289, 291, 295, 309, 345, 351, 365, 367, 371, 375, 379, 381,
         383, 391, 404, 418}
UNQUOTED = {
    260: "States and Transnational Actors: Who’s Influencing Whom? A Case Study in Jewish Diaspora Politics"
         " during the Cold War",
    297: "From International Relations to Global Governance Theory: Conceptualizing NGOs after the Rio"
         " Breakthrough of 1992",
    311: "The Political Economy of NGOS and Human Security",
}
KEY = re.compile(r"^\[@([^\],]+)(?:,[^\]]*)?\]\s*$")
QUOTED = re.compile(r"“(?P<a>[^”]+)”|\"(?P<b>[^\"]+)\"")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Political institutions") + 1
    assert start == 25, start  # the heading line
    papers = []
    keys = refs = 0
    for i, text in enumerate(lines, 1):
        if i < start or not text.strip() or text.startswith(("#", "\\", "---")):
            continue
        m = KEY.match(text)
        if m:
            keys += 1
            if m.group(1) not in BOOK_KEYS:
                papers.append(entry(lines, i, i, None))
            continue
        refs += 1
        if i in BOOKS:
            assert not QUOTED.search(text) and "*" in text, i
            continue
        if i in UNQUOTED:
            title = UNQUOTED[i]
            assert title in text and not QUOTED.search(text), i
        else:
            q = QUOTED.search(text)
            assert q, i
            title = (q.group("a") or q.group("b")).strip().rstrip(",.").strip()
            if title.startswith("Chapter 2: "):
                assert i == 268
                title = title.removeprefix("Chapter 2: ")
        papers.append(entry(lines, i, i, title))
    assert (keys, refs) == (68, 78), (keys, refs)
    assert keys + refs == 146
    assert len(papers) == 100, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 44
    write_truth(NAME, PART, papers,
                "each paragraph record (a Pandoc key or a hand-written Chicago/APA reference) whose subject is an"
                " article, chapter or working paper is an entry; key records have a null title and are classed"
                " by the repository's own reading_list.bib (@Book keys are not entries); references with a"
                " quoted title are entries (title = the quoted text), references whose only title is italic are"
                " books and not entries",
                "all 146 records read by eye: the 68 keys checked against reading_list.bib at e9f7f7e (24 @Book),"
                " all 78 hand-written references sorted into 56 part-level works and 22 books/edited volumes,"
                " every title compared with its line (incl. lines 260/297/311 without quotes and line 268's"
                " chapter number); the total matches the '146 entries' the file states on line 14")


if __name__ == "__main__":
    main()
