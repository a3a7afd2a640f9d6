"""Wild11 truth for abbottyanginchina/Awesome-Federated-Unlearning README: the paper list of a
federated-unlearning survey, '### Category (Pn)' sections of '+' bullets.

Shape: '+ [Title](url) (First Author et al., Venue Year) [:book:](./citations/key.txt)'.  One link
text wraps onto the next line (line 92-93), so that entry spans two lines.  The same paper is
listed again under several categories; each listing is a separate entry.

Entries: every '+ [' bullet of '## Paper List of Federated Unlearning' outside HTML comments;
title = the first link text.
Not entries: the survey named in the opening block quote (the list's own survey, prose), the
boilerplate BibTeX of the survey under '## Citation', the table of contents, and the bullets of
the two '<!-- ... -->' blocks (old 'Privacy', 'Security', 'Unlearning Guarantees' and
'Scalability' sections, lines 139-157), which are not rendered.

Counts (checked with grep and by eye): P1 3, P2 7, P3 13, P4 26, P5 6, P6 9, P7 1,
Applications 3 = 68 entries; 12 '+ [' bullets inside the comments.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "abbottyanginchina__Awesome-Federated-Unlearning__README@bcc95ba.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_comment = False
    in_list = False
    section = ""
    per: dict[str, int] = {}
    hidden = 0
    i = 0
    while i < len(lines):
        text = lines[i]
        n = i + 1
        if text.startswith("<!--"):
            in_comment = True
        if text.startswith("## "):
            in_list = text.startswith("## Paper List")
        if in_comment:
            if text.startswith("+ ["):
                hidden += 1
            if "-->" in text:
                in_comment = False
            i += 1
            continue
        if text.startswith("### "):
            section = text[4:]
        if in_list and text.startswith("+ ["):
            last = n
            own = text
            while "](" not in own:  # wrapped link text
                last += 1
                own += " " + lines[last - 1]
            m = re.match(r"\+ \[(.+?)\]\(", own)
            assert m, n
            papers.append(entry(lines, n, last, m.group(1)))
            per[section] = per.get(section, 0) + 1
            i = last
            continue
        i += 1
    counts = [per[k] for k in per]
    assert counts == [3, 7, 13, 26, 6, 9, 1, 3], per
    assert len(papers) == 68 and hidden == 12, (len(papers), hidden)
    write_truth(
        NAME, "wild11_development", papers,
        "every '+ [Title](url) (Authors et al., Venue Year)' bullet of the paper list outside HTML comments is"
        " an entry (a repeat under another category is another entry; one wrapped link text spans two lines);"
        " title = the link text; the list's own survey, its BibTeX and the commented-out sections are not",
        "all 68 entries' titles and ids against the file by eye; section counts by grep; the wrapped entry at"
        " 92-93; the 12 commented bullets at 139-157 left out; arXiv ids from arxiv.org/pdf links, one ACM DOI")


if __name__ == "__main__":
    main()
