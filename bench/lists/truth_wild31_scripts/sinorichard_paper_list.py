"""Wild31 truth for sinorichard/Paper_list README.md: a student's reading list on social-media
mining (community detection, social recommendation, summarization, retweet prediction ...).

Shape: eight "## Topic" headings, each over a numbered list of bare paper titles, no authors, no
links, no ids (``1. Title``), numbering restarting per section; items are separated by blank lines
except in the last section (lines 126-130).  Titles as written: typos kept ("Earthuake"),
lowercase kept, a final '.' dropped; many titles in lines 94-119 hold no-break spaces (U+00A0)
between words, read as spaces; line 87 bolds the colon ("Sumlr**:** continuous ..."), markup
removed.  Every numbered item is one paper (49); headings are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "sinorichard__Paper_list__README@264fe64.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = re.match(r"^\d+\.\s+(.+?)\s*$", ln)
        if m:
            papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 49, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered item under the topic headings is one paper; its text (markup removed,"
                " no-break spaces read as spaces, final dot dropped) is the title.",
                "All 49 items read by eye against the file, including the no-break-space titles and"
                " the bold colon on line 87.")


if __name__ == "__main__":
    main()
