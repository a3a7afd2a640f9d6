"""Wild13 truth for MPI-SWS/sosp21-www program.md: a systems conference's preliminary schedule (SOSP 2019 papers).

Plain text, no Markdown markup and no links: days between '=====' rules, sessions and breaks between
'-----' rules, each session a name line with its time, then one record per paper: a line
'TITLE <title>' followed by a line 'AUTHORS <Name (Affiliation), ...>' (some records are separated by
two blank lines, one 'AUTHORS' line ends in ', ').  Every TITLE/AUTHORS pair is an entry (38, the
number of 'TITLE ' lines and of 'AUTHORS ' lines, 4+3+4+3 on Monday, 4+3+4+3 on Tuesday,
4+3+3 on Wednesday); its lines run from the TITLE line to the AUTHORS line; title = the TITLE line's
text after the keyword, kept whole (one title goes on with ' --- Finding thousands of concurrency bugs
during testing', a subtitle the file writes as part of it).  Breaks, meals, poster sessions, the SRC
and the business meeting are not entries.  No ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "MPI-SWS__sosp21-www__program@aebb07a.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_session = []
    for i, text in enumerate(LINES, 1):
        if re.match(r".*\(\d{1,2}:\d\d ?- ?\d{1,2}:\d\d\) \(\d:\d\d duration\)\s*$", text) and not re.match(
            r"(Breakfast|Welcome|Break)", text
        ):
            per_session.append(0)
        m = re.fullmatch(r"TITLE (.+)", text)
        if not m:
            assert not text.startswith(("TITLE", "AUTHORS")) or text.startswith("AUTHORS "), i
            continue
        nxt = LINES[i]
        assert nxt.startswith("AUTHORS "), i
        papers.append(entry(LINES, i, i + 1, m.group(1).strip()))
        per_session[-1] += 1
    assert per_session == [4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 3], per_session
    assert len(papers) == 38
    assert sum(1 for t in LINES if t.startswith("AUTHORS ")) == 38
    write_truth(
        NAME,
        "wild13_development",
        papers,
        "every 'TITLE <title>' line with the 'AUTHORS ...' line under it is an entry (both lines), title = the"
        " TITLE line's text after the keyword, kept whole; schedule lines (breaks, meals, posters, meetings) are not",
        "all 38 records against the file (38 TITLE and 38 AUTHORS lines by grep; per session 4,3,4,3 / 4,3,4,3 /"
        " 4,3,3 by eye), every title by eye, the '---' subtitle kept, the double blank lines; no ids in the file",
    )


if __name__ == "__main__":
    main()
