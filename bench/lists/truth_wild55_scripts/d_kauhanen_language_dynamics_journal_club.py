"""Wild55 truth for hkauhanen/hkauhanen.github.io content/blog/journalclub.md: the archive of the "Language Dynamics
Journal Club", a reading group on language variation and change (historical linguistics, phylogenetics of language
families, sound change, evolutionary game theory), newest commit touching the file (803053a).

Shape: 90 lines.  TOML front matter between ``+++`` lines (1-7), a one-line blurb (9), ``## Archive`` (12), then one
``### dd/mm/yyyy`` heading per meeting (14 ... 88), newest first, each followed by one paragraph that is the whole
citation of the paper read: ``Surname, I. & Surname, I. (year) Title. *Journal*, vol, pages. <https://doi.org/...>``
(author-year without a period after the year, Linguistics-style double hyphens in page ranges, DOI as an autolink).
The 23/04/2020 meeting (71) adds ``Further reading:`` (75) and four ``* `` bullets in the same style (77-80).

Special cases:
- Book chapters are written ``Title. In Editors (ed./eds.), *Book*, pages. Place: Publisher.`` (16 a chapter of
  McElreath's *Statistical rethinking*, 28 a SemEval workshop paper, 32 a handbook chapter, 63 a chapter of an
  edited volume): entries, the title ends at ``. In ``.
- 80 is a book (Pereltsvaig & Lewis, *The Indo-European controversy*, title in italics, Cambridge University
  Press): not an entry.
- 58's title contains parentheses: ``Save the trees: why we need tree models in linguistic reconstruction (and when
  we should apply them)``; 28's contains a colon and ``SemEval-2020``.
- Links: DOIs as ``<https://doi.org/...>`` autolinks; 28 an ACL Anthology URL, 63 academia.edu, 68 Project MUSE (no
  DOI).

Decisions:
- Entry = each meeting paragraph (16, 20, ..., 90: 16) and each further-reading bullet except the book (77-79):
  19 entries.
- Title = the text after ``(year) `` up to the period before the italic venue (``. *``) or before ``. In `` for a
  chapter.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "hkauhanen__hkauhanen.github.io__content__blog__journalclub@803053a.md"
PART = "wild55_development"

CITE = re.compile(r"^(?:\* )?[A-Z][^()]*\(\d{4}\) (?P<rest>.+)$")
TITLE = re.compile(r"^(?P<title>.+?)\. (?:\*|In )")
BOOKS = {80}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        m = CITE.match(ln)
        if not m:
            continue
        if n in BOOKS:
            skipped.append(n)
            continue
        t = TITLE.match(m.group("rest"))
        assert t, (n, ln)
        papers.append(entry(lines, n, n, t.group("title")))
    assert skipped == [80], skipped
    by = {p["line"]: p for p in papers}
    assert by[16]["title"] == "The Golem of Prague", by[16]
    assert by[20]["title"] == "Subgrouping the Sogeram languages: a critical appraisal of Historical Glottometry"
    assert by[20]["doi"] == "10.1075/jhl.17011.dan", by[20]
    assert by[28]["title"] == (
        "DiaSense at SemEval-2020 Task 1: Modeling sense change via pre-trained BERT embeddings"), by[28]
    assert by[28]["doi"] is None, by[28]
    assert by[32]["title"] == "Trees, waves and linkages: models of language diversification", by[32]
    assert by[32]["doi"] == "10.4324/9781315794013.ch6", by[32]
    assert by[58]["title"].endswith("linguistic reconstruction (and when we should apply them)"), by[58]
    assert by[68]["doi"] is None, by[68]
    assert by[78]["doi"] == "10.1111/j.0006-341x.1999.00001.x", by[78]
    assert by[90]["title"] == "Phonetic change in an Antarctic winter", by[90]
    assert sorted(by) == [16, 20, 24, 28, 32, 36, 40, 44, 48, 53, 58, 63, 68, 73, 77, 78, 79, 85, 90], sorted(by)
    assert len(papers) == 19, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are the citation paragraphs under the '### dd/mm/yyyy' meeting headings (one per meeting) and the"
        " 'Further reading' bullets of 23/04/2020, except the book at 80 (Pereltsvaig & Lewis, italic title);"
        " book chapters and a workshop paper written 'Title. In Editors (eds.), *Book*' are entries.  Title = the"
        " text after '(year) ' up to the period before the italic venue ('. *') or before '. In '.",
        "Read all 90 lines; compared -v with every paragraph and bullet: chapter titles cut at '. In ' (16, 28, 32,"
        " 63), the parenthesised title 58, the skipped book 80, DOIs from the doi.org autolinks and none for the"
        " ACL Anthology (28), academia.edu (63) and Project MUSE (68) links.",
    )


if __name__ == "__main__":
    main()
