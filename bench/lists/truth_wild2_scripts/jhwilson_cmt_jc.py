"""Wild2 truth for jhwilson/old-jhwilson.github.io cmt-journal-club.markdown: a condensed-matter journal club schedule.

One '### <date>' section per meeting (Fall 2013, topological states of matter).  Each meeting names its
paper on two lines: 'Title: [Paper title](url)' (sometimes followed by ' -- **Part n**') and, after a
blank line, 'Reference: Authors, [Journal **vol**, page](url) (year).'.  That pair is one entry
(lines = the Title line to the Reference line); title = the link text of the Title line (the
' -- **Part n**' note is not part of it).  The same paper read over several meetings (Qi-Hughes-Zhang
PRB 2008 three times, Qi-Zhang RMP 2011 four times) gives one entry per meeting.

The bullets under 'Other relevant references/information:' and 'Original Papers:' are physics-style
references 'Authors, [Journal **vol**, page (year)](url)': each is an entry with title None, since
they name no title - the link text is the journal reference, and the text some put before the
authors ('Topological origins of Quantum Hall conductance:', 'Proposal for Quantum Spin Hall:',
'Theory and Experiment technical details of quantum spin hall:') describes the paper; it is not its
title.  'Presenter:' lines, the Google-group link and the headings are not entries.  DOIs come from
annualreviews.org/doi/abs/..., dx.doi.org and link.aps.org/doi/... URLs (lower-cased); the
prl.aps.org, sciencemag.org and jpsj.ipap.jp links hold none; no arXiv ids.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild2 import entry, read_lines, write_truth

NAME = "jhwilson__old-jhwilson.github.io__cmt-journal-club@5587e1e.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    sessions = bullets = 0
    for i, text in enumerate(LINES, 1):
        m = re.match(r"Title:\s*\[([^\]]+)\]\(", text)
        if m:
            ref = i + 1
            while not LINES[ref - 1].startswith("Reference:"):
                assert not LINES[ref - 1].strip(), i
                ref += 1
            papers.append(entry(LINES, i, ref, m.group(1)))
            sessions += 1
        elif text.startswith("- "):
            assert re.search(r"\]\(http", text), i
            papers.append(entry(LINES, i, i, None))
            bullets += 1
    assert (sessions, bullets) == (13, 12), (sessions, bullets)
    write_truth(
        NAME, PART, papers,
        "each meeting's 'Title: [title](url)' + 'Reference: ...' pair is an entry (title = the Title link text, without"
        " the '-- Part n' note; repeated meetings on one paper are separate entries); each bullet reference"
        " 'Authors, [Journal vol, page](url)' is an entry with title None (the link text is the journal reference,"
        " a prefix before the authors is a description)",
        "all 13 meetings (grep -c '^Title:' = 13) and 12 bullets (grep -c '^- ' = 12) by eye: line ranges Title..Reference,"
        " Part notes cut from the titles, the 7 repeats of 2 papers, the description prefixes of lines 24-26 not taken"
        " as titles, DOIs per URL (annualreviews, dx.doi.org, link.aps.org yes; prl.aps.org, sciencemag, jpsj no)",
    )


if __name__ == "__main__":
    main()
