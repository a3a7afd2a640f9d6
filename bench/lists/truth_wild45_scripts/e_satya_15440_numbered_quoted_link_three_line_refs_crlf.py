"""Wild45 truth for therealsatya/15440web _pages/readings.md: the "Optional Course Readings" page of CMU's
15-440 "Distributed Systems" course site (al-folio Jekyll site of M. Satyanarayanan's offering), one numbered
reference per paper, each written as three lines ended by "<br>": the quoted, linked title, the authors, the venue.

Shape (139 lines, CRLF line ends, a final CRLF): YAML front matter (1-7), a blank line, then 33 records
"N. "[Title](../assets/READINGS/x.pdf)"<br>" / "Authors<br>" / "Venue, date<br>", separated by one blank line (two
before 18, 76-77).  No headings, no sections.
Special cases: the quotation marks are placed inconsistently around the link: outside it ("[Title](url)", most),
inside its text (["Title"](url), 2), or split, the opening quote inside the link text and the closing one after it
(["Title](url)", 3, 19, 20); a comma after the closing quote (14, 17); a stray "]" after the link (32, 33); record 22
(Coda, line 94) has no author line, the venue follows the title line; a "<br>" in the middle of the venue line (27,
line 115); the last record has no "<br>"; "Unpublished manuscript" as the venue of the two Paxos notes (19, 20); a
1962 Proceedings of the American Philosophical Society essay (26, Simon) and a Tandem technical report (11, Gray);
every link is a course-hosted PDF (no arXiv id, no DOI anywhere).

Decisions:
- Entry = each numbered record, from its "N." line to its venue line (33 entries); all are scholarly works (journal
  and conference papers, two unpublished manuscripts that are widely cited as papers, a technical report, a 1962
  journal essay).
- Title = the link text with the quotation marks that the list wraps around titles removed (the opening quote of
  records 2, 3, 19, 20 sits inside the link text and is not part of the title); the stray "]" after the links of 32
  and 33 is not part of the title; "?" ends kept (11, 12).
- Ids: none (every link is a relative course PDF), each entry taking ids from its own lines only.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "therealsatya__15440web___pages__readings@870384a.md"
PART = "wild45_development"

HEAD = re.compile(r'^(?P<num>\d+)\. "?\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[-1] == "" and len(lines) == 140, len(lines)
    starts = []
    for n, text in enumerate(lines, 1):
        m = HEAD.match(text)
        if m:
            starts.append((n, int(m.group("num")), m.group("title")))
        else:
            assert not re.match(r"^\d+\. ", text), (n, text)
    assert [num for _, num, _ in starts] == list(range(1, 34)), starts
    papers = []
    for i, (first, _num, title) in enumerate(starts):
        stop = starts[i + 1][0] - 1 if i + 1 < len(starts) else len(lines)
        last = max(k for k in range(first, stop + 1) if lines[k - 1].strip())
        assert last - first in (1, 2), (first, last)
        title = title.strip('"').strip()
        assert '"' not in title and title, (first, title)
        papers.append(entry(lines, first, last, title))
    short = [p["line"] for p in papers if p["end"] - p["line"] == 1]
    assert short == [94], short
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered record (quoted linked title line, author line, venue line, each ended by <br>) is an entry"
        " from its number line to its venue line; title = the link text without the quotation marks wrapped around"
        " it (inside or outside the link); no ids (course-hosted PDFs) (33).",
        "Whole file read (139 lines, CRLF) against the -v output: all 33 records and their spans, the quote placements"
        " (outside the link; inside it at 13; split at 17, 82, 86), the commas after the quote (61, 73), the stray ']'"
        " after the links of 133 and 137, record 22 without an author line (94-95), the '<br>' inside the venue of"
        " 115, the last record without '<br>' (137-139), the two unpublished Paxos manuscripts and the technical report"
        " kept as entries, no id anywhere.",
    )


if __name__ == "__main__":
    main()
