"""Wild25 truth for drexel-progsys/seminar suggestions.md: a programming-systems (PL/SE) seminar's suggested papers.

Shape: a Jekyll page (front matter lines 1-5, three prose paragraphs), then one '- ' bullet per
suggested paper on lines 12-29: 'Authors. [Title](url). Venue Year.' (the separator before the
venue is '.' or ',', and line 12 writes 'In OOPSLA 2024'); authors are surnames joined by 'and',
except line 23, which gives full names separated by commas.  Line 13 is a survey chapter in an
edited book whose title is in italics after the link ('In *Aliasing in Object-Oriented
Programming ...*'); the paper title is the link text, the book title is not.  Line 16 is an
indented '+' note under the line-15 paper (part of that entry, not an entry).
Entry = each bullet of lines 12-29; title = its link text.  Not entries: the '### Venues in
Programming Systems' part (lines 32-75), whose bullets expand venue acronyms ('- ICSE = ACM
International Conference on Software Engineering') with '+' notes, and the prose.
DOIs come from dl.acm.org/doi/... links (with and without '/abs/') and the Springer chapter link;
the researchr.org, PMLR and cs.brown.edu links give none.  No arXiv ids.
Count check: lines 12-29 hold 17 paper bullets and the line-16 note = 17 entries; 33 top-level
'- ' bullets in the file = 17 papers + 16 top-level venue bullets (lines 42-72; four more venue
bullets are nested on lines 55-58).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "drexel-progsys__seminar__suggestions@0364639.md"
PART = "wild25_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i in range(12, 30):
        text = lines[i - 1]
        if text.startswith("  + "):
            assert i == 16
            continue
        m = re.match(r"- [^\[]+\. \[(.+?)\]\(https?://[^)]+\)[.,] ", text)
        assert m, i
        end = i + 1 if i == 15 else i
        papers.append(entry(lines, i, end, m.group(1)))
    assert sum(1 for t in lines if t.startswith("- ")) == 33
    assert sum(1 for t in lines[31:] if t.startswith("- ")) == 16
    assert sum(1 for t in lines[31:] if re.match(r"\s*- [A-Z/]+ = ", t)) == 19
    assert len(papers) == 17, len(papers)
    write_truth(NAME, PART, papers,
                "each '- Authors. [Title](url). Venue Year.' bullet of lines 12-29 is an entry (the '+' note on"
                " line 16 belongs to the line-15 entry); title = the link text; the venue-acronym bullets of"
                " the closing 'Venues in Programming Systems' part are not entries",
                "every entry read against the file (all 17), with its title, DOI (ACM doi and doi/abs links,"
                " Springer chapter link on line 13) and line span; the 20 venue bullets (16 top-level, 4 nested)"
                " checked not to be papers")


if __name__ == "__main__":
    main()
