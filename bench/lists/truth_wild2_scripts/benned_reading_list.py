"""Wild2 truth for Benned-H/Reading_List README.md: a student's personal reading list (robotics, NLP, RL, vision).

Topic sections hold pipe tables 'Paper | M.Year | Author(s) | Link | Read? [Notes]' whose first
column is the title as plain text (no link) and whose Link column holds '[[pdf]](url)' (sometimes
also '[[repro]]', '[[site]]') and the Notes column a star or a link to a notes notebook.  Each data
row about a scholarly work is an entry (one line); title = the first cell as written (e.g.
'Logical Formalizations of Commonsense Reasoning : A Survey').  The arXiv id comes from the row's
arxiv.org/pdf link ('1903.11250v1.pdf' without the version); no DOIs (IEEE stamp.jsp links, NIPS,
JAIR, ACL Anthology and lab PDFs hold none).

Decisions: the 'General Resources' rows 'Spinning Up in Deep RL' (OpenAI documentation) and 'CS234:
Reinforcement Learning - Winter 2019' (a course video playlist) are not entries, nor is 'Inceptionism:
Going Deeper into Neural Networks' (a Google blog post, linked as [[blog]]).  'The Chinese Room
Argument' (David Cole's Stanford Encyclopedia of Philosophy entry) is kept as a scholarly article,
and the OpenAI GPT/GPT-2 reports are kept as technical reports.  Header and '---' rows, the
table-of-contents links and the headings are not entries.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild2 import entry, read_lines, write_truth

NAME = "Benned-H__Reading_List__README@5a23b75.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
NOT_PAPERS = {
    "Spinning Up in Deep RL": "OpenAI documentation",
    "CS234: Reinforcement Learning - Winter 2019": "course video playlist",
    "Inceptionism: Going Deeper into Neural Networks": "blog post",
}


def main() -> None:
    papers = []
    rows = 0
    for i, text in enumerate(LINES, 1):
        if " | " not in text or text.startswith(("Paper |", "Resource |", "---")):
            continue
        rows += 1
        title = text.split(" | ")[0].strip()
        if title in NOT_PAPERS:
            continue
        papers.append(entry(LINES, i, i, title))
    assert (rows, len(papers)) == (52, 49), (rows, len(papers))
    write_truth(
        NAME, PART, papers,
        "every table data row about a scholarly work is an entry (one line), title = the plain-text first cell; the"
        " OpenAI Spinning Up docs, the CS234 playlist and the Inceptionism blog post rows are not entries; the SEP"
        " 'Chinese Room Argument' entry and the GPT reports are kept",
        "all 52 data rows by eye (80 lines with ' | ' = 52 rows + 14 headers + 14 separators), first and last row of"
        " each of the 14 tables, the 3 rows left out, titles with ' : ' and parentheses (POET), arXiv ids incl."
        " the 'v1.pdf' link and the rows whose second link ([[repro]], [[site]]) is not arXiv",
    )


if __name__ == "__main__":
    main()
