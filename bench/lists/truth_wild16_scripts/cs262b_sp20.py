"""Wild16 truth for deculler/cs262b-sp20 index.md: the syllabus page of Berkeley CS262B 'Advanced
Topics in Computer Systems' (Spring 2020, David Culler).

Shape: Jekyll page; the syllabus is an HTML <table> filled by Liquid ('{% include syllabus_entry %}'
before each meeting) in which every meeting is Markdown: a '## Topic' heading, a prose paragraph,
then '<div class="reading">' holding '<div class="required_reading" markdown="1">' and
'<div class="optional_reading" markdown="1">' blocks of '* ' bullets.  A bullet is
'[Title](pdf url) Authors, Venue Year' often followed by '[(write up)](google form)' on the same or
the next line; three link texts wrap onto a second line ('[Fast key-value stores:\\nAn idea whose
time has come and gone](...)'); one bullet's venue runs onto the next line.  After the table come
a <script>, project and grading sections, and a '### Removed' section whose last meeting ('Scaling
Wide Area Storage') keeps its reading divs.  Other bullets of the page (course facts, project
dates, conference and award links, grading) are not readings.

Entry: each bullet inside a required/optional reading div (the Removed meeting included) whose
subject is a paper; its lines are the bullet line and its continuation lines.  Title = the link
text, joined over its wrapped lines and stripped; 'The Task of the Referee, A. J. Smith, 1990'
loses its ', A. J. Smith, 1990'.  Not entries (4 of 66 reading bullets): 'CS262A Treatment'
(another course's lecture slides), 'Introduction to OpenBinder and Interview with Dianne Hackborn'
(an OSNews story), 'Why Threads Are A Bad Idea (for most purposes)' (the file calls it a
'presentation to 1996 USENIX Technical Conference': a talk) and 'Writing reviews for systems
conferences, Mothy Roscoe' (an unpublished guide).  Kept: Smith's referee article (IEEE Computer)
and 'How not to Review a Paper' (SIGMOD Record), 'The Part-Time Parliment' (sic), tech reports.
The prose link 'Here are the reviews from the 3 rejected submissions' is no reading.

Count check: 66 '* [' bullets inside reading divs (listed with awk between the div tags and
counted by eye per meeting), 62 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "deculler__cs262b-sp20__index@b8a1ffd.md"
PART = "wild16_development"
LINES = read_lines(NAME)

NOT_PAPERS = {"CS262A Treatment", "Introduction to OpenBinder and Interview with Dianne Hackborn",
              "Why Threads Are A Bad Idea (for most purposes)", "Writing reviews for systems conferences, Mothy Roscoe"}
LINK_TEXT = re.compile(r"^\* \[(.+?)\]\(", re.DOTALL)


def main() -> None:
    papers, bullets, skipped = [], 0, set()
    in_reading = False
    i = 1
    n = len(LINES)
    while i <= n:
        line = LINES[i - 1]
        if re.match(r'<div class="(required|optional)_reading"', line):
            in_reading = True
        elif line.startswith("</div>"):
            in_reading = False
        if in_reading and line.startswith("* ["):
            last = i
            while last < n and LINES[last].strip() and not LINES[last].startswith(("* ", "</div>")):
                last += 1
            text = "\n".join(LINES[i - 1:last])
            m = LINK_TEXT.match(text)
            assert m, i
            title = re.sub(r"\s+", " ", m.group(1)).strip()
            bullets += 1
            if title in NOT_PAPERS:
                skipped.add(title)
            else:
                title = re.sub(r", A\. J\. Smith, 1990$", "", title)
                papers.append(entry(LINES, i, last, title))
            i = last + 1
            continue
        i += 1
    assert bullets == 66, bullets
    assert skipped == NOT_PAPERS, NOT_PAPERS - skipped
    assert len(papers) == 62
    write_truth(NAME, PART, papers,
                "each '* [Title](url) Authors, Venue' bullet inside a required/optional reading div of the syllabus"
                " (the 'Removed' meeting included) is an entry, lines = the bullet and its continuation lines,"
                " title = the link text joined over wrapped lines (a trailing ', A. J. Smith, 1990' dropped); lecture"
                " slides, a news interview, a talk and an unpublished reviewing guide are not entries",
                "all 66 reading bullets one by one (titles by eye), the 3 link texts wrapped over two lines, the"
                " continuation lines holding '(write up)' links or a venue, the 4 left out, the Removed section after"
                " the script; bullets outside reading divs (course facts, dates, conferences, grading) give no entry")


if __name__ == "__main__":
    main()
