"""Wild21 truth for aktumar/3D_reconstruction README.md: a Russian research notebook on 3D
reconstruction, one bold line per item, the link label before the title.

Shape: Russian headings and notes (## Статьи with ### Обзорные, ### Датасеты, ### Теория split by
year headings #### 2015 … #### 2121; then ## Дополнительные ссылки with Хабр, GitHub, YouTube,
Stackoveflow, Разное, Платформы).  Each item is one line
``**[[статья](url)] (NOV2019) Title [[сайт](url)] [[код](url)] [[:thought_balloon:](notes)]**``: the
label says what the link is (статья = paper, сайт = site, видео = video, код/GitHub = code), an
optional date in parentheses ('(NOV2017)', '(2003 or 2013)') or a ':ballot_box_with_check:' mark
comes before the title, extra links in double brackets after it.

Entry: every ``[[статья](…)]`` line (29: Обзорные 6, Датасеты 1, Теория 22), and in Разное the
Nature Communications article 'Unlocking history through automated virtual unfolding of sealed
documents…' (a research article, though its label is сайт).  Not entries: 'Princeton ModelNet'
(a dataset site), the Habr posts, the GitHub repositories (two carry paper titles but link code
only), the YouTube videos (one a CVPR talk), the Stackoverflow link, the Pix2Pix tutorial, the
Scientific American piece, Forensic Architecture and the platforms.

Title: the bold text after the label's ``]`` without the date parenthesis, the check-mark
shortcode and the trailing ``[[…](…)]`` links.  The sci-hub link carries an ACM DOI, the Nature
link an article id (not a DOI).

Counts: grep -c '[[статья]' = 29; + 1 Nature article = 30.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "aktumar__3D_reconstruction__README@34a4507.md"
PART = "wild21_development"


def title_of(text: str) -> str:
    body = re.match(r"\*\*\[\[[^\]]+\]\([^)]*\)\]\s*(.*?)\*\*\s*$", text.strip()).group(1)
    body = re.sub(r"^:ballot_box_with_check:\s*", "", body)
    body = re.sub(r"^\((?:[A-Z]{3}\d{4}|\d{4} or \d{4})\)\s*", "", body)
    body = re.sub(r"(\s*\[\[[^\]]*\]\([^)]*\)\])+\s*$", "", body)
    return body.strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if text.startswith("**[[статья](") or "nature.com/articles/" in text:
            papers.append(entry(lines, i, i, title_of(text)))
    assert sum(1 for ln in lines if "[[статья]" in ln) == 29
    assert len(papers) == 30, len(papers)
    write_truth(NAME, PART, papers,
                "every bold '[[статья](url)] (date) Title [[…]]' line is an entry, plus the Nature Communications"
                " article listed under Разное; title = the bold text after the label without the date, check mark"
                " and trailing bracketed links; Habr posts, GitHub repos, videos, sites, a dataset site and"
                " platforms are not entries",
                "every line of the file by eye (252 lines, 30 entries): each title against its line, the dropped"
                " dates and ':ballot_box_with_check:' marks, the arXiv ids, the sci-hub DOI; the paper-titled"
                " GitHub and YouTube lines left out")


if __name__ == "__main__":
    main()
