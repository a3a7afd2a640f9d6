"""Wild23 truth for smsharma/awesome-neural-sbi README.md: an awesome list of neural simulation-based
inference papers (methods, then applications by field).

Shape: one record per paper, two lines and a blank line:
'- **Title** [[arXiv]](https://arxiv.org/abs/...)' (link labels also '[[ArXiv]]', '[[bioRxiv]]',
'[[medRxiv]]', '[[Paper]]', '[[Master thesis]]', sometimes a '[[Code]]' link, often two trailing
spaces), then the authors line (indented by two spaces in some sections, flush left in others, e.g.
line 159).  Entry = bullet line + authors line; title = the bold text.  Sections with entries:
'Review Papers' (line 51), 'Papers: Methods' (77) and the six 'Papers: Application' sub-sections
(404-992).  Special cases: line 985 adds '*(Preliminary)*' after the bold title (not part of it);
line 191 is a master thesis (an entry); line 56 also links a project page as '[[Paper]]'; the same
last section 'Application to Real Data' (lines 970-992) repeats six of its seven papers from the
sections above (976, 979, 982, 985, 988, 991 repeat 745, 878, 787, 805, 904, 814; line 976 writes
'SimBIG' where 745 writes 'SIMBIG'): each record is its own entry.
DOIs come from bioRxiv/medRxiv, Springer and iopscience URLs; eLife and Nature article URLs give none.
Not entries: the 'Code Packages and Benchmarks' bullets (lines 33-45, '- `package` [[Code]] [[Docs]]
[[Paper]]': software whose record links a paper), the tutorial repository (line 49), the search and
community links under 'Discovery and Links' (73-75), the table of contents.
Count check: 305 lines start with '- **' (all after line 50), each followed by a non-blank authors line
and a blank line; 305 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "smsharma__awesome-neural-sbi__README@eb0885c.md"
PART = "wild23_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- **"):
            continue
        assert i > 50, i
        m = re.match(r"- \*\*(.+?)\*\*(?: \*\(Preliminary\)\*)? \[\[", text)
        assert m, i
        authors = lines[i]
        assert authors.strip() and not authors.startswith("- "), i
        assert i + 1 >= len(lines) or not lines[i + 1].strip(), i
        papers.append(entry(lines, i, i + 1, m.group(1)))
    assert len(papers) == 305, len(papers)
    write_truth(NAME, PART, papers,
                "every '- **Title** [[arXiv]](url)' bullet with its authors line (review, methods and application"
                " sections) is an entry, title = the bold text; the code-package bullets that link a paper, the"
                " tutorial and the discovery links are not entries",
                "first and last entry of each of the 9 sections, a sample of about 30 entries, every bullet whose"
                " link is not arXiv (bioRxiv, medRxiv, Springer, eLife, Nature, iopscience, master thesis,"
                " project page), the '*(Preliminary)*' tag on line 985, the six repeated papers of the last section, the"
                " flush-left authors lines (159-294) and the 13 code-package bullets read by eye")


if __name__ == "__main__":
    main()
