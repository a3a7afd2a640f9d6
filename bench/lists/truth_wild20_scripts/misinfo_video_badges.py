"""Wild20 truth for ICTMCG/Awesome-Misinfo-Video-Detection README: a survey companion list of
numbered, badge-heavy paper blocks, plus a datasets table.

Shape: under '## Papers', six '###' sections (Related Survey, Analysis, Detection at Signal Level,
Detection at Semantic and Intent Level, Related Areas, Future Directions), each a numbered list
(numbering skips, restarts and repeats: Related Survey skips 9; Detection at Signal Level runs 1-6,
2-10, 3-13 with '9.' twice; the Semantic section has '20.' twice) of blocks:

    N. **[Venue-Year] Title**. ![](https://img.shields.io/badge/keyword-EAD8D9) ![](...badge...)
    (blank line or not)
       *Authors*. venue text [[pdf](url)] [[repo](url)]
       - one or more description bullets (one commented out in an HTML comment, line 416)

The Related Survey blocks have no '[Venue-Year]' tag; some titles end with '.' inside the bold,
some tags are glued to the title ('[ACL-2025]Hidden in Plain Sight ...').  Then '## Resources':
a '### Datasets' pipe table | **Name** | [Paper title](url) | Access | Source Platform | Language |,
followed by the same datasets as a commented-out numbered list (not rendered), '### Tools' (web
tools) and '### Citation' (the list's own survey and its BibTeX).

Entries:
- every numbered block of the six paper sections (113), from its title line to its last non-blank
  line before the next block or heading (author line and description bullets included);
  title = the bold text without the leading '[Venue-Year]' tag and without a final '.';
- every row of the Datasets table (15): a dataset named with the paper that introduced it, the row
  giving that paper's title as the link text of the Paper cell; title = that link text.  Papers
  also listed in the numbered sections are separate entries.
Not entries: the commented-out dataset list, the tools, the own survey link and BibTeX, the
keyword-convention badges, the table of contents.

Ids are taken from each entry's lines as written (e.g. the FMNV row's truncated 'arxiv.org/pdf/2504.0768').

Count checks: grep -cE '^[0-9]+\\. \\*\\*' between '## Papers' and '## Resources' = 113; Datasets
rows grep -c '^|\\*\\*\\|^|  \\*\\*' = 15.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "ICTMCG__Awesome-Misinfo-Video-Detection__README@bf6f33c.md"

ITEM = re.compile(r"^\d+\.\s+\*\*(.+?)\*\*")
TAG = re.compile(r"^\[[^\]]*\]\s*")
ROW = re.compile(r"^\|\s*\*\*[^*]+\*\*\s*\|\s*\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Papers") + 1
    stop = lines.index("## Resources") + 1
    papers = []
    items = [i for i in range(start, stop) if ITEM.match(lines[i - 1])]
    assert len(items) == 113, len(items)
    for k, i in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else stop
        j = i
        for n in range(i + 1, nxt):
            t = lines[n - 1]
            if t.startswith("#"):
                break
            if t.strip():
                j = n
        # a section's intro paragraph sits after its heading, so it is never reached from an item
        title = TAG.sub("", ITEM.match(lines[i - 1]).group(1)).strip()
        title = re.sub(r"\s*\.+$", "", title)
        papers.append(entry(lines, i, j, title))
    ds = lines.index("### Datasets") + 1
    rows = 0
    for i in range(ds + 1, len(lines) + 1):
        t = lines[i - 1]
        if t.startswith(("<!--", "###")):
            break
        m = ROW.match(t)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
            rows += 1
    assert rows == 15, rows
    write_truth(NAME, "wild20_development", papers,
                "every numbered block of the six paper sections is an entry (title line to its last"
                " non-blank line), title = the bold text without the '[Venue-Year]' tag and a final '.';"
                " every Datasets-table row is an entry titled by its Paper cell's link text; the"
                " commented-out dataset list, tools and the own survey/BibTeX are not entries",
                "all 113 numbered blocks' titles against the file (tag stripping incl. glued tags and"
                " '(Findings)' tags, final periods, the multi-line blocks with description bullets and the"
                " commented bullet at line 416), block ends around blank lines, all 15 dataset rows, the"
                " commented list after the table")


if __name__ == "__main__":
    main()
