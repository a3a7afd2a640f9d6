"""Wild11 truth for neuromti/neuromti.github.io basiclit.md: a neuroscience lab's basic-literature list.

A lab's starter reading list ('Adapted from: <blog url>'), under setext headings (a title line
over '-----'): General, EEG/MEG, EMG, fMRI, TMS, tA/DCS, movement, invasive recordings in animals
and in humans, cooling/lesioning, stats/methods, practical analysis/programming.  Each record is
one APA reference paragraph, authors first, hard-wrapped over 2-4 lines and separated by blank
lines: 'Authors (Year). Title. Journal, vol(issue), pages. <http://doi.org/...>' (the DOI link is
missing on some, one is bare, one is a ScienceDirect pii link, one a UCL repository link).
Entries: every reference paragraph with a '(Year).' (45; Stats / Methods holds 11): journal articles, one chapter in an
edited methods handbook (Otten & Rugg, 'Interpreting event-related brain potentials', a scholarly
chapter with its own authors, kept), a tutorial article in a journal (Lacouture & Cousineau).
Papers listed under two headings (Donoghue 2008, Di Lazzaro & Rothwell 2014) are entries each
time.  Not an entry: the last paragraph 'Urai, Anne, Prettier plots in Matlab, <blog url>' (a
blog post), the 'Adapted from' line and the headings.  Title = the text after '(Year). ' up to the
first full stop (or the '?' that ends it, kept) before the journal, line breaks joined by a space.
DOI from the doi.org link; no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "neuromti__neuromti.github.io__basiclit@b25556d.md"
PART = "wild11_development"
LINES = read_lines(NAME)

# entries per setext heading, counted by eye
EXPECTED_COUNTS = {"General": 5, "EEG/MEG": 5, "EMG": 2, "fMRI": 6, "TMS": 3, "tA/DCS": 3,
                   "measuring movement & using movement to infer cognition": 4,
                   "invasive recordings in animals": 2, "invasive recordings in humans (grids, epilepsy, BMIl)": 2,
                   "Cooling / lesioning": 1, "Stats / Methods": 11, "practical analysis/programming": 1}


def paragraphs():
    """(first, last) 1-based line ranges of the blank-separated paragraphs."""
    start = None
    for i, text in enumerate(LINES, 1):
        if text.strip():
            if start is None:
                start = i
        elif start is not None:
            yield start, i - 1
            start = None
    if start is not None:
        yield start, len(LINES)


def main() -> None:
    papers = []
    counts: dict[str, int] = {}
    heading = None
    skipped = []
    for first, last in paragraphs():
        block = LINES[first - 1:last]
        if len(block) == 2 and re.fullmatch(r"-{3,}", block[1]):
            heading = block[0]
            counts[heading] = 0
            continue
        text = " ".join(s.strip() for s in block)
        m = re.search(r"\(\d{4}\)\. (.+)$", text)
        if not m:
            skipped.append(text[:40])
            continue
        t = re.match(r"(.+?[?.])(?= [A-Z])", m.group(1))
        assert t, (first, text)
        papers.append(entry(LINES, first, last, t.group(1)))
        counts[heading] += 1
    assert skipped == ["Adapted from: http://reachtouchlab.com/l", "Urai, Anne, Prettier plots in Matlab, ht"], skipped
    assert counts == EXPECTED_COUNTS, counts
    assert len(papers) == 45, len(papers)
    write_truth(NAME, PART, papers,
                "every blank-separated APA reference paragraph with '(Year).' is an entry (repeats under two headings"
                " kept; an edited-handbook chapter kept); title = the text after '(Year). ' to the first full stop or"
                " '?' before the journal, wrapped lines joined; the closing blog-post line is not an entry",
                "all 45 entries one by one against the file (titles incl. the '?' ones and the wrapped ones, line"
                " ranges, DOIs incl. the bare one and the parenthesised Elsevier ones); per-heading counts by eye and the total against a grep of '(YYYY).' (45)")


if __name__ == "__main__":
    main()
