"""Wild53 truth for Olivier-Berg/PPE-notes PPE/Politics/Practice/TODO.md: an Oxford PPE undergraduate's Obsidian
to-do note for a comparative-politics tutorial (week 1: parliamentarism and presidentialism), a Chicago-style
reading list pasted from the course PDF with task checkboxes.  Taken at 2569254 (2025-01-30), the last commit
holding the file: the newest commit touching it (fc98912, 2025-10-08, "vault backup") deleted it.

Shape: 44 lines, 5 KB.  A bold ``**JUST READ THE OXFORD HANDBOOK**`` note (1) with five lower-case bullets naming
handbooks and ``sebelius 2002 veto players`` (2-6); ``## Week 1`` (8), a ``- [ ] **LOOK AT THE SLIDES**`` task (9);
then four bold sub-heads ``**Introductory Reading**`` (11), ``**Required Reading**`` (15), ``**Further Reading**``
(24), ``**Methodological Reading**`` (38), each over ``- [x]`` / ``- [ ]`` task bullets, one reference per line:
``- [ ] Author, First (Year[a|b]), “Title”, Journal, vol, issue, pp. ..., doi: 10....`` or ``“Title”, in Handbook,
ed. by ...``.  Tab-indented sub-tasks note progress (``- [x] until page 6`` 20, 22; ``- [ ] what was in here
again?`` 17).  ``**READ LINZ**`` (42) and an empty ``## Week 2`` (44) close it.

Special cases:
- The text was copied from a PDF: line-break hyphens survive inside titles (``“Rethinking the ‘Pres- identialism
  Debate’: ...”`` 25, ``“Comparative Executive–Legislative Rela- tions”`` 33, ``Presi-dential`` 34) and DOIs are
  split by a space (``doi: 10.1093/oxfordhb/ 9780199548460.003.0012`` 16, ``...003. 0029`` 19, ``10.1080/
  13510347...`` 25, ``10.1093/oxfordhb/ 9780199548477...`` 27, ``10.1111/1475- 6765.00084`` 34, ``9780199
  566020...`` 40).  Linz (31) has a broken ``doi: 0.1353/jod.1990.0011`` (the leading 1 lost).
- Whole-line emphasis: ``**Duverger ...**`` (28) and ``**Linz ...**`` (31) in bold, ``*Siaroff ...*`` (34) in
  italics, inside the checkbox.
- Two references are whole books with no quoted title (Cheibub 2007, 26; Lijphart (ed.) 1992, 30); textbook and
  monograph chapters are quoted with their chapter number (``“Chapter 12: Parliamentary, ...”`` 13, ``“Chapter 7:
  ...”`` 18, ``“Chapters 5–7: Presidentialism and Parliamentarism”`` 21).

Decisions:
- Entry = each checkbox bullet holding a quoted “title” (17: articles and book chapters, including the textbook
  chapter readings); title = the text inside the first “...”, written as is (PDF hyphens, ``Chapter 12:`` prefix and
  inner ‘...’ quotes kept).  Span = the bullet's own line (the tab-indented progress sub-tasks are notes).
- Not entries: the two book references (26, 30), the handbook / ``sebelius 2002 veto players`` jottings (2-6), the
  ``LOOK AT THE SLIDES`` task, the progress sub-tasks and the bold sub-heads.
- DOIs: the helper's automatic DOI stops at the stray space and gives a cut DOI (``10.1093/oxfordhb/``,
  ``10.1111/1475-``, ...), so for the six space-split DOIs the script sets the DOI the line spells out with the space
  removed (``10.1093/oxfordhb/9780199548460.003.0012`` ...); the helper also keeps the closing bold ``**`` of
  28 and 31 in the DOI (``...tb00569.x.**``), so every ``doi: 10....`` is read by the script (spaces removed,
  final dot and ``*`` dropped); Linz's ``0.1353/...`` is not a DOI (None).
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Olivier-Berg__PPE-notes__PPE__Politics__Practice__TODO@2569254.md"
PART = "wild53_development"

ITEM = re.compile(r"^- \[[ x]\] (?:\*\*|\*)?(?P<auth>[^(“]+?) \((?:ed\.\) \()?(?P<year>\d{4})[ab]?\), (?P<rest>.*)$")
TITLE = re.compile(r"^“(?P<title>.+?)”,")
SPLIT_DOI = re.compile(r"doi: (?P<doi>10\.\d{4,}/.*?)\.?\**\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "**JUST READ THE OXFORD HANDBOOK**"
    papers, books, fixed = [], [], []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- ["):
            continue
        m = ITEM.match(ln)
        if not m:
            assert ln == "- [ ] **LOOK AT THE SLIDES**", (n, ln)
            continue
        t = TITLE.match(m.group("rest"))
        if not t:
            books.append(n)
            continue
        p = entry(lines, n, n, t.group("title"))
        d = SPLIT_DOI.search(ln)
        if d:
            doi = d.group("doi").replace(" ", "").lower()
            if doi != p["doi"]:
                fixed.append(n)
                p["doi"] = doi
        papers.append(p)
    assert books == [26, 30], books
    assert fixed == [16, 19, 25, 27, 28, 34, 40], fixed
    assert len(papers) == 17, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[13]["title"].startswith("Chapter 12: Parliamentary, Presidential, and Semi-Presidential"), t[13]
    assert t[16]["doi"] == "10.1093/oxfordhb/9780199548460.003.0012", t[16]
    assert t[19]["doi"] == "10.1093/oxfordhb/9780199566020.003.0029", t[19]
    assert (t[21]["title"], t[21]["doi"]) == ("Chapters 5–7: Presidentialism and Parliamentarism", None), t[21]
    assert t[25]["title"] == ("Rethinking the ‘Pres- identialism Debate’: Conceptualizing Coalitional Politics in"
                              " Cross-Regional Perspective"), t[25]
    assert t[25]["doi"] == "10.1080/13510347.2012.710604", t[25]
    assert t[28]["doi"] == "10.1111/j.1475-6765.1980.tb00569.x", t[28]
    assert (t[31]["title"], t[31]["doi"]) == ("The Perils of Presidentialism", None), t[31]
    assert t[34]["doi"] == "10.1111/1475-6765.00084", t[34]
    assert t[36]["title"] == "‘Big Men’ Rule: Presidential Power, Regime Type and Democracy in 30 African Countries"
    assert t[40]["doi"] == "10.1093/oxfordhb/9780199566020.003.0004", t[40]
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [ ]' / '- [x]' checkbox bullet of the week-1 reading list that quotes a title in “...” is an entry"
        " (17 articles and book chapters, textbook chapters included), one line each; title = the first “...” text as"
        " written (PDF hyphens like 'Pres- identialism' and 'Chapter 12:' prefixes kept); the two unquoted book"
        " references (26 Cheibub, 30 Lijphart ed.), the handbook jottings 2-6, the slides task and the progress"
        " sub-tasks are not entries. DOIs split by a PDF space (16, 19, 25, 27, 34, 40) are set with the space"
        " removed instead of the helper's cut DOI, and the bold '**' the helper keeps after 28's DOI is dropped (every"
        " 'doi: 10....' read by the script); Linz's '0.1353/...' (31) is not a DOI.",
        "Read all 44 lines; compared -v for all 17 entries: titles inside curly quotes incl. inner ‘...’ (25, 36),"
        " bold/italic whole lines (28, 31, 34), chapter-number titles (13, 18, 21); DOIs: the six space-split ones"
        " joined by hand and checked character by character, whole ones 28, 29, 33, 36, 39 from the helper, none"
        " for 13, 18, 21, 31, 32, 35.",
    )


if __name__ == "__main__":
    main()
