"""Wild17 truth for inspire-group/adv-patch-paper-list README.md: localized adversarial patch attacks and
defenses, one paper per '####' heading.

Shape: long prose (changelog with <u> tags, an <img>, terminology notes), then '## Task' / '### Attacks |
Certified Defenses | Empirical Defenses | Defenses' sections in which every paper is a level-4 heading
'#### [Title](url)' followed (or not) by a venue line ('arXiv 2108; AsiaCCS 2023'), numbered notes and an
'old title:[...](...)' line.  Every '#### [' heading is an entry (199); the two '#### *<u>Check out this
[leaderboard](...)...</u>*' headings are not.  An entry runs from its heading to its last non-blank line
before the next heading or the '[(go back to table of contents)](#table-of-contents)' link.  Two bare URLs
on lines 481-482 (a paper to add and the CRAB paper listed again at line 1147) are stray notes with no
title, not entries, and not part of the entry above them.  Title = the heading's link text (bold inside
it once, line 581); one heading has no link at all ('#### [Title]' line 165) and one an empty link
('[Title]()' line 871): title = the bracket text, no id.  Ids: the heading link comes first (arXiv abs/pdf,
IEEE, ACM DL, Springer, CVF, a Google Scholar redirect to MDPI, lab PDFs); later links in the notes
(an older arXiv version, 'old title:' links, defenses cited in notes) are not the entry's id.
Counts: 226 '#' lines = 201 '####' (199 '#### [' + 2 leaderboard) + 25 higher headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "inspire-group__adv-patch-paper-list__README@3dcc2ec.md"
PART = "wild17_development"
LINES = read_lines(NAME)
STRAY = {481, 482}


def main() -> None:
    papers = []
    heads = [i for i, t in enumerate(LINES, 1) if t.startswith("#### [")]
    assert len(heads) == 199
    assert sum(1 for t in LINES if t.startswith("####")) == 201
    assert sum(1 for t in LINES if t.startswith("#")) == 226
    for i in heads:
        end = i
        j = i + 1
        while j <= len(LINES) and not LINES[j - 1].startswith("#") and not LINES[j - 1].startswith("[(go back"):
            if LINES[j - 1].strip() and j not in STRAY:
                end = j
            j += 1
        text = LINES[i - 1]
        m = re.match(r"#### \[(.+)\]\((\S*)\)\s*$", text) or re.match(r"#### \[(.+)\]\s*$", text)
        assert m, i
        papers.append(entry(LINES, i, end, m.group(1)))
    assert [p["line"] for p in papers if p["title"] and not p["arxiv"] and not p["doi"]]
    write_truth(NAME, PART, papers,
                "every '#### [Title](url)' heading is an entry (199, leaderboard headings excluded), running to its last"
                " non-blank line before the next heading or the back-to-contents link; title = the heading's bracket text"
                " (no link once, an empty link once); ids from the heading link first",
                "heading counts by grep (226 '#', 201 '####', 199 '#### ['), the two link-less headings, the bold title in"
                " a link (581), the two stray bare URLs 481-482 and the 'old title:' line 588, entries followed by the"
                " back-to-contents link, 25 titles over all sections and the Google Scholar / google.com redirect links")


if __name__ == "__main__":
    main()
