"""Wild26 truth for kharitonov-ivan/awesome-ML-in-plasma-physics README.md: an awesome list of machine
learning in plasma physics, tokamaks and stellarators (physics), generated from a BibTeX file.

Shape: under '## Research Papers' (after a '**Format:**' line, line 17, which is not a record), one
paragraph per paper, blank lines between: '**Title** - **year** - *authors* - journal - [arXiv](...) |
[DOI](...) - abstract... <!-- imported-from-bib -->'.  The BibTeX source shows through: titles and
author lists wrap over several lines with 11 to 19 spaces of indentation (the bold title itself often
spans two or three lines), titles keep BibTeX protection braces ('{SPARC}', '{TORAX}: ...', line 627 '{N}
{EURAL} {DATA} ...'), authors and abstracts keep LaTeX escapes (Fr\\'{e}nod, \\textit{...}), and the
abstract is cut with '...'.  Seven '[arXiv]' links are broken: 'https://arxiv.org/abs/https://pubs.aip.org/
aip/pop/article-pdf/doi/10.1063/5.0255386/...' (lines 21, 308, 362, 410, 610, 634, 669) and give no arXiv
id; their first DOI is the AIP one inside that URL, cut at its '/<article number>/...pdf' tail.  Line 627
has 'No link available'; three records link only an ADS abstract of an APS plasma-physics meeting
contribution (175, 444, 510) and are kept as the file lists them, with the theses (145, 296, 677).  Under '## Implementation Papers' one bullet '- **Title** - *Wang et al. (2025)* -
[Paper](doi) | [Code](github) - ...' (line 709), an entry.
Title = the first bold span, its lines joined with single spaces, kept as written (BibTeX braces kept, as
the file's own text).
Not entries: the '## Tools' bullets (software, data platforms and a benchmark; TokaMaker, line 717, and
TokSearch, line 737, link a paper but the record's subject is the tool), the contents line, the format
line and the contributing notes.
Count check: 68 paragraphs starting with '**' between lines 19 and 704, each ending with '<!--
imported-from-bib -->' (68 occurrences in the file), plus the one implementation bullet = 69 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "kharitonov-ivan__awesome-ML-in-plasma-physics__README@d03fcc8.md"
PART = "wild26_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Research Papers") + 1
    stop = lines.index("## Implementation Papers") + 1
    papers = []
    i = start
    broken = 0
    while i < stop:
        text = lines[i - 1]
        if text.startswith("**") and not text.startswith("**Format:**"):
            last = i
            while lines[last].strip():  # paragraph runs to the next blank line
                last += 1
            own = "\n".join(lines[i - 1:last])
            assert own.rstrip().endswith("<!-- imported-from-bib -->"), i
            m = re.match(r"\*\*(.+?)\*\* - \*\*(\d{4})\*\* - \*", own, re.DOTALL)
            assert m, i
            title = " ".join(m.group(1).split())
            e = entry(lines, i, last, title)
            bad = re.search(r"arxiv\.org/abs/https://pubs\.aip\.org/\S+?/doi/(10\.\d+/[\d.]+)/", own)
            if bad:
                broken += 1
                assert e["arxiv"] is None, i
                e["doi"] = bad.group(1).lower()
            papers.append(e)
            i = last + 1
        else:
            assert not text.startswith("**") or text.startswith("**Format:**"), i
            i += 1
    assert len(papers) == 68, len(papers)
    assert broken == 7, broken
    assert sum(1 for ln in lines if "<!-- imported-from-bib -->" in ln) == 68
    impl = [n for n, ln in enumerate(lines, 1) if n > stop and ln.startswith("- **")]
    assert impl == [709], impl
    m = re.match(r"- \*\*(.+?)\*\* - \*", lines[708])
    papers.append(entry(lines, 709, 709, m.group(1)))
    assert lines.index("## Tools") + 1 > 709
    assert len(papers) == 69, len(papers)
    write_truth(NAME, PART, papers,
                "every BibTeX-generated paper paragraph under Research Papers (68) and the one Implementation"
                " Papers bullet is an entry; title = the first bold span with its wrapped lines joined, BibTeX"
                " braces kept as written; the broken 'arxiv.org/abs/https://pubs.aip.org/...' links give no arXiv"
                " id and their AIP DOI is cut at the article-number tail; Tools bullets are not entries",
                "first and last paragraph of each year group and a sample of 25 checked by eye against the -v"
                " output; every wrapped title (joined over 2-3 lines) spot-checked; all broken arXiv links,"
                " the 'No link available' record (627) and the brace titles (336, 347, 479, 489, 499, 627) checked;"
                " the Tools section read in full")


if __name__ == "__main__":
    main()
