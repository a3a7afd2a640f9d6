"""Wild8 truth for Yunhui1998/Deep_learning_paper_tutorial README.md: a Chinese README of a
close-reading project whose list of classic deep-learning papers is a plain formatted bibliography.

Shape: eleven lines of Chinese introduction (a numbered list of the project's five parts, lines
5-13, which are not papers), then '详读的经典论文包括（一直更新）：' and 46 numbered references
'N.<TAB>reference', no links, no bullets.  References 1-9 are in MLA/Google-Scholar style
('Surname, Given, and Given Surname. "Title." Venue vol.no (year): pages.'); references 10-46 in
the Chinese GB/T 7714 style ('Surname I, Surname I, et al. Title[J]. Journal, year, vol(no): pages.'
or 'Title[C]//Proceedings. year: pages.').  The last one (46, a repeat of 29) is wrapped over three
lines (63-65).  arXiv ids are written as text ('arXiv preprint arXiv:1409.1556', sometimes glued:
'arXivpreprint arXiv:...', 'preprintarXiv:...').

Entry = one numbered reference (its line, or lines 63-65 for the wrapped one).  Title: in the MLA
references the quoted text (its final '.' dropped); in the GB/T references the text between the
authors' closing '. ' (after 'et al.' or the last initial) and the '[J]'/'[C]' type mark.  The two
records of 'Matching networks for one shot learning' are separate entries.  No DOIs.

Counts: 46 lines match '^\\d+\\.\\t' (grep); 9 quoted MLA titles; 15 '[C]' + 22 '[J]' marks = 37 GB/T.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "Yunhui1998__Deep_learning_paper_tutorial__README@edd7822.md"
PART = "wild8_development"
LINES = read_lines(NAME)

REF = re.compile(r"^(?P<n>\d+)\.\t(?P<text>.*)$")
MLA = re.compile(r'^[^"]+ "(?P<title>[^"]+)"')
GBT = re.compile(r"^(?P<authors>[^.]+?)\. (?P<title>.+?)\[(?:J|C)\]")


def main() -> None:
    papers = []
    styles = {"mla": 0, "gbt": 0}
    refs = [(i, m) for i, t in enumerate(LINES, 1) if (m := REF.match(t)) and i > 17]
    for k, (i, m) in enumerate(refs):
        last = i
        while last < len(LINES) and LINES[last].startswith("  ") and LINES[last].strip():
            last += 1  # wrapped continuation lines
        text = " ".join(x.strip() for x in [m.group("text"), *LINES[i:last]])
        assert int(m.group("n")) == k + 1, (i, m.group("n"))
        if (mm := MLA.match(text)) and int(m.group("n")) <= 9:
            styles["mla"] += 1
            title = mm.group("title")
        else:
            mg = GBT.match(text)
            assert mg, (i, text)
            styles["gbt"] += 1
            title = mg.group("title")
        papers.append(entry(LINES, i, last, title))
    assert len(papers) == 46, len(papers)
    assert styles == {"mla": 9, "gbt": 37}, styles
    assert papers[-1]["line"] == 63 and papers[-1]["end"] == 65
    write_truth(
        NAME, PART, papers,
        "every numbered reference 'N.<TAB>...' after the Chinese intro is an entry (the wrapped last one spans"
        " lines 63-65); title = the quoted title in MLA references 1-9, the text between the authors and the"
        " [J]/[C] mark in GB/T 7714 references 10-46",
        "all 46 references by eye (grep: 46 numbered tab lines; 9 MLA, 15 [C] + 22 [J] GB/T marks); the intro's"
        " numbered parts (lines 5-13) give no entry; arXiv ids from 'arXiv:' text including glued 'preprintarXiv:';"
        " the repeat of 'Matching networks' kept twice; '[pdf]' after reference 6 not in its title",
    )


if __name__ == "__main__":
    main()
