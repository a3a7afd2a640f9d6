"""Wild22 truth for zscooper/ReadingList README.md: a microbiology PhD student's reading log.

Shape: the index that the owner's readingStats.py writes into the README after each paper read.
After a prose intro (lines 1-10: purpose, two image badges), '## Topic' and '### Subtopic' headings
(folder names, some empty, each followed by a line holding one space), then per paper one bullet
'* [Key - Title](https://github.com/zscooper/ReadingList/tree/master/papers/.../Key.md) ' (Key = first
authors + 'etal' + year, e.g. 'AyaladelRioetal2010') and one indented summary sub-bullet
'     * This study ...' on the next line; every line ends with a trailing space.  Title = the link text
after 'Key - ', italics ('*Psychrobacter*') removed.  The only URL is the link to the owner's note
file on GitHub, so no entry has an arXiv id or DOI.
Entries: all 37 bullets, each with its summary line (line..line+1).  Special cases: line 83
'[Kolmogorovetal2019 - ](...)' has an empty title and an empty summary (line 84): entry with title null;
line 111 ends its title with ' (pre-print)', a status mark of the list, dropped here; lines 50 and 58
are chapters of edited volumes (their summaries say 'book chapter'), counted as scholarly works like
the rest; line 49 (Zhongetal, no year) is a pre-submission manuscript, counted; line 81 is a Nature
'News and Reviews' piece, counted.  Titles keep the file's curly quotes (lines 79, 101).
Not entries: the intro, headings, the image line 8.
Count check: grep -c '^\\* \\[' = 37 = entries; 37 summary lines start with five spaces and '* '.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "zscooper__ReadingList__README@6e7c13e.md"
PART = "wild22_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("* ["):
            continue
        m = re.match(r"\* \[([A-Za-z-]+\d{0,4}b?) - (.*)\]\((https://github\.com/zscooper/ReadingList/[^)]*)\) $", text)
        assert m, i
        assert lines[i].startswith("     * "), i
        title = m.group(2).strip()
        if i == 111:
            assert title.endswith(" (pre-print)")
            title = title.removesuffix(" (pre-print)")
        papers.append(entry(lines, i, i + 1, title or None))
    assert len(papers) == 37, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 1
    write_truth(NAME, PART, papers,
                "each '* [Key - Title](note link)' bullet with its indented summary line is an entry; title ="
                " the link text after 'Key - ' (italics removed, ' (pre-print)' mark dropped on line 111, null"
                " for the empty title on line 83); book chapters in edited volumes are counted",
                "all 37 bullets and their summary lines read by eye; every title checked against its line,"
                " including the italic species names, curly quotes (79, 101), the empty record (83-84) and the"
                " pre-print mark (111); no arXiv/DOI anywhere (only GitHub note links)")


if __name__ == "__main__":
    main()
