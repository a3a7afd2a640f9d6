"""Wild41 truth for AIPOpt-Lab-SU/ReadingGroup ResponsibleAI/README.md: the "Responsible AI" paper pool of the
reading group of the AIPOpt lab (owner AIPOpt-Lab-SU), one of the group's topic folders (with Optimization/ and a
Schedule/ table of who presents which paper each week), collected in mid-2023 (arXiv papers of 2022-2023).

Shape: a ``#`` title (1) and a four-line table of contents of in-page links (2-5), then four ``##`` sections split
by ``----`` rules: Generative Models (7-33), Privacy and Fairness (36-56), Auditing (59-66), Others (70-123).  Each
paper is a ``###`` heading ``### Title [View](url)`` followed by its abstract, pasted as one long line or as
several hard-wrapped lines (39-53, 74-76, 101-123), with or without a blank line after the heading.  Links are
arXiv ``/abs/`` or ``/pdf/...pdf`` URLs, once an ACM ``dl.acm.org/doi/pdf/`` URL (100).  Special cases: a title
ending with ``!`` inside (``TMI! Finetuned Models ...`` 9), a title ending with ``?`` (21, 32, 91), a title with a
parenthesised numeral (``Privacy Auditing with One (1) Training Run`` 61), a ``[code](github...)`` link at the end
of an abstract (33), trailing spaces after some headings, curly quotes in the last abstract (106-118).

Decisions:
- Each ``###`` heading with its abstract is one entry, from the heading to the abstract's last non-blank line;
  title = the heading text before `` [View](...)``.
- Not entries: the table of contents (2-5), the section headings, the code link of 33 (part of its entry's
  abstract, not a record).
- Ids: arXiv ids from the View links (19 entries); the ACM link gives DOI 10.1145/3593013.3594015 (100, the helper
  drops the ``/doi/pdf/`` prefix).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "AIPOpt-Lab-SU__ReadingGroup__ResponsibleAI__README@ff16be0.md"
PART = "wild41_development"

HEAD = re.compile(r"^### (.+?) \[View\]\((https?://[^)\s]+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if ln.startswith("###")]
    assert all(HEAD.match(lines[n - 1]) for n in starts), starts
    papers = []
    for i, first in enumerate(starts):
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)
        last = first
        for n in range(first + 1, stop + 1):
            ln = lines[n - 1]
            if ln.startswith(("#", "----")):
                break
            if ln.strip():
                last = n
        papers.append(entry(lines, first, last, HEAD.match(lines[first - 1]).group(1)))
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[9] == 11 and spans[32] == 33 and spans[38] == 53 and spans[72] == 76 and spans[100] == 123, spans
    t = {p["line"]: p["title"] for p in papers}
    assert t[9] == "TMI! Finetuned Models Leak Private Information from their Pretraining Data", t[9]
    assert t[61] == "Privacy Auditing with One (1) Training Run" and t[21] == "Can Copyright be Reduced to Privacy?"
    assert [p["line"] for p in papers if p["doi"]] == [100] and papers[-1]["doi"] == "10.1145/3593013.3594015"
    assert sum(1 for p in papers if p["arxiv"]) == 19 and papers[0]["arxiv"] == "2306.01181"
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '### Title [View](url)' heading with its abstract is one entry, from the heading to the abstract's"
        " last non-blank line; title = the heading text before [View]; arXiv ids from the View links, the ACM link's"
        " DOI; the table of contents and section headings are not entries.",
        "Whole file read (123 lines): all 20 headings and their abstract spans compared with the -v output,"
        " including the hard-wrapped abstracts (39-53, 74-76, 101-123), the headings followed by no blank line (21,"
        " 32, 38, 55, 65, 82-100), the 'TMI!' and '(1)' titles, the ?-ending titles (21, 32, 91), the code link in"
        " the abstract of 32, the /pdf/ arXiv links (38, 91, 94) and the ACM DOI (100).",
    )


if __name__ == "__main__":
    main()
