"""Wild23 truth for zhentaoshi/Econ5121A references/AER_IV.md: a Chinese-language list of American
Economic Review papers that use instrumental variables, kept with an econometrics course.

Shape: a Chinese introduction (line 1) and a '------' rule (line 3), then 25 records, each a bold
AEA-style citation paragraph 'Authors. Year. "Title." \\*American Economic Review\\*, vol (n): pages.'
(bold closed after the final '.', or before it on line 37: '...868-98**.'), followed by the English
abstract paragraph and its Chinese translation, blank lines between.  The journal's italics are escaped ('\\*American Economic Review\\*'), so they show as
literal asterisks.  No links, DOIs or arXiv ids anywhere.
Title = the double-quoted text of the citation, the closing '.' dropped ('?' inside titles kept).
Line 149's title escapes the show's italics too ('MTV's \\*16 and Pregnant\\* on Teen Childbearing'):
the asterisks are the title's italic markup and are removed ('MTV's 16 and Pregnant on Teen
Childbearing').
Entries: all 25 records; an entry spans its citation line and its abstract paragraphs up to the last
non-blank line before the next citation (or the end of the file, line 201, which has no final newline).
Count check: 25 lines starting '**' (grep -c '^\\*\\*') = 25 entries, 2020 back to 2011 in date order.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "zhentaoshi__Econ5121A__references__AER_IV@b66876e.md"
PART = "wild23_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("**")]
    assert len(starts) == 25, len(starts)
    papers = []
    for k, i in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        end = max(j for j in range(i, nxt) if lines[j - 1].strip())
        m = re.match(r'\*\*[^"]+\. (?:19|20)\d\d\. "(.+?)\.?" \\\*American Economic Review\\\*, ', lines[i - 1])
        assert m, i
        title = m.group(1).replace("\\*", "")
        papers.append(entry(lines, i, end, title))
    assert papers[-1]["end"] == 201 and len(papers) == 25
    write_truth(NAME, PART, papers,
                "each bold AEA-style citation paragraph (with its English abstract and Chinese translation) is an"
                " entry, title = the double-quoted title, closing '.' and the escaped italics of a show's name"
                " removed",
                "all 25 records read by eye: every title against its citation line, each entry's span up to its"
                " Chinese abstract, and the escaped italics in line 149's title")


if __name__ == "__main__":
    main()
