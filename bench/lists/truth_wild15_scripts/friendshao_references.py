"""Wild15 truth for Friendshao/Friendshao.github.io docs/references.md: an astrophysicist's personal
reference page (gravitation, gravitational waves, pulsar timing, tests of gravity), a page of his
Jekyll site beside his book list and publication list.

Shape: after inline <style> and MathJax <script> blocks, topics written as '<big><big> **Topic**'
lines separated by '---' / '<p></p>'.  The first block, 'Recommended Books', is six bullets
'- **Misner *et al.* 1973**, Gravitation, Princeton University Press' (some wrapped onto a second
line).  Every other block is a list of author bullets '- **Author (Year)**' -- often several
author groups on one bullet ('- **Finn (1992)**; **Cutler & Flanagan (1994)**; **Cutler (1998)**')
-- each followed by one indented sub-bullet per paper, '  - <small>Title [[Journal](url)]', in the
order of the author groups.  One title wraps onto the next line (197-198).  Titles keep LaTeX
('(post)$^{5/2}$-Newtonian', 'Sgr A$^*$').

Entry: every '  - <small>' sub-bullet (77): a journal article, review (Living Reviews, ARA&A) or a
chapter of the edited volume 'Three Hundred Years of Gravitation' (Thorne 1987, Damour 1987,
ADS '1987thyg.book' links; a chapter is a scholarly work with its own title, so it is kept).
When an author bullet holds a single paper the entry runs from the author bullet to the paper
line (the author and year are part of the record); when it holds several, each entry is its own
sub-bullet line (the shared author line belongs to none).
Title: the sub-bullet text after '<small>' up to ' [[', LaTeX kept as written.
Not entries: the six 'Recommended Books' (textbooks and monographs).

Ids: DOIs from doi.org / dx.doi.org links and journals.aps.org '/abstract/10.1103/...' URLs; two
arXiv abs links; ADS bibcode links carry no id.

Count check: grep -c '^  - <small>' = 77; grep -c '^- \\*\\*' = 52 = 6 books + 46 author bullets,
of which 30 hold one paper and 16 hold 47 papers (6 with 2, 6 with 3, 3 with 4, 1 with 5; 30 + 47 = 77).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "Friendshao__Friendshao.github.io__docs__references@cc389b8.md"
PART = "wild15_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    books = 0
    single = multi_groups = multi_papers = 0
    in_books = False
    i = 0
    n = len(LINES)
    while i < n:
        text = LINES[i]
        if "**Recommended Books**" in text:
            in_books = True
        elif text.startswith("---"):
            in_books = False
        if not text.startswith("- **"):
            assert not text.startswith("  - <small>"), (i + 1, text)
            i += 1
            continue
        if in_books:
            books += 1
            i += 1
            continue
        # the author bullet's paper sub-bullets (a title may wrap onto an unindented line)
        subs: list[tuple[int, int]] = []
        j = i + 1
        while j < n and LINES[j].startswith("  - <small>"):
            end = j
            while end + 1 < n and LINES[end + 1].strip() and not LINES[end + 1].startswith(("  - ", "- ", "---", "<")):
                end += 1
            subs.append((j, end))
            j = end + 1
        assert subs, (i + 1, text)
        for first, last in subs:
            block = " ".join(s.strip() for s in LINES[first:last + 1])
            m = re.match(r"- <small>\s*(.+?) \[\[[^\]]+\]\([^)]+\)\]\s*$", block)
            assert m, (first + 1, block)
            start = i if len(subs) == 1 else first
            papers.append(entry(LINES, start + 1, last + 1, m.group(1)))
        if len(subs) == 1:
            single += 1
        else:
            multi_groups += 1
            multi_papers += len(subs)
        i = j
    assert books == 6, books
    assert (single, multi_groups, multi_papers) == (30, 16, 47), (single, multi_groups, multi_papers)
    assert len(papers) == 77
    write_truth(NAME, PART, papers,
                "every '  - <small>Title [[Journal](url)]' sub-bullet is an entry (a lone paper's entry starts at its"
                " '- **Author (Year)**' bullet; papers sharing an author bullet are their own lines); title = the text"
                " after '<small>' up to ' [['; the six Recommended Books are not entries",
                "every entry (77) against the file: title (LaTeX kept, the wrapped 197-198 title), first/last line,"
                " DOI (doi.org, dx.doi.org, journals.aps.org abstract URLs; ADS links give none),"
                " arXiv ids (1410.7832, 0704.0749, 1402.5594); grep counts 77 sub-bullets and 52 author bullets"
                " = 6 books + 30 single-paper + 16 multi-paper bullets (awk count per bullet)")


if __name__ == "__main__":
    main()
