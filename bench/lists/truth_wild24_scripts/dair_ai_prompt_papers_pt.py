"""Wild24 truth for dair-ai/Prompt-Engineering-Guide pages/papers.pt.mdx (Portuguese page).

The Portuguese version of the Prompt Engineering Guide's 'Papers' page (a Nextra website page,
.mdx without any JSX): the heading 'Artigos', the introduction and the section headings (Visão
geral, Abordagens, Aplicações, Coleções) are Portuguese; the paper titles stay English, the
dates stay English ('(May 2023)').

Shape: one bullet per record, '- [Title](url) (Month YYYY)', no blank lines inside a section.
Title = the link text.  Hosts: arXiv (abs, some with a version), ACL Anthology, MIT Press (TACL,
line 183: DOI 10.1162/tacl_a_00324 in the URL, its id and slug are not part of the DOI),
paperswithcode paper page (line 139), a project page (Gorilla, line 251), a Google PDF (PaLM 2
technical report, line 383).
Special cases: lines 29-30 and 31-32 are one bullet each whose link text is broken by a newline
before ']' (entry spans two lines, title = the text of the first line); line 162 has no date;
line 268 lacks the '(' of its link ('[Title]https://arxiv.org/abs/2305.17373)'), title = the
bracket text, the arXiv id is still written in the line; line 396 links an empty URL '()'
(entry, no id); line 155's date is misspelt '(Mqy 2022)'; line 320 writes an escaped backslash
('on\\\\ Chat-based', rendered as one backslash, kept so); line 344 writes an escaped '\\<MASK\\>', which
renders as the text '<MASK>' and is kept in the title (passed entity-encoded so the tag stripper
leaves it).
Entries: every bullet of the three sections Visão geral, Abordagens and Aplicações (431).
Not entries: the three bullets under 'Coleções' (lines 449-451: two GitHub paper collections and
a Papers-with-Code task page), headings, the introduction.  Repeated papers stay separate entries.
Count check: 434 lines start with '- [' = 431 entries + 3 collections.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "dair-ai__Prompt-Engineering-Guide__pages__papers.pt.mdx@3d96678.md"
PART = "wild24_development"
WRAPPED = {29, 31}
ESCAPED_TAG = 344


def main() -> None:
    lines = read_lines(NAME)
    collections = lines.index("## Coleções") + 1
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- ["):
            continue
        bullets += 1
        if i > collections:
            continue
        if i in WRAPPED:
            assert lines[i].startswith("](https://arxiv.org/"), i
            papers.append(entry(lines, i, i + 1, text[3:].strip()))
            continue
        m = re.match(r"- \[(.+?)\]\(?(\S*?)\)", text)
        assert m, i
        title = m.group(1)
        if i == ESCAPED_TAG:
            assert "\\<MASK\\>" in title, i
            title = title.replace("\\<MASK\\>", "&lt;MASK&gt;")
        papers.append(entry(lines, i, i, title))
    assert bullets == 434, bullets
    assert len(papers) == 431, len(papers)
    write_truth(NAME, PART, papers,
                "every '- [Title](url) (date)' bullet under Visão geral, Abordagens and Aplicações is an entry, title ="
                " the link text (two link texts broken over two lines, one link missing its '(', one empty URL); the"
                " three 'Coleções' bullets (paper collections, a task page) are not",
                "first and last bullet of each section, about 25 bullets sampled across the page, every non-arXiv"
                " link (ACL Anthology, MIT Press DOI, paperswithcode, project page, PDF) and the special lines 29-32,"
                " 155, 162, 268, 396 and 449-451 read against the -v output; count of '- [' lines checked")


if __name__ == "__main__":
    main()
