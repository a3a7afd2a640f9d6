"""Wild3 truth for adamaviv/usec-f19 schedule.md: a usable-security seminar schedule (GWU, fall 2019).

One '## Meeting N: date' section per week, each with '### Topic', '### Due', '### Required
Readings:', '### Additional Readings:' and '### Presenters:' headings.  Readings are bullets
'* Authors. [Title](url). Venue Year.' (author-first, ACM or DBLP style, sometimes 'Authors:' and the
link on the next line); a dozen wrap over two to four lines, so an entry spans its bullet's lines up
to the next bullet, heading or blank line.  One nested bullet (Meeting 7) is a note ('Also read the
original ...') and the next nested bullet is a paper.

Entry: every bullet under a Readings heading whose subject is a paper, title = the link text (a
final '.' inside the link dropped by the citation convention; quotes that are part of a title, as in
'"We're on the Same Page": ...', kept).  Kept as papers: the Menlo Report (a DHS/CAIDA report),
Mickens's 'This World of Ours' (a USENIX ;login: article) and Solove's law-review article.  One
bullet (Ray, Wolf, Aviv and Kuber, Meeting 13) names an unlinked pre-print; its title is the text
between the authors and '. Pre-Print'.  Not entries: 'What is GDPR, the EU's new data protection
law?' (a web page), the Meeting 6 instructions ('Select TWO papers ...'), '(none)', the note bullet,
and every Due/Presenters bullet (problem sets, GitHub Classroom links, names).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild3 import entry, read_lines, write_truth

NAME = "adamaviv__usec-f19__schedule@b7c0327.md"
PART = "wild3_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

GDPR = 270  # a web page, not a paper
UNLINKED = {376: "“And Then The Castle Just Falls:” Using Drawmetrics to Compare Privacy Concerns of Older and Working Adults"}
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def main() -> None:
    in_readings = False
    skipped = []
    i = 1
    while i <= len(LINES):
        text = LINES[i - 1]
        if text.startswith("#"):
            in_readings = text.startswith(("### Required Readings", "### Additional Readings"))
            i += 1
            continue
        if not (in_readings and text.lstrip().startswith("* ")):
            i += 1
            continue
        last = i
        while last < len(LINES) and LINES[last].strip() and not LINES[last].lstrip().startswith(("* ", "#")):
            last += 1
        block = "\n".join(LINES[i - 1 : last])
        m = LINK.search(block)
        if i in UNLINKED:
            assert not m
            PAPERS.append(entry(LINES, i, last, UNLINKED[i]))
        elif m and i != GDPR:
            PAPERS.append(entry(LINES, i, last, m.group(1)))
        else:
            skipped.append(i)
        i = last + 1
    assert skipped == [153, 154, 155, 156, 184, 270, 395], skipped
    write_truth(NAME, PART, PAPERS,
                "every bullet under a '### Required Readings' or '### Additional Readings' heading whose subject is a"
                " paper is an entry (its wrapped lines included), title = the link text; one unlinked pre-print"
                " (line 376) titled by hand; a GDPR web page, the Meeting 6 instructions, a note bullet and '(none)'"
                " are not entries, nor any Due/Presenters bullet",
                "all reading bullets of the 14 meetings one by one (first and last of each Readings list), every"
                " wrapped bullet (39-40, 49-52, 79-82, 174-175, 205-206, 211-212, 214-215, 252-253, 315-316,"
                " 371-373), the nested note/paper pair (184-185), the 7 skipped bullets, titles ending in '.' in the"
                " link, the arXiv links (Naiakshina 2017, Utz 2019); the count of http links under Readings by grep")


if __name__ == "__main__":
    main()
