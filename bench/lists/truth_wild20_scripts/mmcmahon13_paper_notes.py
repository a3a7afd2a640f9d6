"""Wild20 truth for mmcmahon13/paper-notes README: a student's index of paper notes, one bullet per paper.

Shape: '## Topic' / '### Subtopic' headings over '* ' bullets.  A bullet is either
'* [Title](notes/X.md) [[venue](url)]' (the title links to the student's own notes file) or
'* Title. [[venue](url)]' (plain text title, sometimes ending in '.', then a bracketed
'[[springer]]' / '[[ACM]]' / '[[link]]' / '[[arxiv]]' link).  Every bullet under the topic headings
from 'Metadata Extraction' to 'General Deep Learning' is a paper: 11 + 2 + 2 + 4 + 1 = 20 entries
(counted by eye per section and with grep).  Not entries: the 'Datasets' bullet (GROTOAP, a
dataset linked to a notes file, no paper named) and the two 'Blog Posts' bullets (a blog URL and
'Understanding LSTMs (todo add link)', a blog post).
Title = the link text, or the text before ' [[' with a final '.' dropped.  The one-word system
nickname the list appends in parentheses ('(SectLabel)', '(Enlil)') is dropped, as in other
scripts; '(Font Size)' in the SciPlore Xtract title is part of that paper's real title and kept.
Ids come from the bullet's own line (arXiv pdf links, Springer URLs holding the DOI).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "mmcmahon13__paper-notes__README@50c79b8.md"
PART = "wild20_development"
NICK = re.compile(r" \((SectLabel|Enlil)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    per_section: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        h = re.match(r"#+ (.+?)\s*$", text)
        if h:
            section = h.group(1)
            continue
        if not text.startswith("* "):
            continue
        if section in ("Datasets", "Blog Posts"):
            continue
        body = text[2:]
        m = re.match(r"\[([^\]]+)\]\(https://github\.com/mmcmahon13/paper-notes/[^)]+\) \[\[", body)
        if m:
            title = m.group(1)
        else:
            m = re.match(r"(.+?)\.? \[\[", body)
            assert m, i
            title = m.group(1)
        title = NICK.sub("", title)
        papers.append(entry(lines, i, i, title))
        per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"Metadata Extraction": 11, "NLP Deep Learning": 2, "LSTMs": 2, "CNNs": 4,
                           "General Deep Learning": 1}, per_section
    assert len(papers) == 20
    write_truth(NAME, PART, papers,
                "every '* ' bullet under the topic headings Metadata Extraction .. General Deep Learning is an entry;"
                " title = the link text to the notes file, else the text before ' [[venue](url)]' without a final '.';"
                " the appended nicknames '(SectLabel)' and '(Enlil)' dropped; the Datasets bullet (GROTOAP) and the"
                " two Blog Posts bullets are not entries",
                "all 20 entries one by one against the file (titles, the two dropped nicknames, '(Font Size)' kept,"
                " arXiv ids from pdf links incl. the v1 link, Springer DOIs); per-section counts 11/2/2/4/1 by eye;"
                " GROTOAP and the blog bullets give no entry")


if __name__ == "__main__":
    main()
