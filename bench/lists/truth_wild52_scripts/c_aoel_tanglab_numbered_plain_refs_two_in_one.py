"""Wild52 truth for AOEL-tanglab/AEOL-TangLab contents/publications.md: the publication list of a small organic
electronics lab site (Tang lab; a one-page Bootstrap site whose index.html loads ``contents/*.md`` with marked.js
into ``#publications-md``), newest commit holding the file (0c86508, 2025-05-27, "V29"; the same text lived at
``content/publications.md`` until that commit moved the folder to ``contents/``).

Shape: 35 lines, 4.7 KB, no front matter, no heading, no links: one Markdown numbered list ``1.`` .. ``18.`` on the odd
lines 1-35, blank lines between items.  Each item is a plain-text reference, ``Authors. Title. Journal Vol, Pages
(Year).``: the authors are comma-separated ``C.G. Tang, R. Wu, ..., W.L. Leong`` with ``#`` marking equal
contribution (``L.X. Wang#``), two written surname-first (``Cao H., Wu X.,`` 17); the title is the sentence after the
authors' closing ``. ``; the journal is abbreviated (``Adv. Mater. 36, 2405556 (2024).``, ``Nat. Commun., 14, 3978``,
``ACS Nano,16,`` without a space 17).

Special cases:
- Item 10 (line 19) holds TWO papers run together with no space or break: ``... Mater. Horiz., 9, 2147-2159
  (2022).Q.M. Koh#, C.G. Tang#, ... Overcoming the Water Oxidative Limit ... Nat. Commun., 12, 3345 (2021).``: two
  entries on the same line (both end = start = 19).
- Titles keep their own case and symbols (``π-Conjugated`` 11, ``Human–Machine`` en dash 15, ``Nearly 100%`` 29,
  ``Poly(benzodifurandione)`` 3, ``Bis(fluorophenyl azide)`` 29).
- Item 18 repeats item 17's volume/pages (``539, 536-540``) under Nat. Commun.: a typo of the list, not our concern.
- No ids anywhere (no URLs, no DOIs).

Decisions:
- Entry = each reference; each numbered item is one, except item 10 which is two (19 entries).
- Title = the text between the authors' closing ``. `` (the first ``. `` preceded by a lower-case surname letter or
  ``#``; surname-first ``Cao H.,`` is followed by a comma and so never ends the authors) and the next ``. `` (the
  journal starts there).
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "AOEL-tanglab__AEOL-TangLab__contents__publications@0c86508.md"
PART = "wild52_development"

ITEM = re.compile(r"^(?P<num>\d+)\. (?P<body>.+)$")
SPLIT = re.compile(r"(?<=\(\d{4}\)\.)(?=\S)")
AUTHORS_END = re.compile(r"[a-z]#?\. ")
REF = re.compile(r"^(?P<title>.+?)\. (?P<journal>[A-Z][^,]*?),? ?\d.*\(\d{4}\)\.?$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    nums = []
    for n, ln in enumerate(lines, 1):
        if not ln.strip():
            continue
        m = ITEM.match(ln.rstrip())
        assert m, (n, ln)
        nums.append(int(m.group("num")))
        for ref in SPLIT.split(m.group("body")):
            a = AUTHORS_END.search(ref)
            assert a, (n, ref)
            r = REF.match(ref[a.end():])
            assert r, (n, ref[a.end():])
            title = r.group("title")
            assert len(title.split()) >= 4 and "." not in title, (n, title)
            papers.append(entry(lines, n, n, title))
    assert nums == list(range(1, 19)), nums
    assert len(papers) == 19, len(papers)
    t = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p["title"])
    assert t[1] == [("A Universal Biocompatible and Multifunctional Solid Electrolyte in p-Type and n-Type Organic"
                    " Electrochemical Transistors for Complementary Circuits and Bioelectronic Interfaces")], t[1]
    assert t[11] == ["Water Binding and Hygroscopicity in π-Conjugated Polyelectrolytes"], t[11]
    assert t[17] == [("Biocompatible Ionic Liquids in High-Performing Organic Electrochemical Transistors for Ion"
                     " Detection and Electrophysiological Monitoring")], t[17]
    assert t[19] == ["Double-type-I Charge-Injection Heterostructure for Quantum-Dot Light-Emitting Diodes",
                     "Overcoming the Water Oxidative Limit for Ultra-High-Workfunction Hole-Doped Polymers"], t[19]
    assert t[35] == ["Madelung and Hubbard Interactions in Polaron Band Model of Doped Organic Semiconductors"], t[35]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every reference of the single numbered list (items 1-18 on lines 1-35) is an entry; item 10 (line 19) runs two"
        " references together ('(2022).Q.M. Koh#') and gives two entries, so 19; title = the text after the authors'"
        " closing '. ' (first '. ' after a lower-case surname letter or '#') up to the next '. ' where the abbreviated"
        " journal starts; no links or ids in the file.",
        "Read all 35 lines; compared -v for all 19 entries against the file: the two-in-one item 10, surname-first"
        " authors 'Cao H., Wu X.' (17) not ending the author list, titles with π (11), en dash (15), '100%' and"
        " parentheses (29, 3); journals with inner periods ('Adv. Mater.', 'J. Mater. Chem. C') kept out of titles.",
    )


if __name__ == "__main__":
    main()
