"""Wild47 truth for rccordell/f26rm content/pages/schedule.md: the weekly schedule of Ryan Cordell's Fall 2026
graduate seminar on book and media history (University of Illinois, research methods), an Eleventy site page;
newest commit (389f018, 2026-08-11, the only commit holding it).

Shape: 260 lines, 27 KB.  Front matter (1-6), a stray ``---`` (7), then one ``## <Date>: <Topic>`` section per week
(8 Media, 25 Rags, 44 Press, 69 Type, 89 Information, 110 Periodical, 132 Mechanization, 153 Bookish, 176 Data, 199
Visiting Scholar Lecture, 207 Documents, 226 Digitization, empty weeks 244/250/252, 257), separated by ``---`` rules.
Most weeks split their readings into ``**Core**`` and ``**Penumbra**`` (Documents uses ``## Core`` / ``## Penumbra``
headings, 211/216; Mechanization's core has no label).  Notes in Nunjucks shortcodes ``{% notes "1s", "..." %}`` (27,
46, 71, 91, 155) and ``Discussion Leaders: TBA`` lines sit between them.  Each reading is a ``+ `` bullet (113, eight of
them tab-indented sub-bullets 51-54 and 140-143) in a humanities citation style: ``Author, "Title" (year), [resource
via library](proxy URL)``, the title in straight or curly double quotes, a book title in ``_italics_``, link labels
``resource via library`` / ``library resource`` / ``external resource`` / ``external website`` / ``web resource``,
sometimes a trailing instruction sentence.  Most URLs go through the library proxy
(``muse-jhu-edu.proxy2.library.illinois.edu``, ``doi-org.proxy2...``, ``www-jstor-org.proxy2...``).

Special cases:
- Not research works (no entry): primary sources and whole books -- Melville's story (31), the container bullet
  ``Meaningfully browse 2 of the following:`` (50) and the printing manuals under it (51-54, books), Whitman's poem and the anthology ``The Poets and Poetry of Printerdom`` (55), Franklin's
  Autobiography (61), ``Parts 1-3`` of Werner's book (63, no part title), Walker's ``Appeal`` (75), ``Chambers's
  Information for the People`` and its No. 35 (94), ``Any chapter from`` Daston & Galison's ``Objectivity`` (101),
  Sousa's 1906 magazine polemic ``The Menace of Mechanical Music`` (136), the film ``Farewell etaoin shrdlu`` (137),
  Jarvis's book ``Hot Type`` as a whole (139; its four named chapters 140-143 are entries), Fleishman's Medium blog
  post (149), Ann Blair's lecture (203).
- Kept as research works: journal articles, book chapters and introductions (``"Introduction" from _Book_``),
  keyword essays with one-word titles (``"Author"`` 77, ``"Format"`` 160), online-journal essays (Common-place 57,
  Post45 171/238, DHQ 239/240, HDSR 184, curatingmenus.org ``Against Cleaning`` 232, Cordell's ``Q i-jtb the Raven``
  233), the unpublished ``(prepub; can email)`` Ozment paper (66, no link), and the classic essays Benjamin (147),
  Bush ``As We May Think`` (189) and Menabrea's 1842 ``Sketch of the Analytical Engine`` (182; its Lovelace notes
  are part of the same work).
- One bullet naming two chapters = two entries: 65 Battershill ``chapters 1-2 ("Historicizing" & "Learning")``, 213
  Gitelman ``"Xerographers of the Mind" and "Near Print and Beyond Paper: Knowing by \\*.pdf"`` (the escaped ``\\*``
  renders as ``*``).
- 40 ``Any other chapter from Senchyne, _book_ ... or his article, "Rags Make Paper, ..."``: one entry, the named
  article (the book alternative names no chapter).
- 32 Werner ``“Paper”`` continues on 33 (a ``\\`` hard break, then a ``☞ _Note_`` line): the entry spans 32-33.
- Titles keep their inner quotes and oddities: 76 ``‘Look!! Look!!! at This!!!!’: ...`` (curly), 84 ``'Look!! look!!!
  at this!!!!': Reading Walker’s Appeal``, 83 ``We're Taking ... This Century': ...`` (opening single quote missing
  in the file), 82 ``'Smiley, you’re on candid camera': ...``, 196 ``Algorhythmics and Media Concepts: Ada Lovelace's
  Notes to "Sketch of the Analytical Engine`` (the inner straight quote is opened but never closed; the title runs
  to the quote before ``(2025)``); a comma written inside the closing quote (19, 86, 103)
  and italics inside titles (22, 64, 84, 214) are dropped.
- Repeats are separate entries: Eve ``New Leaves`` 41 and 222.

Decisions:
- Entry = a ``+`` bullet that names a research work (article, essay, book chapter) by a quoted title; title = the
  first quoted string of the bullet (both quoted strings on 65 and 213), markup removed.
- Ids come from the bullet's own line(s) by the shared helpers: DOIs only where a URL spells one (proxied doi.org
  links 22/97/106/170/183/196, a Wiley ``/doi/epdf/`` 190, Chicago ``/doi/10.1086/`` 107/223, ACM 129, JSTOR stable ids with
  a 10.xxxx prefix, and the Oxford Handbooks view URLs 85/96/172, which the helper reads as a long 10.1093 string);
  no arXiv ids.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "rccordell__f26rm__content__pages__schedule@389f018.md"
PART = "wild47_development"

BULLET = re.compile(r"^\t*\+ (?P<text>.*)$")
QUOTED = re.compile(r"\"(?P<a>[^\"]+)\"|“(?P<b>[^”]+)”")
NOT_WORK = {31, 50, 51, 52, 53, 54, 55, 61, 63, 75, 94, 101, 136, 137, 139, 149, 203}
TWO = {65, 213}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[7] == "## August 25: Media"
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            continue
        bullets += 1
        if n in NOT_WORK:
            continue
        titles = [q.group("a") or q.group("b") for q in QUOTED.finditer(m.group("text"))]
        if n == 196:  # an inner straight quote opens the cited title and is never closed
            titles = [re.search(r'"(.+)" \(2025\)', ln).group(1)]
        assert titles, (n, ln)
        last = n + 1 if n == 32 else n
        for title in titles[: 2 if n in TWO else 1]:
            papers.append(entry(lines, n, last, title))
    assert bullets == 113, bullets
    assert lines[32].startswith("☞ _Note: Werner's book")
    t: dict[int, list] = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert [p["title"] for p in t[65]] == ["Historicizing", "Learning"], t[65]
    assert [p["title"] for p in t[213]] == ["Xerographers of the Mind", "Near Print and Beyond Paper: Knowing by *.pdf"]
    assert t[40][0]["title"] == "Rags Make Paper, Paper Makes Money: Material Texts and Metaphors of Capital", t[40]
    assert (t[32][0]["title"], t[32][0]["end"]) == ("Paper", 33), t[32]
    assert t[76][0]["title"] == "‘Look!! Look!!! at This!!!!’: The Radical Typography of David Walker’s Appeal", t[76]
    assert t[84][0]["title"] == "'Look!! look!!! at this!!!!': Reading Walker’s Appeal", t[84]
    assert t[22][0]["title"].endswith("a case study of Strong Female Protagonist"), t[22]
    assert t[22][0]["doi"] == "10.1080/21504857.2018.1485720", t[22]
    assert t[103][0]["title"].endswith("Early American Book Trades"), t[103]
    assert [t[n][0]["title"] for n in (140, 141, 142, 143)] == [
        "The Type-Writer", "A Line of Type", "Mass Media", "Labor and the Linotype"]
    assert t[129][0]["doi"] == "10.1145/3746404", t[129]
    assert t[182][0]["title"] == "A Sketch of the Analytical Engine Invented by Charles Babbage", t[182]
    assert t[196][0]["title"] == 'Algorhythmics and Media Concepts: Ada Lovelace\'s Notes to "Sketch of the Analytical Engine'
    assert len(papers) == 98, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '+' bullet (113) naming a research work by a quoted title is an entry, title = its first quoted"
        " string (two entries for the two-chapter bullets 65 and 213): 98 entries.  17 bullets are not research"
        " works: whole books, primary sources and media (31 Melville story, 50 'browse 2 of the following:' and"
        " 51-54 printing manuals under it, 55 Whitman poem"
        " + anthology, 61 Franklin, 63 Werner parts 1-3, 75 Walker's Appeal, 94 Chambers's, 101 'any chapter' of"
        " Objectivity, 136 Sousa's magazine polemic, 137 film, 139 the Jarvis book (its chapters 140-143 are"
        " entries), 149 Medium post, 203 a lecture).  Chapters, introductions, keyword essays, online-journal"
        " essays and classic essays (Benjamin, Bush, Menabrea) are kept; 32 spans its note line 33; 40 is the"
        " named Senchyne article; repeats (Eve 41/222) kept.",
        "Read all 260 lines; compared -v for every bullet: the 17 exclusions, both-quote titles on 65/213, inner"
        " quotes kept (76, 82, 83, 84; 196's unclosed inner quote), trailing comma inside quotes dropped (19, 86, 103), italics in titles"
        " removed (22, 64, 84, 214), the tab-indented chapter bullets 140-143, the unlinked Kornicki 38 and Ozment"
        " 66, the 32-33 span; DOIs only from URLs that spell one (proxied doi.org, Wiley, Chicago, ACM, JSTOR"
        " 10.xxxx stable ids, Oxford Handbooks view URLs), no arXiv ids.",
    )


if __name__ == "__main__":
    main()
