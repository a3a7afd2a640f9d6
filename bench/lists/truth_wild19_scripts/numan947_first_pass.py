"""Wild19 truth for numan947/paper-notes-or-summary-or-whatever 1st-pass.md: a student's to-read list.

Shape: '### REFERENCED BY <paper>' headings (eleven; the heading names the paper whose reference
list the student mined, sometimes quoted with a '(CVPR 2020)' venue tag) each followed by GitHub
task-list bullets '- [ ] [Title](url)' (one ticked '- [X]').  No authors, no venue on the bullets.

Entries: every task bullet (48, one line each).  The headings are group labels, not entries.
Title = the link text, a citation's final '.' dropped and the stray leading space of one link text
trimmed.  The first four bullets name the paper only by a nickname in capitals ('VGGNET',
'ALEXNET', 'BATCH NORMALIZATION', 'KAIMING INITIALIZATION'): title null (the link alone says
which paper).  Lower-cased real titles ('Fast r-cnn', 'Cornernet: ...') are kept as written.
arXiv ids from abs/pdf links; NIPS, CVF, IEEE Xplore, ResearchGate, OpenReview links give no id.
Count check: grep -c '^- \\[[ X]\\] ' = 48; headings 11.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "numan947__paper-notes-or-summary-or-whatever__1st-pass@486c68a.md"
PART = "wild19_development"
NICKNAMES = {"VGGNET", "ALEXNET", "BATCH NORMALIZATION", "KAIMING INITIALIZATION"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    headings = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("### REFERENCED BY"):
            headings += 1
            continue
        m = re.match(r"- \[[ X]\] \[([^\]]+)\]\((https?://[^)]+)\)\s*$", text)
        if not m:
            assert not text.startswith("- "), i
            continue
        title = m.group(1).strip()
        papers.append(entry(lines, i, i, None if title in NICKNAMES else title))
    assert headings == 11 and len(papers) == 48, (headings, len(papers))
    assert sum(1 for p in papers if p["title"] is None) == 4
    write_truth(NAME, PART, papers,
                "every '- [ ] [Title](url)' task bullet under the 'REFERENCED BY' headings; title = link text (final"
                " '.' dropped); the four capitalised nicknames (VGGNET, ALEXNET, BATCH NORMALIZATION, KAIMING"
                " INITIALIZATION) give title null; headings are group labels, not entries",
                "all 48 entries against the file by eye (titles, the ticked [X] bullet, arXiv ids of abs and pdf"
                " links); bullet and heading counts by grep")


if __name__ == "__main__":
    main()
