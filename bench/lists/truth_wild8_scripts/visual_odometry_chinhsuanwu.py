"""Wild8 truth for chinhsuanwu/awesome-visual-odometry README: '- [Title](url), Authors, Venue Year | [code](url)' bullets, with dataset table, tools, courses, books and surveys.

Shape: '## Papers' with '####' topics (System, Feature, Motion Estimation, Event Camera), each a
one-line '- [Title](url), Authors, Venue Year' bullet, often followed by ' | [code](url)'; then a
'## Datasets' table (dataset names, no papers), '## Tools' (software: Ceres, g2o, GTSAM, DBoW,
Pangolin), '## Learning' with Courses, Books and Surveys.

Entries: every bullet of '## Papers'; in Learning/Surveys the four bullets that are articles
(a RAM tutorial article 'Visual Odometry [Tutorial]', a T-RO survey, two arXiv surveys).  Not
entries: the dataset table, the Tools bullets (software), the course, the two books, and '15
Years of Visual SLAM' (slides of an ICCV 2015 workshop talk, a slides_ajd.pdf link).  Line 38
(Kimera) links its title to GitHub and its '[code]' to arXiv: the subject is still the paper, an
entry, its arXiv id is the one its line writes.
Title = the bullet's first link text (which may hold brackets: 'Visual Odometry [Tutorial]').

Checks: grep '^- \\[' on lines 10-80 gives 30 + 15 + 7 + 5 = 57 Papers bullets; Surveys has 5
bullets, 4 entries; 61 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "chinhsuanwu__awesome-visual-odometry__README@c30265e.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    h2 = h4 = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            h2, h4 = text[3:].strip(), ""
            continue
        if text.startswith("#### "):
            h4 = text[5:].strip()
            continue
        if not text.startswith("- ["):
            continue
        m = re.match(r"- \[(.+?)\]\((https?://[^)\s]*)\)", text)
        if not m:  # table of contents ('- [Papers](#papers)')
            assert h2 == "Table of Contents", i
            continue
        title, url = m.groups()
        if h2 == "Papers" or (h2 == "Learning" and h4 == "Surveys" and "slides" not in url):
            papers.append(entry(lines, i, i, title))
    assert sum(1 for p in papers if p["line"] < 81) == 57
    assert len(papers) == 61
    write_truth(NAME, "wild8_development", papers,
                "every '- [Title](url), Authors, Venue' bullet of Papers and the article bullets of Learning/Surveys"
                " are entries; title = the first link text; datasets table, tools, course, books and a talk's slides"
                " are not entries",
                "all 57 Papers bullets and the 5 Survey bullets read against the output (titles incl. the bracketed"
                " 'Visual Odometry [Tutorial]', Kimera's swapped links, arXiv ids, Springer DOIs from"
                " link.springer.com URLs); counts per section by grep")


if __name__ == "__main__":
    main()
