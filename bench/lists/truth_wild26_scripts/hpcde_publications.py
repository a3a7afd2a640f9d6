"""Wild26 truth for hpcde/hpcde.github.com content/p/publications.md: a Chinese lab's '科研成果' page.

Shape: a Hugo page (front matter, title '科研成果') of a high-performance-computing group at the
University of Science and Technology Beijing.  Section '### 论文著作' (line 7) is a numbered list
of 38 plain-text references, lines 8-45, no links and no markup: 'N. Authors. Title. Venue, year.'
Four references are Chinese (lines 9, 18, 26, 37), the other 34 English (some with Chinese notes
such as '(已录用，EI/ISTP刊源.)' after the venue).
Then '### 专利' (line 47, patents, a 3-row table), '### 软件著作权' (line 55, software copyrights, a
9-row table) and '### 科研奖励' (line 68, one numbered award line, line 69): none of these is a scholarly work -> not entries.
Entry: each numbered line 8-45; title = the text between the author list and the next sentence
separator.  The author list ends at the first '.', ':' or '．' that is not an initial ('Leandro L.
Minku', line 8) and, where the list ends in ', et al.', at that period (lines 20, 23, 25; the
'et al.' that line 38 puts after its venue is not an author list).
Special cases:
- line 14: a colon ends the authors ('Chongchong Zhao: Efficient ...');
- line 18: no space after the title's period ('...OpenMP编译系统.中国科学F辑');
- line 33: a fullwidth colon inside the title ('ADEB：A Dynamic ...') is kept;
- line 34: the title ends at a period with no space before the venue ('...Distributed
  Environment.3rd International Symposium ...');
- line 35: a fullwidth period ends the title ('...Distributed Environment．The 8th ...');
- lines 32/42 name the same paper twice, and lines 33/41 the same ADEB paper in two wordings:
  repeated records are separate entries.
No arXiv ids, DOIs or URLs in the list.
Count check: 38 numbered lines between '### 论文著作' and '### 专利' (numbers 1-38 in order) = 38
entries; 4 Chinese titles.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "hpcde__hpcde.github.com__content__p__publications@1edb8d3.md"
PART = "wild26_development"

AUTHORS = re.compile(r"([^.:．]+?, et al|.+?(?<!\b[A-Z]))[.:．]\s*(.*)$")
TITLE = re.compile(r"(.+?)(?:[.．](?=\s|[^\s\d])|\.(?=\d+(?:st|nd|rd|th) )|\.$)")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("### 论文著作") + 1
    stop = lines.index("### 专利")
    papers = []
    numbers = []
    chinese = 0
    for i in range(start + 1, stop + 1):
        text = lines[i - 1]
        if not text.strip():
            continue
        m = re.match(r"(\d+)\. (.*)$", text)
        assert m, i
        numbers.append(int(m.group(1)))
        a = AUTHORS.match(m.group(2))
        assert a, i
        t = TITLE.match(a.group(2))
        assert t, i
        title = t.group(1).strip()
        assert len(title) > 10 and title in text, (i, title)
        if re.search(r"[\u4e00-\u9fff]", title):
            chinese += 1
        papers.append(entry(lines, i, i, title))
    assert numbers == list(range(1, 39)), numbers
    assert len(papers) == 38 and chinese == 4, (len(papers), chinese)
    write_truth(NAME, PART, papers,
                "every numbered reference under '### 论文著作' is an entry (38 plain-text references, English and"
                " Chinese); title = the text between the author list (ended by '.', ':' or '．', 'et al.' included,"
                " initials skipped) and the next sentence separator; the patent and software-copyright tables and"
                " the award line are not entries",
                "all 38 titles read by eye against their lines (separator cases at lines 14, 18, 20, 23, 25, 33, 38,"
                " 34, 35; the repeated papers at 32/42 and 33/41); the tables and the award line after line 45"
                " checked to hold no paper")


if __name__ == "__main__":
    main()
