"""Wild22 truth for yamadharma/yamadharma.github.io content/blog/2023/2023-05-06-scientific-conferences-participation/index.ru.md.

A Russian Hugo blog page (exported from Org mode, 'Участие в научных конференциях'): the author's
conference papers, grouped by conference ('##') and year ('###'), then a citeproc bibliography.

Shape, three kinds of record:
  1. '-   ' bullets under 'Доклады' or a year heading (lines 29-32, 41-43, 62-64, 117), each one
     paper in a BibTeX-like text form: 'Surname, Given and Surname, Given (2020). "Title". In: eds,
     "Proceedings". Publisher. pages. 10.xxxx/yyyy. [<a href="#citeproc_bib_item_N">N</a>]' --
     title = the first double-quoted span; a bare DOI (no 'doi:' or URL) follows the pages on lines
     29-32, 41-43; line 29 points to two bibliography items ([1; 2]) but names one paper.
  2. two 'Доклад: Title [<a ...>N</a>].' lines (talk = the paper presented): line 77 under its own
     heading '#### 3.2.1 Computer simulation of the stochastic RED algorithm' (the record is the
     heading section, lines 75-78, with the 'Выступление:' speaker line), and line 106 (with the
     speaker line 107) inside the ITNT 2022 year section.  Title = text after 'Доклад: '.
  3. the citeproc bibliography after '## Литература' (lines 126-140): one '<div class="csl-entry">'
     per line, numbered 1-15, GOST-style 'Surname, I.I. Title / I.I. Surname ... // Container. – Place
     : Publisher, 2020. – Т. 12563. – Сс. 365–379.' with the title either wrapped in an '<a
     href="https://doi.org/...">' link (13 items) or plain (items 8 and 15, lines 133, 140).
     Title = the link text, else the text between the first author and ' / '.
Every bibliography item is a separate entry even where a bullet above names the same paper
(repeated records are separate entries); items 2 and 4 (lines 127, 129) are companion papers in the
Russian DCCN-2020 proceedings that bullets 29 and 30 cite beside items 1 and 3 ('[1; 2]', '[3; 4]')
without naming them.  The csl lines have a no-break space after the first author's comma.
Not entries: conference names, dates, places, 'Сайт:'/'Информация:' link bullets, the local-
conference and relref bullets (lines 48-49, 83, 88, 93, 112), 'Выступление/Выступал' speaker lines
outside the two Доклад records, headings.
Count check: 11 bullets + 2 Доклад + 15 csl-entry = 28 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = ("yamadharma__yamadharma.github.io__content__blog__2023__2023-05-06-scientific-conferences-participation"
        "__index.ru@ea9c0f7.md")
PART = "wild22_development"
BULLETS = [29, 30, 31, 32, 41, 42, 43, 62, 63, 64, 117]
TALKS = {77: (75, 78), 106: (106, 107)}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = [i for i, t in enumerate(lines, 1) if re.match(r"-   \S.*\(\d{4}\)\. \"", t)]
    assert bullets == BULLETS, bullets
    for i in BULLETS:
        m = re.search(r"\(\d{4}\)\. \"(.+?)\"", lines[i - 1])
        papers.append(entry(lines, i, i, m.group(1)))
    talks = [i for i, t in enumerate(lines, 1) if t.startswith("-   Доклад: ")]
    assert talks == sorted(TALKS), talks
    for i, (first, last) in TALKS.items():
        m = re.fullmatch(r"-   Доклад: (.+?) \[<a href=.*\]\.", lines[i - 1])
        assert m, i
        papers.append(entry(lines, first, last, m.group(1)))
    bib = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r'  <div class="csl-entry"><a id="citeproc_bib_item_(\d+)"></a>(\d+)\.\t(.*)</div>$', text)
        if not m:
            continue
        bib += 1
        assert m.group(1) == m.group(2) == str(bib), i
        rest = re.sub(r"^[^,<]+,\s(?:[A-ZА-Я]\.)+\s", "", m.group(3))  # NBSP after the comma
        link = re.match(r'<a href="[^"]+">(.+?)</a> / ', rest)
        title = link.group(1) if link else rest.split(" / ")[0]
        papers.append(entry(lines, i, i, title))
    assert bib == 15, bib
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "entries: the 11 BibTeX-like paper bullets (title = first double-quoted span), the 2 'Доклад:'"
                " talk lines (title after 'Доклад: ', the line-77 record spanning its heading section 75-78) and the"
                " 15 citeproc csl-entry bibliography items (title = link text, else the text between first author"
                " and ' / '); bullets and bibliography items naming the same paper are separate entries",
                "all 28 records read by eye against the file; every title compared in the -v output with its line"
                " (both plain-title csl items 8 and 15, the Russian-venue items 2 and 4); bare DOIs of the bullets"
                " and doi.org links of the csl items checked; ceur-ws items (10-13) have no DOI")


if __name__ == "__main__":
    main()
