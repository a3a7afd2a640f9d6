"""Wild29 truth for pangsinidjfi/KG_papers README.md: 知识图谱全栈开发所需论文, a Chinese-organised
reading list of knowledge-graph papers (NER, relation extraction, entity alignment/disambiguation).

Shape: Chinese `##`/`###` section headings (each wrapped in a link back to the contents), an HTML
<table> of contents (lines 7-34, not entries), short Chinese notes under some headings (67, 124, 145,
151), and numbered records "N. **Title, VENUEYEAR** [paper](url)" (the separator before the venue is
"," or the full-width "，", sometimes without a space: "...Extraction,EMNLP2017"), followed on the next
line(s) by an optional "[code](url)" line and an indented italic author/affiliation line; read marks
"(√)"/"(×)" trail some records.  Numbering restarts per section and repeats ("3." twice at 131/133).

Entries: every numbered record (35).  Line 126 ("Snowball ...，2000") has no link, only a Chinese
aside and an author line; it is still an entry.  The same paper at 64 and 103 is two entries.  Titles:
the bold text without its final ", VENUE/YEAR" part, spelled as written ("fromWell-Informed" at 136,
"Snowball : Extracting" at 126).  Spans: the record line to the line before the next blank line,
record or heading.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "pangsinidjfi__KG_papers__README@381a712.md"
PART = "wild29_development"

ITEM = re.compile(r"^\d+\. \*\*(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    i = 0
    while i < n:
        m = ITEM.match(lines[i])
        if not m:
            i += 1
            continue
        first = i + 1
        j = i + 1
        while j < n and lines[j].strip() and not ITEM.match(lines[j]) and not lines[j].startswith("#"):
            j += 1
        last = j  # 1-based index of the last line of the record
        bold = m.group(1)
        title = re.split(r"\s*[,，]\s*(?=[^,，]*$)", bold)[0]
        papers.append(entry(lines, first, last, title))
        i = j
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered bold record is an entry (contents table and section notes are not); title = the bold"
        " text without its final comma/full-width-comma venue-year part.",
        "Every record of the file compared by eye with the output (spans, titles, arXiv ids), including the"
        " linkless Snowball record, the code lines and the repeated Multi-Domain NER paper.",
    )


if __name__ == "__main__":
    main()
