"""Wild25 truth for soham97/awesome-sound_event_detection README.md: a reading list for sound event
detection and "Sound AI" (audio tagging, captioning, retrieval, generation, audio-language models).

Shape: under '## Survey papers' and the '###' area headings of '## Areas' (lines 46-336), one
paragraph line per paper, blank lines between, no bullet: '[Title](url), Venue Year' (the venue text
varies: 'TASLP 2019', 'IEEE Signal Processing Magazine, Volume 38, Issue 5', 'Thesis 2018', 'IEEE
Signal Processing letters' with no year).  Links go to IEEE Xplore, arXiv abs/pdf, ACM DL (line 128
is an ACM URL holding an IEEE DOI), ISCA archive, interspeech2020.org, AAAI OJS, OpenReview, ACL
Anthology, DCASE technical-report PDFs, Amazon Science and project-page PDFs.
Entry = each such line; title = the link text as written (emoji kept: 'CLAP 👏: ...' line 212,
'Pengi 🐧: ...' line 218; 'SeCoST:: ...' line 74 kept with its double colon).  Papers listed under
several areas are separate entries (e.g. 'Sound event detection and time-frequency segmentation ...'
on lines 47, 95, 138, 145).  Line 240 is a CMU PhD thesis (an entry); line 279 'Clotho: An Audio
Captioning Dataset' is the ICASSP dataset paper (an entry).  Lines 210 and 248 link arXiv 2111.12124,
the id of line 167's paper: the ids are kept as the file writes them.
Not entries: the table of contents (lines 19-42), the 'Recent Content' lines, the dataset table
(lines 339-357) and the venues table (364-372), the two dataset-list links (359-360), the book under
'# Resources' (line 375) and the two 'More' bullets (378-379).
Count check: 138 lines start with '[' in the file; minus lines 359, 360, 375 = 135 entries, all
between lines 47 and 336.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "soham97__awesome-sound_event_detection__README@aa1a071.md"
PART = "wild25_development"
NOT_PAPERS = {359, 360, 375}


def main() -> None:
    lines = read_lines(NAME)
    assert sum(1 for t in lines if t.startswith("[")) == 138
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("[") or i in NOT_PAPERS:
            continue
        assert 47 <= i <= 336, i
        m = re.match(r"\[(.+?)\]\((\S+?)\)(?:,|$)", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 135, len(papers)
    write_truth(NAME, PART, papers,
                "every '[Title](url), Venue Year' paragraph line under the survey and area headings (lines 47-336) is"
                " an entry, repeats across areas included; title = the link text as written; the dataset and venue"
                " tables, the dataset-list links, the book under Resources and the 'More' bullets are not entries",
                "first and last entry of every area heading, every special case named in the docstring (thesis line"
                " 240, dataset paper 279, emoji titles 212/218, double colon 74, ACM URL with IEEE DOI 128, repeated"
                " arXiv 2111.12124 on 167/210/248) and a sample of 25 lines read against the -v output; the lines not"
                " taken (359, 360, 375 and the tables) read by eye")


if __name__ == "__main__":
    main()
