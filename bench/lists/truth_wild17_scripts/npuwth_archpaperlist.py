"""Wild17 truth for npuwth/ArchPaperList src/PaperList.md: a computer-architecture reading list of bare titles.

Shape: '### N. Topic' and '#### N.M. Subtopic' headings, a few '> ' quotes, and under them
checkbox-like bullets '- [*] Title, year' or '- [*] Title, year, VENUE' (no links, no authors);
8 bullets carry an indented '    - note' sub-bullet (a description such as 'The famous Tomasulo
Algorithm').  Each '- [*]' bullet is a record; title = the text after '[*] ' without the trailing
', year' and ', VENUE' (titles may hold commas: 'A PPM-like, tag-based branch predictor').  An
entry runs from its bullet to its last note sub-bullet.
Not entries (decided here): line 43 'Processor Microarchitecture An Implementation Perspective,
2011' with its note 'Synthesis Lectures on Computer Architecture' (a book of that series), and
line 111 'SPEC CPU2017 Benchmark Tools, 2017' (a benchmark tool suite, not a paper).  The
'Rocket Chip Generator' technical report, 'SonicBOOM' (workshop paper) and the IEEE Micro and
ISSCC articles are papers and kept.  The '### 5. Survey' heading is empty.  No ids in the file.
Counts: 75 '- [*] ' bullets (grep) - 2 = 73 entries; 8 note sub-bullets.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "npuwth__ArchPaperList__src__PaperList@ce42edc.md"
LINES = read_lines(NAME)
NOT_PAPERS = {43: "Processor Microarchitecture An Implementation Perspective",
              111: "SPEC CPU2017 Benchmark Tools"}


def main() -> None:
    papers = []
    notes = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("    - "):
            notes += 1
            continue
        if not text.startswith("- [*] "):
            assert not text.startswith("-"), i
            continue
        m = re.fullmatch(r"- \[\*\] (.+?), ((?:19|20)\d\d)(?:, ([A-Za-z ]+))?", text)
        assert m, i
        title = m.group(1)
        end = i
        while end < len(LINES) and LINES[end].startswith("    - "):
            end += 1
        if i in NOT_PAPERS:
            assert title == NOT_PAPERS[i], i
            continue
        papers.append(entry(LINES, i, end, title))
    assert notes == 8
    assert len(papers) == 75 - 2, len(papers)
    write_truth(NAME, "wild17_development", papers,
                "every '- [*] Title, year[, VENUE]' bullet is an entry with its indented note sub-bullets, title = the"
                " text before the trailing year and venue; a Synthesis Lectures book (line 43) and a benchmark tool"
                " suite (line 111) are not entries",
                "75 bullets by grep, 8 note sub-bullets, all 73 titles by eye against the file (commas inside titles,"
                " the quoted '\"Zen 4\"' title, entries without a venue), the two exclusions; no links or ids in the file")


if __name__ == "__main__":
    main()
