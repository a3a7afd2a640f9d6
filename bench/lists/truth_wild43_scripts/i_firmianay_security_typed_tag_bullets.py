"""Wild43 truth for firmianay/security-paper README.md: a security researcher's collection of resources
("(与本人兴趣强相关的)各种安全or计算机资料收集") -- books, manuals, papers, blogs, slides, reports, courses, surveys,
tools, videos -- on architecture, reverse engineering, program analysis, malware, exploitation, fuzzing, IoT
(protocol, wireless, hardware), vehicles, Android, Linux, cryptography, CTF and others.

Shape (322 lines): a title, a Chinese note, an italic legend of the type tags (5), then ``## ``/``### `` sections of
bullets ``- *YEAR TYPE* [Title](Folder/Title_With_Underscores)``: the italic tag gives a year and one or more types
(``*2019 slides paper video*`` 208, ``*2019 paper slides video*`` 218-220, ``*2021 slides paper*`` 248; 220 opens
with a stray second asterisk ``**2020 paper ...*``); some bullets start with a star rating ``★★★☆☆`` (62-74, 103-106,
...); a few lack the year (``*tool*``, ``*online*``) or the type (``*2019* Automotive ...`` 214) or the tag (192,
234).  Link texts are mostly file-folder names with underscores for spaces
(``[Unleashing_MAYHEM_on_Binary_Code](Program-Analysis/...)``), some with spaces (``[AFLNet: A Greybox Fuzzer
for Network Protocols]`` 88); Chinese titles (``[物联网安全综述]`` 103); one link text carries its folder
(``[IoT/Vulnerabilities_in_first-generation_RFID-enabled_credit_cards]`` 92).  Links point into the repository's
own folders (``/`` or ``\\``) or to blogs/tools; some bullets have sub-bullets of links (211-240).  Nothing has a
DOI or arXiv id.

Decisions:
- Entries (70): the bullets whose type tag includes ``paper`` (59, among them the talk-and-paper bullets 208,
  218-220, 248) and the ``survey`` bullets (11: academic surveys, English and Chinese, e.g. 82 ``The_Art_Science_
  and_Engineering_of_Fuzzing_A_Survey``, 103 ``物联网安全综述``).  The list's own tag decides what is a paper.
- Not entries: books, manuals, blogs, slides (with or without video), courses, specifications, tools, online
  pages, videos, and the ``report`` bullets (industry annual reports, white papers and guides: 106, 123, 147,
  205-206, 241-243, 250, 313-314, 318); the legend, headings and the star chart.
- Span: the bullet's single line.
- Title: the link text as written, underscores kept (they stand for spaces in the folder names the list uses as
  titles); the folder prefix ``IoT/`` on 92 is dropped.  Star ratings and the italic tag are not part of it.
- Ids: none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "firmianay__security-paper__README@614a945.md"
PART = "wild43_development"

BULLET = re.compile(r"^- (?:[★☆]{5} )?\*{1,2}(?:\d{4} )?([a-z ]+)\* \[(.+?)\]\((\S+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    reports = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            assert "paper" not in ln and "survey" not in ln or n in (1, 5, 322), (n, ln)
            continue
        types = m.group(1).split()
        if "report" in types:
            reports.append(n)
        if "paper" in types or types == ["survey"]:
            title = m.group(2).removeprefix("IoT/")
            papers.append(entry(lines, n, n, title))
    assert reports == [106, 123, 147, 205, 206, 241, 242, 243, 250, 313, 314, 318], reports
    assert len(papers) == 70, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- *YEAR TYPE* [Title](folder)' bullet whose type tag includes 'paper' (59) or is 'survey' (11) is an"
        " entry; title = the link text as written (underscores kept, 92's 'IoT/' folder prefix dropped); books,"
        " manuals, blogs, slides, courses, specifications, tools, videos and industry 'report' bullets are not"
        " entries; no ids.",
        "Whole 322-line file read; the script asserts the report bullets are the twelve named and that no line"
        " outside the tagged bullets mentions paper/survey but the title, legend and star chart; type tags counted"
        " (slides 61, paper 54, blog 42, book 20, report 12, survey 11, ...); all 70 -v titles compared with the"
        " file: combined tags 208/218-220/248, the stray '**' on 220, star-rated 69-72/103-104/116/134, spaced"
        " titles 88/143/170-171/208-249, Chinese surveys 80/81/103-105/207/312, 92's folder prefix dropped;"
        " left out by eye: the star-rated book 62, course 74, slides-and-video talks, tool and spec bullets.",
    )


if __name__ == "__main__":
    main()
