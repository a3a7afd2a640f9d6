"""Wild26 truth for Chunngai/gec-papers README.md: one researcher's grammatical-error-correction paper list.

The repository began as a personal reading log ("Papers read since 2021"); at the snapshot's HEAD its
README is a year-by-year list of GEC papers (CRLF line endings, 330 KB).
Shape: '# GEC Papers', one line of description, then '## 2025' ... '## 2018' (lines 4, 85, 390, 811,
1129, 1368, 1691, 1988).  One record per paper: a top-level bullet '+ **Title**' followed by four
indented sub-bullets '+ Authors: ...', '+ Conference: ...', '+ Link: <bare URL>' (265 ACL Anthology,
3 AAAI OJS pages; no arXiv id or DOI anywhere in the file) and '+ <details><summary>Abstract</summary>
... </details>'.  Entry = each '+ **...**' bullet, from its line to the line before the next one (or
the next year heading, or the end of file); title = the bold text.
Special cases: six Chinese titles (CCL papers, lines 374, 382, 764, 772, 1360, 1683) write the English
translation in parentheses after the Chinese title, '中文...研究(Multi-Turn Decoding for ...)'; the
translation is dropped, the Chinese title kept (two of them, 764 and 772, start with 'CCL23-Eval').
'(Student Abstract)' on line 1550 is part of the AAAI title and kept.  Curly quotes and dashes are kept
as written (e.g. line with '“Is Whole Word Masking Always Better for Chinese BERT?”: ...').
Not entries: the title and description lines and the year headings.
Count check: 268 '+ **' bullets = 268 'Authors:' = 268 'Conference:' = 268 'Link:' sub-bullets = 268
entries, 0 arXiv, 0 DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "Chunngai__gec-papers__README@197494f.md"
PART = "wild26_development"
TRANSLATED = {374, 382, 764, 772, 1360, 1683}
CJK = re.compile(r"[\u4e00-\u9fff]")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("+ **")]
    years = [i for i, t in enumerate(lines, 1) if t.startswith("## ")]
    assert len(starts) == 268, len(starts)
    assert sum(1 for t in lines if t.startswith("  + Authors: ")) == 268
    assert sum(1 for t in lines if t.startswith("  + Conference: ")) == 268
    assert sum(1 for t in lines if t.startswith("  + Link: ")) == 268
    bounds = sorted(set(starts) | set(years) | {len(lines) + 1})
    papers = []
    for i in starts:
        end = bounds[bounds.index(i) + 1] - 1
        while not lines[end - 1].strip():
            end -= 1
        m = re.fullmatch(r"\+ \*\*(.+)\*\*\s*", lines[i - 1])
        assert m, i
        title = m.group(1)
        if CJK.search(title):
            assert i in TRANSLATED, i
            m2 = re.fullmatch(r"(.+?[\u4e00-\u9fff][^(]*)\(([^()]+)\)", title)
            assert m2 and not CJK.search(m2.group(2)), i
            title = m2.group(1)
        else:
            assert i not in TRANSLATED, i
        assert lines[i].startswith("  + Authors: "), i
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 268
    write_truth(NAME, PART, papers,
                "every '+ **Title**' bullet (with its Authors/Conference/Link sub-bullets and Abstract <details>) is"
                " an entry; title = the bold text, with the English translation in parentheses after the six"
                " Chinese CCL titles dropped",
                "the structure counted four ways (bullets, Authors, Conference, Link lines: 268 each); first and"
                " last record of every year section, a sample of 20 records, the six Chinese titles, the three"
                " AAAI records and '(Student Abstract)' read by eye; no arXiv id or DOI in the file")


if __name__ == "__main__":
    main()
