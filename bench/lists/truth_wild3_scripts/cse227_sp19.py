"""Wild3 truth for PLSysSec/cse227-spring19 docs/syllabus.md: a graduate computer-security course schedule (UCSD, 2019).

A two-column Markdown table (Date | Papers); topic rows hold only a centred bold heading, 'No
class' rows no link.  A paper cell is '[Title](papers/x.pdf) by Authors' plus sometimes who leads
the discussion; the last row (Jun 5) holds two papers separated by '<br/>', so it is two entries
on one line.  After two footnotes comes an 'Additional reading:' bullet list.

Entry: every linked paper of the table (title = the link text; 'by ...' and the discussion lead
dropped; the typos 'SystemsUsing' and 'Verificaiton' kept as written) and, in the additional
reading, Keshav's 'How to Read a Paper' (a SIGCOMM CCR article) and Rogaway's 'The Moral Character
of Cryptographic Work' (an IACR essay/paper).  Not entries: 'How to Write a Great Research Paper'
and 'How to Give a Great Research Talk' (Simon Peyton Jones's talk pages on microsoft.com) and
Jhala's 'On Preparing Good Talks' (slides).  Links go to local PDFs: no arXiv id, no DOI.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild3 import entry, read_lines, write_truth

NAME = "PLSysSec__cse227-spring19__docs__syllabus@203515a.md"
PART = "wild3_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

#: Additional-reading bullets that are no paper (line: why).
NOT_PAPERS = {40: "talk page", 41: "talk page", 42: "slides"}
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def main() -> None:
    n_links = 0
    for i, text in enumerate(LINES, 1):
        links = LINK.findall(text)
        n_links += len(links)
        if not links or i in NOT_PAPERS:
            continue
        assert text.startswith(("* ", "Apr", "May", "Jun")), i
        for label, _url in links:
            PAPERS.append(entry(LINES, i, i, label))
    assert n_links == len(PAPERS) + len(NOT_PAPERS), n_links
    write_truth(NAME, PART, PAPERS,
                "every linked paper of the Date | Papers table is an entry (the Jun 5 row holds two, one line), plus"
                " the two papers of 'Additional reading' (Keshav, Rogaway); title = the link text without 'by"
                " Authors' or the discussion lead; two talk pages and one slide deck are not entries",
                "every line of the file (43): 18 table papers (17 rows, Jun 5 with two), topic and 'No class' rows"
                " without entries, the 5 additional-reading bullets (2 kept, 3 left out), titles with typos kept")


if __name__ == "__main__":
    main()
