"""Wild6 truth for JeonghyeonSon/swine-paper-tracker latest_papers.md: a machine-generated journal-paper tracker (animal science).

Shape: one '# 🐷 Latest Swine Papers — 2025-10-15' heading, then one record per paper, records
separated by a blank line: '- **Title**' (two trailing spaces), then indented sub-bullets
'  - Authors: …', '  - Journal: …', '  - Published: YYYY-MM-DD', an optional '  - Abstract: …' (a
truncated abstract; for some Journal of Animal Science items it starts 'Abstract' and continues
on one or two deeper-indented lines), and '  - DOI: https://doi.org/…'.  No arXiv ids: journals
(Animal Feed Science and Technology, Animals, Animal Bioscience, Journal of Animal Science, ...).

Entry: every '- **Title**' record, lines from the title bullet to its DOI line.  Title: the bold
text; 68 meeting abstracts of the Journal of Animal Science carry the publisher's abstract number
before the title ('324 Genetic parameters …', 'PSX-29 Application of …', 'PSVII-18 …'); that
number is numbering, not title, and is dropped ('Award Talk: …' after a number is kept, being
the abstract's own title); a final '.' is dropped (the helper's tidy).

Counts: 235 title bullets = 235 DOI lines = 235 Journal lines (grep -c); 68 titles open with an
abstract number (grep -E '^([0-9]+|PS[IVX]+-[0-9]+) '); no title repeats.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "JeonghyeonSon__swine-paper-tracker__latest_papers@9507632.md"
PART = "wild6_development"
NUMBER = re.compile(r"(?:\d+|PS[IVX]+-\d+) (?=[A-Z])")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbered = 0
    i = 0
    while i < len(lines):
        m = re.fullmatch(r"- \*\*(.+)\*\*  ", lines[i])
        if not m:
            assert not lines[i].startswith("- "), i + 1
            i += 1
            continue
        first = i + 1
        j = i + 1
        fields = []
        while not lines[j].startswith("  - DOI: "):
            f = re.match(r"  - (Authors|Journal|Published|Abstract): ", lines[j])
            if f:
                fields.append(f.group(1))
            else:
                assert lines[j].startswith("    ") and "Abstract" in fields, j + 1  # abstract continuation
            j += 1
        assert fields[:3] == ["Authors", "Journal", "Published"], first
        assert lines[j + 1] == "", j + 2
        title = m.group(1)
        n = NUMBER.match(title)
        if n:
            numbered += 1
            assert "Journal of Animal Science" in "\n".join(lines[i:j]), first
            title = title[n.end():]
        papers.append(entry(lines, first, j + 1, title))
        i = j + 1
    assert len(papers) == 235 == sum(1 for t in lines if t.startswith("  - DOI: https://doi.org/"))
    assert numbered == 68
    assert all(p["doi"] for p in papers) and not any(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "every '- **Title**' record is an entry from its title bullet to its '  - DOI:' line (abstract"
                " continuation lines included); title = the bold text without the Journal of Animal Science"
                " meeting-abstract number ('324 ', 'PSX-29 ') and without a final '.'; DOI from the DOI line",
                "235 records against grep -c of title bullets, DOI and Journal lines; the 68 numbered abstract titles"
                " listed and checked one by one; every record's field order and its blank separator asserted;"
                " titles sampled by eye across the file")


if __name__ == "__main__":
    main()
