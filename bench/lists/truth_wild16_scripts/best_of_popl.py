"""Wild16 truth for euisuny/best-of-popl README.md: a programming-languages reading group's meeting log
(POPL most-influential papers, 2020-2022).

Shape: no links.  Under term headings ('### Spring 2020', ...), one bullet per paper:
'- *Jan 29, 2020:* Authors. **Title** (year).' - an italic meeting date (absent under 'Summer 2020'),
sometimes a nickname before the authors ('Lenses!', 'Compcert!'), the authors, the title in bold
and the year in brackets (two theses: '(thesis, 2005)').  One meeting bullet ('*Mar 25, 2020:* Two
papers, focusing on the first:') holds two papers as indented sub-bullets of the same form.

Entry: every bullet with a bold title (25: 11 + 5 + 2 + 6 + 1 per term; the Mar 25 parent bullet is
not an entry, its two sub-bullets are; the two theses are kept as scholarly works).  Lines: the
bullet's own line.  Title: the bold text.  No ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "euisuny__best-of-popl__README@af75870.md"
PART = "wild16_development"
ITEM = re.compile(r"\s*- (?:\*[^*]+:\* )?[^*]*\*\*(.+?)\*\* \((?:thesis, )?\d{4}\)\.?")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_term: dict[str, int] = {}
    term = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            term = text[4:]
        m = ITEM.fullmatch(text)
        if not m:
            assert "**" not in text or not text.lstrip().startswith("- "), i
            continue
        papers.append(entry(lines, i, i, m.group(1)))
        per_term[term] = per_term.get(term, 0) + 1
    # second count: grep -c '\*\*.*\*\* (' = 25, per term by eye
    assert per_term == {"Spring 2020": 11, "Summer 2020 -- Very Old Papers": 5, "Fall 2020": 2,
                        "Spring 2021": 6, "Spring 2022 to present -- BOP Reunions": 1}, per_term
    write_truth(NAME, PART, papers,
                "every bullet 'Date: Authors. **Title** (year).' (date optional, sub-bullets included) is an entry,"
                " title = the bold text; the 'Two papers' parent bullet is not an entry, the two theses are",
                "all 25 bullets against the file (11/5/2/6/1 per term), titles one by one, the nicknamed bullets"
                " (Lenses!, Compcert!), the nested pair of Mar 25")


if __name__ == "__main__":
    main()
