"""Wild25 truth for xiaxia-wang/Daily-Reading Topics/Neuro-Symbolic.md: one reader's daily paper
notes on neuro-symbolic AI (rule learning, differentiable ILP, Datalog, KG reasoning), newest first.

Shape: the file opens with 12 blank lines; then one record per paper, each made of blank-separated
lines: an italic reading date '*2026-01-18*', a heading '#### [Title](url)', an italic authors line,
an italic venue line ('*Arxiv 2026*', '*AAAI 2025 Best Paper*', '*International Journal of
Approximate Reasoning*' with no year), and a one-paragraph summary (two lines on 340-341); two blank
lines between records.  No section headings.
Entry = each record, from its date line to the last line of its summary; title = the heading's link
text.  Special records: line 92 is a Chinese paper (title, authors, venue and summary in Chinese,
a doi.org link); line 70 is the editorial of a Semantic Web Journal special issue ('Neuro-Symbolic AI
and the Semantic Web', a PDF by its four editors), counted as an article; line 379 is a PhD research
proposal published in DASFAA workshop proceedings (Springer chapter), an entry.  DOIs come from
doi.org links and ACM/Springer URLs (line 59's ScienceDirect pii is not a DOI).
Count check: 45 '#### [' headings = 45 date lines '*YYYY-MM-DD*' = 45 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "xiaxia-wang__Daily-Reading__Topics__Neuro-Symbolic@b0f582c.md"
PART = "wild25_development"
DATE = re.compile(r"\*\d{4}-\d{2}-\d{2}\*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if DATE.match(t)]
    assert len(starts) == 45 == sum(1 for t in lines if t.startswith("#### [")), len(starts)
    papers = []
    for k, s in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        end = max(j for j in range(s, nxt) if lines[j - 1].strip())
        head = lines[s + 1]
        assert s + 2 <= len(lines) and head.startswith("#### ["), s
        m = re.match(r"#### \[(.+)\]\((\S+)\)\s*$", head)
        assert m, s
        papers.append(entry(lines, s, end, m.group(1)))
    assert len(papers) == 45
    write_truth(NAME, PART, papers,
                "each daily note (italic date, '#### [Title](url)' heading, italic authors, italic venue, summary) is an"
                " entry spanning date line to summary; title = the heading's link text (a Chinese title kept as"
                " written; a special-issue editorial and a PhD proposal paper counted as articles)",
                "every one of the 45 records read against the -v output (title, line span, arXiv/DOI), including the"
                " Chinese record on line 92, the editorial on 70, the two-line summary on 340-341 and the"
                " ScienceDirect pii on 59 left without DOI")


if __name__ == "__main__":
    main()
