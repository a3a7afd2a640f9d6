"""Wild11 truth for juyongjiang/CodeLLMSurvey README: the companion of 'A Survey on Large Language Models
for Code Generation' (TOSEM), plain indented bullets '  - Title, `Venue`, Year' with no links at all, under
ten '###' taxonomy headings of '## Paper'.

Shape: an HTML banner, a figure caption, a note linking the survey itself on arXiv and its BibTeX, a table of
contents, then '## Paper': each bullet is indented two spaces, gives the title as the survey's bibliography
wrote it (BibTeX case-protecting braces kept: '{LLM} is Like a Box of Chocolates', '{ITERTL:} An Iterative
Framework', '\\texttt{L2CEval}: Evaluating ...'), then ', `Venue`, Year' (the venue in a code span, once
empty: Code Alpaca's '``'; one bullet ends 'IEEE CAI`, 2024.').  No bullet links anything, so no entry has
an id.  Many papers come back under several headings or twice in one (CoderEval, CodeGeeX, EPiC,
DeceptPrompt ...): each bullet is an entry.  Code Alpaca, a repository the survey cites like a paper, is kept,
since its record reads like every other.

Entries: every '  - ' bullet from '## Paper' to '## Useful Resources'; title = the text before the last
', `Venue`, Year', written as in the file (braces and the LaTeX '\\texttt{...}' are not Markdown markup and
stay).  Not entries: the survey's own link and BibTeX, the table of contents, and 'Useful Resources'
(leaderboards, evaluation harnesses, Copilot and Tabby: tools and sites).

Count checks: per heading 46 + 17 + 12 + 27 + 4 + 13 + 7 + 10 + 16 + 52 = 204 bullets, every one matching
the single pattern (204 '  - ' lines in the range).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "juyongjiang__CodeLLMSurvey__README@460e664.md"
PART = "wild11_development"
EXPECTED = [46, 17, 12, 27, 4, 13, 7, 10, 16, 52]


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Paper") + 1
    stop = lines.index("## Useful Resources") + 1
    papers = []
    counts: list[int] = []
    for i in range(start + 1, stop):
        text = lines[i - 1]
        if text.startswith("### "):
            counts.append(0)
            continue
        if not text.startswith("  - "):
            continue
        m = re.match(r"  - (.+), `([^`]*)`, (\d{4})\.?\s*$", text)
        assert m, (i, text)
        counts[-1] += 1
        papers.append(entry(lines, i, i, m.group(1)))
    assert counts == EXPECTED, counts
    assert sum(1 for ln in lines[start:stop] if ln.startswith("  - ")) == 204
    assert len(papers) == 204
    write_truth(NAME, PART, papers,
                "every '  - Title, `Venue`, Year' bullet of '## Paper' (ten headings, repeats included) is an entry,"
                " title = the text before the last ', `Venue`, Year' as written (BibTeX braces and \\texttt kept);"
                " the survey's own link and BibTeX and the Useful Resources tools are not entries",
                "every bullet matched by one pattern and counted per heading (46/17/12/27/4/13/7/10/16/52 = 204);"
                " by eye: the first and last bullet of each heading, all 29 bullets with braces or \\texttt,"
                " the '?' titles, Code Alpaca's empty venue, the 'IEEE CAI`, 2024.' bullet, and a sample of 30")


if __name__ == "__main__":
    main()
