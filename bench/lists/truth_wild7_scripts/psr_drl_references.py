"""Wild7 truth for farhanishtiyak/PSR-DRL- Documentation/REFERENCES.md: a thesis project's IEEE reference list.

Shape: '### Topic' sections holding 60 numbered IEEE references, one per paragraph, each one line
'[n] A. Author, B. Author, "Title," *Venue*, vol. x, no. y, pp. a-b, Month Year.' (lines 7-157), then a
'Citation Format Guidelines' part with fenced templates ('[X] A. Author, ... "Title of paper," ...'), a
fenced LaTeX snippet, one fenced ```bibtex block holding three BibTeX entries (lines 201-232), and
closing prose and bullets about reference ranges ('References [1-6]: ...').

An entry is a numbered reference whose subject is a scholarly work: journal articles, conference
papers, surveys, the arXiv preprint [50] and the book chapter [46] (TinyOS in the edited volume
'Ambient Intelligence').  Not entries: the 15 books (italic title, no quotes: [26], [28]-[33], [40],
[41], [52]-[54], [58]-[60]), the datasheet [19], the R software citation [42], and the standards
documents [55], [56] (IETF RFCs) and [57] (an ITU-T recommendation).  The three BibTeX entries of
the 'BibTeX Entries Examples' fence are entries too (each a fenced BibTeX record of one paper, not
under that paper's reference: the README's rule), title = their 'title={...}' field; they repeat
[1], [7] and [12].  The fenced '[X] ...' templates, the LaTeX snippet and the 'References [a-b]'
bullets are not entries.  Title = the text between the double quotes, the closing comma dropped.
Counts: 60 numbered references (grep '^\\[[0-9]+\\] ' = 60), 20 excluded, 40 kept, + 3 BibTeX = 43.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "farhanishtiyak__PSR-DRL-__Documentation__REFERENCES@16e444a.md"
PART = "wild7_development"
BOOKS = {26, 28, 29, 30, 31, 32, 33, 40, 41, 52, 53, 54, 58, 59, 60}
OTHER = {19, 42, 55, 56, 57}  # datasheet, software, RFCs, ITU-T recommendation


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\[(\d+)\] (.*)$", text)
        if not m:
            continue
        n = int(m.group(1))
        numbers.append(n)
        body = m.group(2)
        q = re.search(r'"([^"]+)"', body)
        if n in BOOKS:
            assert q is None, n  # books carry an italic title, no quotes
            continue
        if n in OTHER:
            continue
        assert q, n
        title = q.group(1).rstrip(",")
        papers.append(entry(lines, i, i, title))
    assert numbers == list(range(1, 61)), numbers

    # the fenced bibtex block: one entry per '@type{key,' ... '}' record
    start = lines.index("```bibtex") + 1
    fence_end = lines.index("```", start) + 1
    bib = 0
    i = start
    while i < fence_end:
        if lines[i - 1].startswith("@"):
            j = i
            while lines[j - 1] != "}":
                j += 1
            title = next(re.match(r"\s*title=\{(.+)\},$", ln).group(1) for ln in lines[i - 1 : j]
                         if re.match(r"\s*title=", ln))
            papers.append(entry(lines, i, j, title))
            bib += 1
            i = j
        i += 1
    assert bib == 3
    assert len(papers) == 43, len(papers)
    write_truth(
        NAME, PART, papers,
        "every numbered IEEE reference '[n] Authors, \"Title,\" Venue ...' whose subject is a paper, survey,"
        " preprint or book chapter is an entry, title = the quoted text without its closing comma; books,"
        " a datasheet, a software citation, two RFCs and an ITU-T recommendation are not entries; the three"
        " entries of the 'BibTeX Entries Examples' fence are entries too (title = their title field)",
        "all 60 numbered references by eye (which are books/standards), all 43 titles against the file,"
        " the arXiv id of [50], the BibTeX record line ranges; the fenced '[X] ...' templates and the"
        " 'References [a-b]' bullets give no entry")


if __name__ == "__main__":
    main()
