"""Wild42 truth for ThoberDetofeno/Managing-Technical-Debt-in-action REFERENCES.md: the reference list of a
software-engineering action-research study on technical debt management (the repository holds the paper's
chapters as Markdown files; this file is its bibliography).

Shape: a ``## REFERENCES`` heading, then 35 numbered references, one paragraph (one line) each, separated by
blank lines: ``[n] <TAB>Authors, *“Title”*, Venue, Year.`` in IEEE style.  The title is the curly-quoted text
inside ``*...*`` (italic); in [16] the comma sits inside the quotes (``*“Measuring and Monitoring Technical
Debt,”* Advances in Computers, 2011.``).  No links, no DOIs, no arXiv ids.  Venues are journals, conference and
workshop proceedings, IEEE Software, a Dagstuhl seminar report [6], a workshop report in SIGSOFT SEN [15], a
chapter of the serial "Advances in Computers" [16] and an operations-management journal paper [33].

Decisions:
- Entries: all 35 references (every one names a scholarly work: journal/conference/workshop papers, the Dagstuhl
  report and the Advances in Computers chapter); one line each.
- Title: the text between the curly quotes, the separator comma inside the quotes of [16] dropped; "?" kept
  ([7], [10], [31]).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "ThoberDetofeno__Managing-Technical-Debt-in-action__REFERENCES@f125fd8.md"
PART = "wild42_development"

REF = re.compile(r"^\[(\d+)\] \t(.+?), \*“(.+?)”\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("["):
            assert ln.strip() in ("", "## REFERENCES"), (n, ln)
            continue
        m = REF.match(ln)
        assert m, (n, ln)
        assert int(m.group(1)) == len(papers) + 1, (n, m.group(1))
        title = m.group(3).rstrip(",")
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 35 numbered IEEE-style references '[n] Authors, *“Title”*, Venue, Year.' is an entry on its"
        " line; title = the curly-quoted italic text (a comma inside the closing quote dropped); no ids in the file.",
        "Whole file read (71 lines): all 35 references compared with the -v output; numbering 1-35 continuous"
        " (asserted); the comma-inside-quote title [16], question-mark titles [7]/[10]/[31], titles with inner"
        " colons/periods [8]/[10]/[15], accented author names [11]/[14]/[18]; the Dagstuhl report [6], SEN workshop"
        " report [15] and Advances in Computers chapter [16] kept as scholarly works; no links or ids present.",
    )


if __name__ == "__main__":
    main()
