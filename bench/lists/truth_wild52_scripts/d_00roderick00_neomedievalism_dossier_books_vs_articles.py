"""Wild52 truth for 00roderick00/medieval reading-list.md: "Neomedievalism — Reading Access Dossier", an
international-relations / medieval-history bibliography (humanities and social science) that gives, for each work,
where to read it; newest (and only) commit ced4add (2026-07-22).

Shape: 216 lines, 15 KB.  Title (1), intro (3), then seven ``## I.`` .. ``## VII.`` sections (7-163), each holding
``### [★ ]Author, *Book Title* (Publisher, year)`` or ``### [★ ]Author, "Article Title," *Journal* vol (year), pages``
cards followed by ``-`` bullets of access paths (bare host/path URLs without ``https://``, ``doi.org/...``,
``tandfonline.com/doi/abs/...``), "Reading target" bullets and asides.  Two cards are author groups, not works
(``### ★ Stephen J. Kobrin — the "platforms" line`` 41, ``### Ole Wæver — two pieces`` 81): their bullets are the
works.  Then three summary lists that name the same works again in short form: ``## Suggested Reading Order``
(167-177, numbered, ``Friedrichs 2001 — ...``), ``## Quick freely-available tally`` (181-209, bullets in three bold
groups) and ``## Two gaps`` (213-216, prose).

Special cases:
- Most cards are monographs (Bull, Wight, McFate's *Modern Mercenary*, Zielonka, Slaughter, Strayer, Anderson,
  Ullmann, Elton, Holsinger's pamphlet, Cerny's edited *Heterarchy*), which are books -> not entries, nor are the
  chapters of a monograph the bullets point to (Bull ch. 10 14-15, Wight's "De Systematibus Civitatum" 22, McFate's
  chapter titles 57, Zielonka ch. 2 77, Slaughter chs. 5-6 111), nor *Connectography* 101 and *Passages* 128.
- Friedrichs 2001 exists also as a 2007 book chapter (31, "the 2007 chapter" 170/204, item 190): treated as the same
  work everywhere; inside one item it never adds an entry, as its own item (190) it is an entry without a title.
- Works named inside another card's bullets are separate entries: Cerny's 2005 "Terrorism and the New Security
  Dilemma" (38), Wæver's JCMS article (85), Slaughter's essay "The Real New World Order" (112), Zielonka's 2017 article
  (79), Cerny's 2023 chapter (161, with a Taylor & Francis DOI).  Unnamed asides are not (Kobrin's "related ...
  manuscript" 47, the Euroreg review of the volume 162, "Slaughter — Princeton-hosted essays" 195).
- Magazine essays (Khanna, *Foreign Policy* 97; Kaplan, *The Atlantic* 103) are listed as works on a par with the
  articles and are kept as entries; McFate's LSE PhD thesis (59) and Williams's SSI monograph #645 (64, an Army War
  College research report) are entries.
- Summary items name works by author and year only (``Cerny 1998``, ``Rengger 2000``): entries with no title; a line
  naming two works gives two entries (171: Cerny 1998 + "Terrorism and the New Security Dilemma" (2005); 205: Cerny
  1998 + "Cerny 2005 NWCR"; 207: Wæver 1996 and 1997 chapters).  Items naming books (Bull, Strayer, Zielonka,
  Holsinger, Anderson, Ullmann, the Archive-borrow list 200, the *Heterarchy* volume 209) are not entries.
- URLs are written without scheme and often elided with ``…``; the only ids are DOIs 10.1177/1354066101007004004
  (30), 10.1080/13698249808402366 (36) and 10.4324/9781003352617-12 (161).

Decisions:
- Entry = each mention of an article, chapter, thesis, report or magazine essay: a card heading (span = heading plus
  its access bullets), a bullet naming a work in a card, or a summary item naming one (39 entries).
- Title = the quoted title (``"..."``) or, for the thesis and report, the italic title, as written (short forms kept
  where the summary writes one: ``"Neomedieval Renaissance"``, ``("Architecture of Globalization")``,
  ``*Durable Disorder*``); None for author-year mentions.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "00roderick00__medieval__reading-list@ced4add.md"
PART = "wild52_development"

QUOTE = re.compile(r'"([^"]+?),?"')
ITALIC = re.compile(r"\*([^*]+)\*")

# (first line, last line, how the title is taken): "q" first quoted title, "q2" second quoted title, "i" first
# italic title, None no title.
ENTRIES = [
    (28, 32, "q"), (34, 37, "q"), (38, 38, "q"),  # II: Friedrichs 2001, Cerny 1998, Cerny 2005 (inside Cerny's card)
    (45, 45, "q"), (46, 46, "q"), (47, 47, "q"),  # II: Kobrin's three versions/pieces
    (59, 62, "i"), (64, 68, "i"),  # III: McFate thesis, Williams SSI monograph
    (79, 79, "q"), (83, 83, "q"), (84, 84, "q"), (85, 85, "q"), (87, 91, "q"),  # IV
    (97, 100, "q"), (103, 106, "q"), (112, 112, "q"),  # V: Khanna, Kaplan, Slaughter's essay
    (153, 156, "q"), (161, 161, "q"),  # VII: Friedrichs 2004 chapter, Cerny 2023 chapter
    (170, 170, None), (171, 171, None), (171, 171, "q"), (172, 172, None), (174, 174, None), (177, 177, None),
    (185, 185, "i"), (186, 186, "i"), (187, 187, "q"), (190, 190, None), (191, 191, "q"), (192, 192, "q"),
    (193, 193, "q"), (194, 194, "q"),
    (204, 204, None), (205, 205, None), (205, 205, None), (206, 206, "q"), (207, 207, None), (207, 207, None),
    (208, 208, None),
]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Neomedievalism — Reading Access Dossier"
    papers = []
    for first, last, how in ENTRIES:
        text = lines[first - 1]
        assert text.startswith(("### ", "- ", "1", "2", "3", "4", "5", "6", "7", "8", "9")), (first, text)
        if how is None:
            title = None
        elif how.startswith("q"):
            quoted = QUOTE.findall(text)
            title = quoted[int(how[1:] or 1) - 1]
        else:
            title = ITALIC.search(text).group(1)
        papers.append(entry(lines, first, last, title))
    # every card heading that is not an entry is a monograph (italic title right after the author) or an author group
    taken = {f for f, _, _ in ENTRIES}
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### ") and n not in taken:
            assert re.match(r"### (★ )?[^,*\"]+, \*", ln) or " — " in ln, (n, ln)
    t = {(p["line"], p["title"]): p for p in papers}
    assert t[(28, "The Meaning of New Medievalism")]["doi"] == "10.1177/1354066101007004004"
    assert t[(34, "Neomedievalism, Civil War and the New Security Dilemma: Globalisation as Durable Disorder")][
        "doi"] == "10.1080/13698249808402366"
    assert t[(161, "Heterarchy and the Limits of Global Governance")]["doi"] == "10.4324/9781003352617-12"
    assert (59, "Durable Disorder: The Return of Private Armies and the Emergence of Neomedievalism") in t
    assert (84, "Imperial Metaphors: Emerging European Analogies to Pre-Nation-State Imperial Systems") in t
    assert (87, "European Communities in a Neo-Medieval Global Polity: The Dilemmas of Fairyland?") in t
    assert (171, "Terrorism and the New Security Dilemma") in t and (171, None) in t
    assert (206, "Architecture of Globalization") in t and (191, "Neomedieval Renaissance") in t
    assert len(papers) == 39, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every mention of an article, book chapter, thesis, research report or magazine essay is an entry (39): 18"
        " in the seven sections (card headings spanning their access bullets, and works named in bullets of a card or"
        " of an author group), 6 in the reading order, 8 and 7 in the two tally groups (two on lines 171, 205, 207);"
        " monographs, chapters of monographs, edited volumes, unnamed asides and the closing prose are not entries;"
        " Friedrichs's 2007 chapter counts as his 2001 work; title = the quoted title (italic for the thesis and the"
        " report) as written, None for author-year mentions.",
        "Read all 216 lines; checked -v against every card (9-163) and list item (169-209): which headings are"
        " books (Bull, Wight, Modern Mercenary, Zielonka, Slaughter, Strayer, Anderson, Ullmann, Elton, Holsinger,"
        " Heterarchy), the two author-group cards, the separate works inside cards (38, 79, 85, 112, 161), the"
        " double-work lines 171/205/207, titles without the trailing comma inside the quotes, and the three DOIs.",
    )


if __name__ == "__main__":
    main()
