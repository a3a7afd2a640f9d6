"""Wild18 truth for uclanlp/awesome-fairness-papers README: an NLP-fairness awesome list of numbered
items '1. [Title](url), Surname, Given and Surname, Given, Year' (older rows, BibTeX-style author
names) or '29. [Title](url). Given Surname, ... Venue Year' (newer rows); the numbering restarts
and jumps at random (most rows are '1.').

Entries: every numbered item under '### Paper List' (Surveys down to Others), one line each except
two whose link text wraps onto the next line (FairLex, 'Fairness without Demographics through
Adversarially Reweighted Learning'); one item has no link (line 70, 'The problem with bias: ...',
title = the text before the first author).  In '### Conference/Workshop List' the two bullets whose
subject is one paper (the GAP shared-task overview W19-3801, the Kermit-the-frog SemEval system
paper) are entries; the two workshop proceedings volumes, the ACL wiki, the FAccT conference and
the fairmlbook book are not.  Not entries: the maintainers line, the contents, the Tutorial List
(talks, tutorial pages, a tutorial abstract) and the Jupyter/Colab tutorials (notebooks named after
papers).  Title = the first link's text.  Repeated papers (e.g. 'The Bias Amplification Paradox'
in two multi-modal sections) are separate entries.  Line 60's link text stops at 'for Pre-trained'
(the file puts 'Language Models' after the link, before the authors): the title is the link text as
written.
Counts: 333 lines matching '^[0-9]+\\. ' (grep -c), all in the Paper List; plus 2 = 335.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "uclanlp__awesome-fairness-papers__README@b27b5c5.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    numbered = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if section == "Paper List" and re.match(r"\d+\.\s", text):
            numbered += 1
            m = re.match(r"\d+\.\s+\[(.*?)\]\(", text)
            last = i
            if m:
                title = m.group(1)
            elif re.match(r"\d+\.\s+\[[^\]]*$", text):  # link text wraps onto the next line
                last = i + 1
                title = re.match(r"\d+\.\s+\[(.*?)\]\(", text + "\n" + lines[i], re.DOTALL).group(1)
            else:  # no link: title up to the first author
                title = re.match(r"\d+\.\s+(.+?), Barocas,", text).group(1)
            papers.append(entry(lines, i, last, title))
        elif section == "Conference/Workshop List" and text.startswith("- ["):
            m = re.match(r"- \[(.*?)\]\(", text)
            t = m.group(1)
            if t.startswith(("Gendered Ambiguous Pronoun", "Team Kermit")):
                papers.append(entry(lines, i, i, t))
    assert numbered == 333, numbered
    assert len(papers) == 335, len(papers)
    write_truth(NAME, "wild18_development", papers,
                "every numbered '[Title](url), authors, year' item of the Paper List (two wrapped over two"
                " lines, one unlinked) plus the two single-paper bullets of the Conference/Workshop List;"
                " title = the link text (the unlinked one: text before the authors); tutorials, notebooks,"
                " proceedings volumes, wiki, conference and book are not entries",
                "the count (333 numbered lines by grep, all in the Paper List, + 2), every section's first and"
                " last entry, the two wrapped link texts, the unlinked item, the Conference/Workshop List"
                " bullet by bullet, about 30 random titles and ids against the file")


if __name__ == "__main__":
    main()
