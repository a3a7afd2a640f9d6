"""Wild5 truth for lethienhoa/DL-NLU-Reading README.md: the schedule of a deep-learning / natural
language understanding reading group (Synalp team, Loria, 2018-2019).

Shape: one table '| Date | Presenter | Paper |'.  A session row gives a date and presenter; the rows
under it leave those cells empty ('| | | ... |').  The Paper cell is either a code-span heading
('`Advancing NMT:`', '`- On Memory aspect`'), slides or practical links, or an author-first reference
'Authors. **Title**. Venue year', often after a code-span label ('`by Copy Mechanism`: ...'), sometimes
followed by '[[Summary slides]](...)' links.  No paper links: no ids.
Entries: the table rows whose Paper cell has a bold title; title = the bold text.  Not entries: the
code-span heading rows, the practical/slides rows (03/05, 17/05 'Hoa', 24/05, the two
'litterature' documents), the 'Team meeting presentation' table (the group's own slides) and the
'Other documents' bullets (links to repositories and Google docs); and the bold 'Neural Machine
Translation - Tutorial. ACL 2016' (line 18: a conference tutorial, i.e. a talk).  Goodfellow's
'NIPS 2016 Tutorial: Generative Adversarial Networks. Arxiv 2017' (line 49) is kept: it is cited as an
arXiv report, a written work.
Count check: grep -c '\\*\\*' = 34 lines, one bold title each; minus line 18 = 33.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "lethienhoa__DL-NLU-Reading__README@183da7a.md"
PART = "wild5_development"
TUTORIAL_TALK = 18


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bold_lines = 0
    for i, text in enumerate(lines, 1):
        if "**" not in text:
            continue
        bold_lines += 1
        assert text.startswith("| ") and 12 <= i <= 66, i
        found = re.findall(r"\*\*(.+?)\*\*", text)
        assert len(found) == 1, (i, found)
        if i == TUTORIAL_TALK:
            assert "Tutorial**. ACL 2016" in text
            continue
        papers.append(entry(lines, i, i, found[0]))
    assert bold_lines == 34, bold_lines
    assert len(papers) == 33
    write_truth(NAME, PART, papers,
                "every row of the Date/Presenter/Paper table whose Paper cell holds an author-first reference"
                " with a bold title is an entry, title = the bold text; heading, slides and practical rows, the"
                " team-meeting table, the 'Other documents' bullets and the ACL 2016 NMT tutorial (a talk) are not",
                "bold lines counted with grep (34, one title each, minus the tutorial = 33); all 33 titles read"
                " against the file; no links to papers, so no ids")


if __name__ == "__main__":
    main()
