"""Wild39 truth for hirofumi0810/end2endASR_ranking wsj.md: one page of a personal "end-to-end ASR ranking"
(2018) -- a leaderboard of word/character error rates on the Wall Street Journal corpus, each result row citing
its paper by a first-author link; newest commit (2018-05-30, the last change of this file).

Shape: two ``###`` sections, "WSJ-SI284, WSJ1 (81h)" (1) and "WSJ-SI84, WSJ0 (15h)" (45), each one pipe table
``| WER/CER (eval92) | Model | Output | LM | Paper | Published | Notes |`` (rows 4-41 and 48-51) followed by a
commented-out template row ``<!-- | - / - | model | output | LM | Paper | Published | Notes | -->`` (42, 52).
A row is one system configuration (``7.25 / -``, ``Att+CTC``, ``Char``, ``3-gram``), its paper as a link whose
text is the first author plus "et al." (``[Kannan et al.](https://arxiv.org/abs/1712.01996)``, once the typo
``[Hori et at.]``, 4), the venue and year (``ICASSP2018``, ``Interspeech2016``, once a bare ``2014/12``) and
notes with ``<br>`` breaks; line 4 writes ``Att<be>+CTC``, line 33 has an ideographic space before its
notes.  The 42 rows cite only 15 papers: Kim et al. (8 rows), Kannan et al. (6), Battenberg et al. (6), Chan
et al. (4: three ICLR 2017 arXiv rows and an Interspeech 2016 PDF, 38, a different paper), Bahdanau et al.
(3), Miao et al. (3), Chorowski et al. (3), Hwang et al. (2), Hannun et al. (2) and single rows.
Paper links go to arXiv abs pages, ISCA archive PDFs and a MERL technical-report PDF.

Decisions:
- An entry is every result row (42): a leaderboard row whose Paper cell cites one scholarly work.  The link
  text is an author nickname, not a title, so title = null; the arXiv id comes from the Paper link (the only
  link in each row).  Rows citing the same paper again (other configurations, other tables) are separate
  entries, as repeated records are.
- Not entries: the section headings, table headers and delimiter rows, and the two commented-out template rows
  (they name no paper and do not render).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "hirofumi0810__end2endASR_ranking__wsj@26520c7.md"
PART = "wild39_development"

HEADER = "| WER/CER (eval92) | Model | Output | LM | Paper | Published | Notes |"
PAPER = re.compile(r"^\[[A-Z][a-z]+ et a[lt]\.\]\(https?://[^)\s]+\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    headers = comments = 0
    for n, ln in enumerate(lines, 1):
        if ln == HEADER:
            in_table, headers = True, headers + 1
            continue
        if ln.startswith("<!-- |"):
            comments += 1
            continue
        if not ln.startswith("|"):
            in_table = False
            continue
        if ln.startswith("| :---"):
            continue
        assert in_table, n
        cells = ln.split("|")
        assert len(cells) == 9 and PAPER.match(cells[5].strip()), n
        papers.append(entry(lines, n, n, None))
    assert headers == 2 and comments == 2
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each result row of the two WSJ tables is an entry (a leaderboard row citing its paper by a first-author"
        " 'X et al.' link): title null (the row names no title), arXiv id from that link when it is an arXiv"
        " URL; rows citing the same paper again are separate entries; headings, headers and the two"
        " commented-out template rows are not entries.",
        "Whole 52-line file read; all 42 rows compared with the -v output (line numbers, null titles, the arXiv id"
        " of each row against its Paper link: 1712.01996 Kannan, 1507.08240 Miao, 1601.06581 Hwang, 1508.04395"
        " Bahdanau, 1610.03035 Chan, 1610.03022 Zhang, 1707.07413 Battenberg, 1712.05382 Chiu, 1408.2873 Hannun,"
        " 1709.07814 Tjandra, 1609.06773 Kim; none for the MERL PDF 4 and ISCA PDFs 5/7/19/28/38); the 'et at.'"
        " typo 4, '<be>' 4, the ideographic space 33 and the commented-out rows 42/52 checked.",
    )


if __name__ == "__main__":
    main()
