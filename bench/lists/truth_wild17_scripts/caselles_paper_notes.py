"""Wild17 truth for Caselles/paper_notes README.md: a PhD student's log of the (mostly RL) papers he read.

Shape: after a contents block (bullets linking the README's own headings: not entries), 'Papers
I've read' is one long bullet list '- [Title](link to my notes) (n)' where n is the author's
1-5 understanding rating or '(?)'; from line 68 on most links are empty '[Title]()' (notes not
written yet).  A 'Special' heading links a notes page on VAEs (a note, not a paper: not an entry)
'Based on the following papers:' seven '[Title (Nickname)]() (n)' bullets.  'Papers I want to
read' is six plain-text bullets.

Entries: every '[Title](...)' bullet of the read list and the VAE list, and the plain bullets of
the to-read list.  Title = the link text (or the bullet text) as written; a paper listed twice
is an entry each time (line 51 and 70, 87 and 99, 50 and 134, 78 and 136).
Titles: the rating '(n)' after the link is left out.  In the VAE list the link text ends in a
parenthesised nickname or gloss ('(β-VAE)', '(CCI-VAE)', '(FactorVAE)', '(β-TCVAE' unclosed,
'(Fixed-rate objective function for VAEs)', '(GECO VAEs)'): not part of the title, dropped.
A nickname written before the title ('VQ-VAE: Neural ...', 'StyleGAN: A Style-Based ...') is
kept.  Line 26-27: the link text wraps, the entry spans both lines.

Not entries: line 35 "Levine's lecture on ..." (notes on a lecture, not a paper), lines 111-114
'[]() (?)' (empty placeholders: no paper), line 121 the VAE notes page, line 138 'Theoretical TL
papers from TL survey' (names no paper), the footnote links at the end.
No link goes to arXiv or a DOI: no ids.

Counts: 90 bullet lines 21-110 hold 89 bullets (one wraps), minus the lecture = 88; VAE list 7;
to-read 6 - 1 = 5; total 100 (bullets counted with grep per section).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "Caselles__paper_notes__README@a73f5da.md"
PART = "wild17_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def main() -> None:
    assert LINES[18] == "## Papers I've read" and LINES[130] == "## Papers I want to read"
    # read list, lines 21-114
    i = 21
    while i <= 114:
        text = LINES[i - 1]
        assert text.startswith("- ["), (i, text)
        end = i
        while "](" not in "\n".join(LINES[i - 1:end]):
            end += 1
        block = "\n".join(LINES[i - 1:end])
        m = re.match(r"- \[([^\]]*)\]\(([^)]*)\) \((?:[1-5?][^)]*)\)?\s*$", block, re.DOTALL)
        assert m, (i, block)
        title = m.group(1)
        if not title or title.startswith("Levine's lecture"):
            i = end + 1
            continue
        add(i, end, title)
        i = end + 1
    # VAE list, lines 123-129
    for i in range(123, 130):
        m = re.match(r"- \[([^\]]*)\]\(\) \([1-5]\)$", LINES[i - 1])
        assert m, i
        title = re.sub(r" \([^)]*\)?$", "", m.group(1))
        add(i, i, title)
    # to-read list, lines 133-138
    for i in range(133, 139):
        text = LINES[i - 1]
        assert text.startswith("- ")
        if text.startswith("- Theoretical TL"):
            continue
        add(i, i, text[2:])
    n_read = sum(1 for p in PAPERS if p["line"] < 115)
    assert n_read == 88, n_read
    assert len(PAPERS) == 100, len(PAPERS)
    write_truth(NAME, PART, PAPERS,
                "every '[Title](notes)' or '[Title]()' bullet of the read list and the VAE list and every plain"
                " bullet of the to-read list is an entry (repeats kept), title = the link/bullet text, the rating"
                " and the VAE list's trailing '(nickname)' left out; a lecture, four empty '[]()' placeholders,"
                " the VAE notes page and 'Theoretical TL papers from TL survey' are not entries",
                "every line of the file read; bullets counted per section with grep (90 lines/89 bullets, 7, 6);"
                " the wrapped link text at 26-27, the unclosed '(?' at 101 and '(β-TCVAE' at 126, all 100 titles"
                " read against the file")


if __name__ == "__main__":
    main()
