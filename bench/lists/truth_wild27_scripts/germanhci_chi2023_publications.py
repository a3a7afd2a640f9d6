"""Wild27 truth for GermanHCI/website _posts/2023-01-15-2023-publications.md: the German HCI labs'
publications at CHI 2023 (a community page collecting the papers of many university labs).

Shape: Jekyll front matter, a <style> block, an <h2> 'Publications @ CHI 2023' (13) and a
leftover <details> sample whose only text is 'This is an example only.' (15-20, not a record).
Then 50 records (22-230), blank lines between, each:
  '__Title__' (bold with underscores, usually two trailing spaces)
  'Author (Affiliation), Author (Affiliation), ...'
  '<span style="color: red;">Abstract</span> | Tags: <type>[, award] | Links: '
No links, ids or years are filled in ('Links:' is empty everywhere).
Copy errors: in 10 records the bold line repeats the previous record's title and the record's own
title follows as a plain line before the authors (bold/plain line pairs 70-71, 75-76, 100-101,
113-114, 122-123, 131-132, 136-137, 141-142, 146-147, 155-156; the script checks that each bold
line equals the previous record's title).  The authors show which paper the record is (e.g.
70-72: AutoVis by Jansen, Britten, ..., Rukzio at Ulm; 155-157: "Don't Panic!" by Weiss and Heuten
at OFFIS), so the title is the plain line; the record's lines start at the repeated bold line, as
the rendered paragraph does.  Line 155 closes its bold with three underscores.
Entry: every record whose type is a paper: Full Paper (incl. 'Best Paper' and 'Honorable
Mention'), Late Breaking Work, Journal, Interactivity/Demonstration (demo papers).  Not entries:
the Course (22-24, 'The Unwritten Manual of Becoming a Professor of HCI') and the two Workshops
(84-86, 88-90): events, not papers.  Title: the bold text (or the plain line in the copy-error
records), kept as written, e.g. 'Design and Fabrication of Body-Based Interfaces (Demo of
Saarland HCI Lab)' (147) keeps its parenthesis.
Count check: 50 'Tags:' lines = 34 Full Paper + 3 Full Paper/Honorable Mention + 1 Best Paper +
5 Late Breaking Work + 1 Journal + 3 Interactivity/Demonstration + 1 Course + 2 Workshop;
47 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "GermanHCI__website___posts__2023-01-15-2023-publications@a00ca38.md"
PART = "wild27_development"
BOLD = re.compile(r"^__(.+?)_{2,3}\s*$")
TAGS = re.compile(r"^<span style=\"color: red;\">Abstract</span>\s*\| Tags: (.+?) \| Links:\s*$")
NOT_PAPERS = {"Course", "Workshop"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[17] == "This is an example only." and lines[19] == "</details>"
    papers = []
    kinds: dict[str, int] = {}
    start = 21  # first line after the sample <details> block
    prev_title = None
    copy_errors = 0
    for i, text in enumerate(lines, 1):
        if i <= start or "Tags:" not in text:
            continue
        m = TAGS.match(text)
        assert m, (i, text)
        kind = m.group(1)
        kinds[kind] = kinds.get(kind, 0) + 1
        own = [j for j in range(start + 1, i + 1) if lines[j - 1].strip()]
        assert own[-1] == i and len(own) in (3, 4), (i, own)
        b = BOLD.match(lines[own[0] - 1])
        assert b, own[0]
        if len(own) == 3:
            title = b.group(1)
        else:
            assert b.group(1).strip() == prev_title, (own[0], b.group(1), prev_title)
            assert not lines[own[1] - 1].startswith("__"), own[1]
            title = lines[own[1] - 1].strip()
            copy_errors += 1
        title = title.strip()
        prev_title = title
        start = i
        if kind in NOT_PAPERS:
            continue
        papers.append(entry(lines, own[0], i, title))
    assert sum(kinds.values()) == 50, kinds
    assert kinds == {"Course": 1, "Late Breaking Work": 5, "Journal": 1, "Full Paper": 34,
                     "Full Paper, Honorable Mention": 3, "Workshop": 2, "Best Paper, Full Paper": 1,
                     "Interactivity/Demonstration": 3}, kinds
    assert copy_errors == 10, copy_errors
    assert len(papers) == 47, len(papers)
    write_truth(NAME, PART, papers,
                "every record (bold title, author line, 'Tags:' line) whose tag is a paper type (Full Paper, Late"
                " Breaking Work, Journal, Interactivity/Demonstration) is an entry, the Course and two Workshops are"
                " not; title = the bold text, or the plain line after a bold line that repeats the previous title"
                " (10 copy errors), as the authors confirm",
                "all 50 records read by eye against the -v output, each copy-error record's authors checked against"
                " the plain title; the sample <details> block and the Course/Workshop records checked as excluded;"
                " no links or ids in the file")


if __name__ == "__main__":
    main()
