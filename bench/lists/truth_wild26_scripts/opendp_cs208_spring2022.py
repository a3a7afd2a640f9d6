"""Wild26 truth for opendp/cs208 spring2022/index.md: the course page of Harvard CS 208 (Applied
Privacy for Data Science, Spring 2022).

Shape: a header, a 'Resources' bullet list (lines 13-21: syllabus, calendar, forum, guidelines;
not entries), then one Markdown schedule table (lines 36-89: Date | Title | Slides/Notes | Advance
Reading) whose last cell cites the readings mostly as *reference-style* links, '[Key]' with the
URL defined at the end of the file (lines 91-127), often followed by a section pointer
('(Secs 2.1, 2.3)', '(pgs. 479-83)').  One reading is an inline link (line 50, arXiv).  Several
readings share one cell; each is its own entry on that row's line (lines 45, 50, 62, 85, 86).
An entry's arXiv id / DOI comes from the URL its key resolves to (as Markdown renders it); the
definition lines themselves are not entries.
Title: the link text when it is the work's title, possibly shortened or abbreviated as the file
writes it ('Deep Learning with DP', 'Privacy-Preserving RCT', 'U.S. Broadband Coverage Data Set',
'Learning with Privacy at Scale', 'Federated Learning and Privacy', '2020 Census Data Products
and Privacy Methods', 'Opportunity Atlas', and 'DP Primer' for 'Differential Privacy: A Primer
for a Non-Technical Audience', whose trailing section pointer 'Secs III-IV.B' is dropped; the
same primer is read in two parts, lines 49 and 53: two entries); null when the link text is a
key made of author names ('Narayanan-Shmatikov', 'Chetty-Friedman JPC', 'Korolova (§1,4,6,8)',
'Smith-Raskhodnikova encyclopedia', 'Winner' ...) or an acronym ('PSI').
Not entries (records of the reading cells whose subject is not a scholarly work): news stories
[Tanner] (Forbes) and [Barbaro-Zeller] (NYT) on line 41, the [Jessica Hullman blog post] (44),
the [Smith-Ullman] course lecture notes site (44, 50, 54, 57), Nissenbaum's book 'Privacy in
Context' (67, plain text) and the book [DP for DB] (dpfordb.github.io, lines 71 and 80).
Counted as entries although not journal papers: the encyclopedia article [Smith-Raskhodnikova
encyclopedia] (57, Springer reference work entry), the Census/JASON planning report (59), the
Opportunity Atlas research summary (62), Apple's 'Learning with Privacy at Scale' (77) and the law
review articles [Solove], [Cohen] (85).
Count check: the reading cells hold 32 bracketed citations (31 keys + 1 inline link) and one
plain-text book: 23 entries on 16 rows + 10 not entries (2 news, 1 blog, 4 lecture-note mentions,
3 book mentions); the script asserts the full list of bracketed citations; 2 arXiv ids (1607.00133 via its key,
2103.14035 inline), 4 DOIs (Ruggles-van Riper percent-encoded, P3G PLOS query, Springer reference
work entry, ACM RCT).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "opendp__cs208__spring2022__index@388e9a8.md"
PART = "wild26_development"
# (line, key written in the cell, title or None); key None = inline link on that line
ENTRIES = [
    (41, "Narayanan-Shmatikov", None),
    (44, "Ruggles-van Riper", None),
    (45, "P3G Consortium et al.", None),
    (45, "Korolova (§1,4,6,8)", None),
    (49, "DP Primer Secs III-IV.B", "DP Primer"),
    (50, None, "U.S. Broadband Coverage Data Set"),
    (53, "DP Primer Secs IV.C-VI.B", "DP Primer"),
    (57, "Smith-Raskhodnikova encyclopedia", None),
    (59, "2020 Census Data Products and Privacy Methods", "2020 Census Data Products and Privacy Methods"),
    (62, "Opportunity Atlas", "Opportunity Atlas"),
    (62, "Chetty-Friedman JPC", None),
    (63, "Deep Learning with DP", "Deep Learning with DP"),
    (72, "PSI", None),
    (77, "Learning with Privacy at Scale", "Learning with Privacy at Scale"),
    (79, "Federated Learning and Privacy", "Federated Learning and Privacy"),
    (83, "Privacy-Preserving RCT", "Privacy-Preserving RCT"),
    (85, "Nissim-Wood", None),
    (85, "Solove", None),
    (85, "Cohen", None),
    (86, "Winner", None),
    (86, "Green-Viljoen", None),
    (86, "Mulligan-Koopman-Doty", None),
    (86, "Sarathy", None),
]
NOT_ENTRIES = [
    (41, "Tanner"), (41, "Barbaro-Zeller"), (44, "Smith-Ullman"), (44, "Jessica Hullman blog post"),
    (50, "Smith-Ullman"), (54, "Smith-Ullman"), (57, "Smith-Ullman"), (71, "DP for DB"), (80, "DP for DB"),
]


def main() -> None:
    lines = read_lines(NAME)
    defs = {}
    for ln in lines:
        m = re.match(r"\[([^\]]+)\]: (\S+)$", ln)
        if m:
            assert m.group(1) not in defs, m.group(1)
            defs[m.group(1)] = m.group(2)
    # every bracketed key or inline link in the Advance Reading cells of the table (lines 36-89)
    seen = []
    for i in range(38, 90):
        cells = lines[i - 1].split("|")
        if len(cells) < 5:
            continue
        reading = cells[4]
        for m in re.finditer(r"\[([^\]]+)\](\([^)]*\))?", reading):
            seen.append((i, None if m.group(2) else m.group(1)))
    expected = sorted([(i, k) for i, k, _ in ENTRIES] + NOT_ENTRIES, key=lambda x: (x[0], str(x[1])))
    assert sorted(seen, key=lambda x: (x[0], str(x[1]))) == expected, seen
    assert "Nissenbuam, Privacy in Context" in lines[66]
    papers = []
    for i, key, title in ENTRIES:
        p = entry(lines, i, i, title)
        if key is not None:
            assert f"[{key}]" in lines[i - 1], (i, key)
            url = defs[key]
            p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
        else:
            assert title and f"[{title}](" in lines[i - 1]
        papers.append(p)
    assert len(papers) == 23, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 2 and sum(1 for p in papers if p["doi"]) == 4
    write_truth(NAME, PART, papers,
                "every reading in the schedule table's Advance Reading cells whose subject is a scholarly work"
                " (papers, law review and encyclopedia articles, reports) is an entry, several per cell; readings"
                " are reference-style links resolved against the definitions at the end of the file for their"
                " ids; title = the link text (a trailing section pointer dropped) when it is the (shortened or abbreviated)"
                " title, null for author-name keys and an acronym; news, a blog post, course lecture notes and books"
                " are not entries",
                "all 16 reading rows and all 44 link definitions read by eye; each of the 23 entries and 9 non-entry"
                " citations checked against its definition URL (what the linked work is), titles and the 2 arXiv"
                " ids / 4 DOIs checked against the definition lines")


if __name__ == "__main__":
    main()
