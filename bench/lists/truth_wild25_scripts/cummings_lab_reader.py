"""Wild25 truth for mollycummings/cummings_lab_members current-members/lab_reader/README.md: a
behavioural-ecology lab's reader for its members (papers on ethology, statistics, figures, writing).

Shape: '###' topic headings separated by '-----' rules; one paragraph per record:
'**Title.** Authors. Year.' (the title's closing period inside the bold), sometimes followed by a
one-line description on the next line (lines 19, 24); no links except four records whose whole
citation is a link: '[**Title.** Authors. Year.](url)' (lines 72, 84), '[**Title**. Authors.
Year.](url)' (line 63) and line 43, whose bold is never closed ('[**Ten simple rules for effective
statistical practice. Kass et al. 2016.](url)'): the title there is the text before '. Kass'.
Line 78 is '[Title](pmc url). Plaxco 2010.' (link text = title).  The title keeps the file's
spelling ('etholgy', 'communiciation', 'mechansistic'); the closing '.' is the separator, dropped.

Entries: the 17 article records (journal papers and PLOS 'Ten simple rules' articles).  Not
entries: the two '#### books:' sub-sections (lines 47, 50, 88: Gotelli & Ellison, Dalgaard,
Schimel), 'Claus Wilke's universal paper outline.' (line 76, no work named beyond a web outline)
and '[How to give a talk. Sterns.](http://www.howtogiveatalk.com/)' (line 80, a web page), the
intro's list of topics.

Count check: 22 record paragraphs under the topic headings (grep of lines from 15 on starting
'**' or '[' = 21, plus line 76) = 17 entries + 3 books + 2 web items (lines 76, 80).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "mollycummings__cummings_lab_members__current-members__lab_reader__README@a68248c.md"
PART = "wild25_development"
BOOKS = {47, 50, 88}
NOT_PAPERS = {76, 80}
SPECIAL = {
    43: "Ten simple rules for effective statistical practice",
    78: "The art of writing science",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        if i < 15 or not (text.startswith(("**", "[")) or i == 76):
            continue
        records += 1
        if i in BOOKS or i in NOT_PAPERS:
            continue
        end = i + 1 if i + 1 <= len(lines) and lines[i].strip() and not lines[i].startswith(("**", "[", "#")) else i
        if i in SPECIAL:
            title = SPECIAL[i]
            assert title in text, i
        else:
            m = re.match(r"\[?\*\*(.+?)\*\*", text)
            assert m, i
            title = m.group(1).strip().removesuffix(".")
        papers.append(entry(lines, i, end, title))
    assert records == 22, records
    assert len(papers) == 17, len(papers)
    write_truth(NAME, PART, papers,
                "every record paragraph whose subject is an article is an entry; title = the bold span (closing"
                " period dropped), the link text before '. Kass' on line 43 (bold never closed) and the link text"
                " on line 78; the description line under a record belongs to it; books, a web outline and a"
                " talk web page are not entries",
                "every line read by eye and every entry checked against its line(s), including the broken bold"
                " on line 43, the bold-then-period title on 63 and the two description lines (19, 24); the three"
                " PLOS DOIs in ploscompbiol '?id=10.1371/...' URLs checked")


if __name__ == "__main__":
    main()
