"""Wild11 truth for fgabel/Deep-Learning-and-Automated-Driving-Papernotes README.md: a personal
paper-notes log in two sections (Deep Learning, Automated Driving), dated by month.

Shape: '## Section: ...' headings; under them, month lines written as italic paragraphs
('*06/ 2022*', '*09 / 2020*', some with a leading space), not headings; under each month, '- '
bullets (one, line 232, with a leading space) of the form
'- [Title](paper url) - [short summary](notes url or empty or a word like 'COMING SOON')', most with an
indented '  - **TLDR**: one-sentence note' sub-bullet (line 214 has it unindented, lines 199 and 209
without the colon).  Six link texts wrap over two lines (77-78, 87-88, 99-100 where only the
closing ']' moves down, 121-122, 138-139, 239-240); six early bullets write the title as plain text
followed by '[PDF](url)' (on the next line, 202-203) or '[ARXIV](url)' (215-217).  Line 8's link
target is itself a Markdown link ('([https://arxiv.org/pdf/2003.08799v7.pdf](https://arxiv.org/pdf/
1909.00169.pdf))'), so the first arXiv id written in that entry is 2003.08799 (the next entry's
paper), taken as written.

Entry: every top-level bullet whose subject is a paper or report, over its bullet line(s) and its
TLDR line.  Title: the link text (wrapped text joined with a space) or the plain title before
'[PDF]'/'[ARXIV]'; '(DeepLab)' on line 135 is inside the link text and kept as written.  Repeats
(Involution, VoxelNet, LaserNet, Driver Anomaly Detection, Attribution Preservation listed twice)
are separate entries.  Not entries: line 228 'Tire and Vehicle Dynamics' (a book: Elsevier books
page) and line 247 'Certifiability of Deep Learning models in security critical industries such
as automotive' (no paper link; its notes file is the author's essay on a topic, not a paper).
The Victoria Transport Policy Institute report (line 257) and the ML Test Score paper (line 144)
are entries.

Ids: arXiv from arxiv.org abs/pdf links (versions dropped); a DOI only from the SAGE URL on line 245;
CVF, Nature, bioRxiv, IEEE Xplore, Hindawi, Semantic Scholar PDFs give none.

Count check: 72 top-level bullets by grep '^ \\?- ' (57 in Deep Learning, 15 in Automated Driving);
2 not papers; 70 entries; 54 TLDR lines, each inside one entry.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "fgabel__Deep-Learning-and-Automated-Driving-Papernotes__README@30a5682.md"
PART = "wild11_development"

#: Bullets that are not papers: line -> (opening words, why).
NOT_PAPERS = {
    228: ("[Tire and Vehicle Dynamics]", "a book (Elsevier books page)"),
    247: ("Certifiability of Deep Learning models", "a topic essay of the author, no paper named or linked"),
}

BULLET = re.compile(r"^ ?- ")
TLDR = re.compile(r"^\s*(?:- )?\*\*TLDR\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = skipped = tldrs = 0
    no = 1
    while no <= len(lines):
        text = lines[no - 1]
        if not BULLET.match(text):
            assert not re.match(r"^\s+- (?!\*\*TLDR)", text), (no, text)
            no += 1
            continue
        bullets += 1
        end = no
        while not re.search(r"\[(?:short summary|coming soon)\]", lines[end - 1]):
            end += 1
        if end < len(lines) and TLDR.match(lines[end]):
            end += 1
            tldrs += 1
        if no in NOT_PAPERS:
            assert text.lstrip()[2:].startswith(NOT_PAPERS[no][0]), (no, text)
            skipped += 1
            no = end + 1
            continue
        block = " ".join(lines[no - 1:end]).lstrip()[2:]
        m = re.match(r"\[(.+?)\]\(", block)
        if m:
            title = m.group(1)
        else:
            m = re.match(r"(.+?)\s+\[(?:PDF|ARXIV)\]\(", block)
            assert m, (no, block)
            title = m.group(1)
        papers.append(entry(lines, no, end, title))
        no = end + 1
    assert (bullets, skipped, len(papers), tldrs) == (72, 2, 70, 54), (bullets, skipped, len(papers), tldrs)
    write_truth(
        NAME, PART, papers,
        "every top-level '- ' bullet under the italic month lines is an entry over its bullet line(s) and its"
        " TLDR sub-bullet, title = the link text (wrapped text joined) or the plain title before '[PDF]'/'[ARXIV]';"
        " a book (Tire and Vehicle Dynamics) and the author's certifiability essay are not entries; repeats kept",
        "all 72 bullets one by one against the file (the 6 wrapped link texts, the plain-title bullets with '[PDF]' on"
        " the next line or '[ARXIV]', the TLDR lines with and without indent or colon, the nested link on line 8"
        " taken as written, the SAGE DOI, the two non-papers); count by grep and per section",
    )


if __name__ == "__main__":
    main()
