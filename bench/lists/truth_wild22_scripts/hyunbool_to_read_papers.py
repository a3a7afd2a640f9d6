"""Wild22 truth for hyunbool/To-Read-Papers README.md: a Korean student's NLP to-read list.

Shape: Korean title line ('papers worth / needed / wanted to read'), then '##'-'####' topic headings
(some Korean) and two record forms.  Bullets (15, lines 6-42): '* [Authors. Title(year)](url)' where the
whole citation is the link text and the year is glued to the title; the author part is there on ten
lines (AUTHORED: 'Zeiler, M. D. ', 'Jean et al. ', 'Cho, K., ..., and Bengio, Y. ', full names ending
'Yoshua Bengio. ' ...) and absent on five.  Title = the link text after its last '. ' on AUTHORED lines
(no title here contains '. '; middle initials such as 'Christopher D. Manning.' come before it), the
whole link text otherwise, then the glued '(year)' removed.  Two bullets have indented Korean
sub-bullets listing helper web pages ('참고하면 좋은 사이트들' / '참고사이트', lines 29-32 and 37-39), kept
inside their entry's lines.  Then a two-column table '|Title|Summary|' (header line 46, rows 48-55)
whose Title cell is '[Title(year)](url)', Summary a Korean note or blank.  Special rows: line 54 writes
'(2019' without its closing parenthesis; line 55 starts '||tBERT: ...(2020)](url)| |' (the '[' is
missing, so the Title cell renders empty and the paper name lands in the Summary cell as plain text):
still one record naming one paper, title 'tBERT: Topic Models and BERT Joining Forces for Semantic
Similarity Detection'.
Entries: all 15 bullets and all 8 table rows (papers, arXiv preprints, the two OpenAI GPT reports).
Not entries: headings, the Korean sub-bullets (web pages), the header and separator rows.
Count check: grep -c '^\\* \\[' = 15, table rows starting '|[' or '||' after the separator = 8; 23 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "hyunbool__To-Read-Papers__README@228f7f5.md"
PART = "wild22_development"
AUTHORED = {6, 9, 14, 15, 18, 19, 22, 25, 28, 36}


def strip_year(text: str) -> str:
    m = re.fullmatch(r"(.+?)\((?:19|20)\d\d\)?", text)
    assert m, text
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = rows = 0
    i = 1
    while i <= len(lines):
        text = lines[i - 1]
        if text.startswith("* ["):
            bullets += 1
            m = re.match(r"\* \[(.+)\]\((https?://[^)]+)\)$", text)
            assert m, i
            cite = m.group(1)
            if i in AUTHORED:
                cite = cite.rsplit(". ", 1)[1]
            end = i
            while end < len(lines) and lines[end].startswith("    "):
                end += 1
            papers.append(entry(lines, i, end, strip_year(cite)))
            i = end + 1
            continue
        if i >= 48 and text.startswith("|") and not text.startswith("|Title") and not text.startswith("|---"):
            rows += 1
            m = re.match(r"\|\|?\[?(.+?)\]\((https?://[^)]+)\)\|", text)
            assert m, i
            papers.append(entry(lines, i, i, strip_year(m.group(1))))
        i += 1
    assert bullets == 15, bullets
    assert rows == 8, rows
    assert len(papers) == 23, len(papers)
    write_truth(NAME, PART, papers,
                "every '* [Authors. Title(year)](url)' bullet (with its sub-bullets of helper sites) and every row"
                " of the Topic Modeling table is an entry; title = link text without the author part (text before"
                " the last '. ' on the ten authored lines) and without the glued '(year)'",
                "all 23 records read by eye; author stripping checked on the ten authored lines (initials on 6,"
                " 19, 28), the unclosed '(2019' on line 54 and the broken '||tBERT' row on line 55; arXiv ids"
                " (abs, pdf, v1/v2/v4 pdfs, '#:~:text' fragment on line 18) checked against the URLs")


if __name__ == "__main__":
    main()
