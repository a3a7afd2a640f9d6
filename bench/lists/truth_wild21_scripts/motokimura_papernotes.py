"""Wild21 truth for motokimura/deeplearning-papernotes README: a researcher's log of the deep-learning
papers they read, grouped under month headings (``#### 2017-11`` .. ``#### 2013-12``, the month of
the paper's arXiv version), with notes for some of them.

Shape: one ``- `` bullet per paper.  Papers with a note: ``- [Title](notes/<note>.md) [[arXiv](url)]``
(the title links to the author's own note); papers without: ``- Title [[arXiv](url)]`` in plain text.
The source link is arXiv for most, else the host named in the brackets (``[[nips.cc](..)]``,
``[[dfki.de](..)]``, ``[[labri.fr](..)]``, ``[[edu.hk](..)]``); one bullet adds ``[[GitHub](..)]``.

Entry: every ``- `` bullet (46; all are papers, the arXiv ``Tutorial on Variational Autoencoders``
included).  Title: the link text when the title links to a note, else the text before `` [[``.

Checks: 46 bullets by ``grep -c '^- '``; 20 month headings; 10 bullets link a note (``](notes/``);
every entry checked by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "motokimura__deeplearning-papernotes__README@c398d6b.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    noted = 0
    months = sum(1 for t in lines if re.match(r"#### \d{4}-\d\d$", t))
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = re.match(r"- \[(.+?)\]\(notes/", text)
        if m:
            noted += 1
            title = m.group(1)
        else:
            title = text[2:].split(" [[")[0]
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 46, len(papers)
    assert noted == 10, noted
    assert months == 20, months
    write_truth(NAME, PART, papers,
                "every '- ' bullet under the month headings is an entry (46); title = the link text when the title"
                " links to the author's note, else the plain text before ' [['",
                "all 46 entries by eye against the file (10 note-linked titles, 36 plain), the non-arXiv hosts"
                " (nips.cc, dfki.de, labri.fr, edu.hk) giving no id")


if __name__ == "__main__":
    main()
