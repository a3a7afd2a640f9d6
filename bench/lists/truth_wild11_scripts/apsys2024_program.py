"""Wild11 truth for apsys2024/apsys2024 content/program/index.md: the APSys 2024 workshop program (Hugo page).

Shape: front matter, a CSS '<style>' block, a note and a link to the ACM proceedings volume, then
'## Wednesday ...' / '## Thursday ...' days with '### HH:MM-HH:MM ...' slots (registration,
opening, keynote, sessions, poster session, banquet, closing) and '<h3 class="break">' breaks.
The keynote is a talk ('#### The Future of Cloud Networking is Systems', speaker, abstract, bio):
not an entry.  Each session has a '###### Session Chair: ...' line, then papers written as three
lines: '#### (n) Title' (once with a trailing '<br>'), the authors with affiliations ending
'<br>', and a bare 'https://doi.org/10.1145/3678015.36804xx' line.
Entries: the 20 '#### (n)' papers, lines from the heading to the DOI line; title = the heading
text after '(n) ' ('<br>' dropped).  Not entries: the keynote, the proceedings link (a volume),
the '#### [Accepted Posters](/posters/)' link, chairs, breaks.
Count: 20 '#### (' headings and 20 'https://doi.org' lines (grep), numbered 1..20.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "apsys2024__apsys2024__content__program__index@dd9da6f.md"
PART = "wild11_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"#### \((\d+)\) (.+?)(?:<br>)?", text)
        if not m:
            continue
        assert int(m.group(1)) == len(papers) + 1, i
        assert LINES[i].endswith("<br>"), i
        assert re.fullmatch(r"https://doi\.org/10\.1145/3678015\.\d+", LINES[i + 1]), i
        papers.append(entry(LINES, i, i + 2, m.group(2)))
    assert len(papers) == 20
    write_truth(NAME, PART, papers,
                "every '#### (n) Title' paper heading is an entry from the heading to its bare doi.org line (authors"
                " line between), title = the heading text after '(n) ' ('<br>' dropped); the keynote talk, proceedings"
                " volume link, posters link, session chairs and breaks are not entries",
                "all 20 entries against the file (20 '#### (' headings, 20 doi.org lines, numbers 1..20), every title,"
                " line range and DOI; the keynote heading (a talk) and the posters/proceedings links left out")


if __name__ == "__main__":
    main()
