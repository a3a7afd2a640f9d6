"""Wild17 truth for Takato0884/Paper_Survey ToReadList.md: a Japanese to-read list of affective-computing
and preference-learning papers, with no Markdown markup and no links at all.

Shape: blank-line separated paragraphs; the first line of each is an English paper title (ending in
two or four spaces, a Markdown hard break, or none), the second line, when present, a short Japanese
note on what the paper is about ('連続値感情アノテーションの再検討', 'ペアワイスからグローバルランクを
特定'); the last three paragraphs are a title alone.  Every paragraph is an entry, running from its
title line to its last line; title = the first line without its trailing spaces.  The Japanese note
is a topic note, not a title (it is not a translation of the title and is dropped).  Titles are kept
as written, including a title that holds a full stop ('Collective indexing of emotions in images. A
study in emotional information retrieval'), a typographic apostrophe ('Don’t Classify Ratings of
Affect; Rank Them!') and '--' ('… Human-Computer Interaction -- Comparison and Methodological
Improvements').  'Judgment under Uncertainty: Heuristics and Biases' is taken as the 1974 Science
article of that title (the note says how people perceive things; no book is named).  No ids.

Counts: 26 paragraphs (26 non-blank lines that follow a blank line or open the file), 23 with a
Japanese note, 3 without.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "Takato0884__Paper_Survey__ToReadList@15716fd.md"
PART = "wild17_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 1
    with_note = 0
    while i <= len(lines):
        if not lines[i - 1].strip():
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        assert end - i <= 1  # a title and at most one note line
        with_note += end > i
        papers.append(entry(lines, i, end, lines[i - 1].rstrip()))
        i = end + 1
    assert len(papers) == 26 and with_note == 23, (len(papers), with_note)
    write_truth(NAME, PART, papers,
                "every blank-line separated paragraph is an entry; title = its first line (an English title, trailing"
                " hard-break spaces removed); the Japanese topic note on the second line is not part of the title",
                "all 26 paragraphs against the file (first and last line, title), the 23 Japanese notes left out of the"
                " titles, the three title-only paragraphs at the end, the titles holding '. ', '’', '--' and '!'")


if __name__ == "__main__":
    main()
