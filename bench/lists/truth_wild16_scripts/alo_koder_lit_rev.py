"""Wild16 truth for Alo-koder/lit_rev papers.md: a student's literature-review plan (an Obsidian vault) on
electrochemical oscillations of silicon.

Shape: '## ' topic headings, then '* Author Year: _Title_' bullets (no links, no ids) with tab-indented
'\t* ' note sub-bullets under most of them; a few headings are '##### '.  The author part varies
('Orlik 2009 (review)', 'Gerischer (and Lübke) 1988', 'Zensen/Krischer 2014 :'), and three italic titles
never close their underscore (Schönleber 2012, Tosolini 2019: the title runs to the end of the line),
one closes it and adds ':' (Zensen/Krischer).  Two topic bullets name no paper themselves but hold one in
a sub-bullet: 'Belousov-Zhabotinsky reaction' (line 23; its sub-bullet 'Discovered by Belousov in 1959:
_A periodic reaction and its mechanism_' is an entry, line 25 only) and 'Kuramoto model' (line 35; its
sub-bullet 'Acebron 2005: _The Kuramoto model: ..._' is an entry, line 36 only; the sibling notes after it
describe the model, not the paper).

Entries: every bullet (or, for the two topics, sub-bullet) naming one work by 'Author Year: _Title_' that
is a paper; its lines = the bullet and its tab-indented notes.  Title = the italic text (the closing
'_' or '_:' dropped).  Joule's 1844 Philosophical Magazine paper is written '_XX. On the intermittent
...' with the journal's article number 'XX.' first: the number is dropped as numbering.  Carstensen 1999
is listed twice (lines 61 and 89): two entries.  Not entries: Nicolis & Prigogine 1977 'Self-Organization
in Nonequilibrium Systems' (a book, line 26), the TODO bullets, 'Spatial pattern formation: again
Schönleber and Patzauer' (line 104, a cross-reference naming no title), the '#TODO' paragraph and the
'Frequency clusters' idea bullets.  No entry has a link, arXiv id or DOI.

Count check: 26 entries = 24 top-level '* Author Year: _' bullets (grep '^\\* .*[0-9]\\{4\\}' gives 24, one of
them, Uhlir 1955, with two spaces after the colon)
+ Belousov + Acebron.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "Alo-koder__lit_rev__papers@8dc5cc4.md"
PART = "wild16_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tops = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"\* (.*?\d{4}.*?)\s*:\s+_(.+?)(?:_:?)?\s*$", text)
        if m:
            tops += 1
            end = i
            while end < len(lines) and lines[end].startswith("\t"):
                end += 1
            title = m.group(2)
            title = title.removeprefix("XX. ")
            papers.append(entry(lines, i, end, title))
    assert tops == 24, tops
    # the two papers named in sub-bullets of topic bullets
    assert lines[24].startswith("\t* Discovered by Belousov in 1959: _A periodic")
    papers.append(entry(lines, 25, 25, "A periodic reaction and its mechanism"))
    assert lines[35].startswith("\t* Acebron 2005: _The Kuramoto model")
    papers.append(entry(lines, 36, 36, "The Kuramoto model: A simple paradigm for synchronization phenomena"))
    assert len(papers) == 26
    write_truth(NAME, PART, papers,
                "every '* Author Year: _Title_' bullet naming a paper is an entry (its lines = the bullet and its"
                " tab-indented notes), plus the two papers named in sub-bullets of the 'Belousov-Zhabotinsky' and"
                " 'Kuramoto model' topic bullets; title = the italic text, an unclosed underscore running to the"
                " line's end, Joule's article number 'XX.' dropped; the Nicolis & Prigogine book, TODOs and"
                " cross-reference bullets are not entries",
                "every line of the file read by eye (129 lines); 24 top-level bullets counted with grep plus 2"
                " sub-bullet papers; all 26 titles compared with the file, the three unclosed or ':'-closed"
                " italics and the repeated Carstensen 1999 checked one by one")


if __name__ == "__main__":
    main()
