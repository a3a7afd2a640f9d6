"""Wild10 truth for tsato-code/python_script memo_paper.md: a Japanese data scientist's literature
notes ('# 文献メモ'), 16 '## topic' sections in Japanese (可視化, 都市計算, 異常検知, 木構造モデル, データ構造...).

Shape: every record is a '1. ' item whose whole text is one link, '1. [Authors (Year). Title. Venue,
vol, pages.](url)' -- an APA-like reference as the link text -- and many items carry tab-indented
Japanese note bullets ('\t- タスク：...', '手法：', '特徴：', 'データ：', '感想：').  About a third of
the references are Japanese (Japanese names, titles and venues: JSAI, DEIM Forum, オペレーションズ・
リサーチ, 情報処理学会論文誌, a 修士論文), some with full-width '．' and '，' separators.
Entry = an item whose subject is one scholarly work (articles, conference papers, the review
article of Loh 2011, the master's thesis of 山本 2013); its lines run from the item to its last
note bullet.  Not entries (11 items): a Kaggle kernel (line 6), the 'Urban Computing | Microsoft'
project page (21), Gupta et al.'s SDM 2013 tutorial slides (105, the note says スライド資料), the
lecture slides and notes of Fogarty, Schaar, Steorts (2), Kingsford, Toma and Yao (287, 299, 302,
305, 320, 330, 336) and the textbook 'R-trees: Theory and Applications' (323, note: テキスト).

Title: the link text after '(Year).' / '(Year, Month).' / '(Year)．' up to the first '. ' or '．'
(the separator before the venue); for a Japanese title also up to the first ', ' (three Japanese
references separate title and venue with a comma: 佐野 2017, 永森 2018, 山根 2016).  Titles with
'?' inside keep it ('Why should i trust you?: Explaining ...', 'Do Drivers' Behavior Reflect Their
Past Driving Histories? -Large Scale Examination of Vehicle Recorder Data-').  DOIs from the Wiley,
Springer (percent-encoded) and PLoS links; CiteSeerX 'doi=10.1.1...' ids are not DOIs.

Count check: 93 '1. [' items by grep ('^1\\. \\['), every other line blank, a heading or a tab bullet;
93 - 11 = 82 entries; items per section counted by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "tsato-code__python_script__memo_paper@4da0243.md"
PART = "wild10_development"
LINES = read_lines(NAME)

NOT_PAPERS = {6: "Kaggle kernel", 21: "project page", 105: "tutorial slides", 287: "lecture slides",
              299: "lecture note", 302: "lecture slide", 305: "lecture slide", 320: "lecture slides",
              323: "textbook", 330: "lecture slide", 336: "lecture slide"}
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def title_of(label: str) -> str:
    m = re.search(r"\((?:19|20)\d\d(?:, [A-Z][a-z]+)?\)\s*[.．]\s*", label)
    assert m, label
    rest = label[m.end():]
    cut = re.search(r"\.\s|．", rest)
    title = rest[: cut.start()] if cut else rest
    if CJK.search(title) and ", " in title:
        title = title.split(", ")[0]
    return title.strip()


def main() -> None:
    papers = []
    items = 0
    for i, text in enumerate(LINES, 1):
        m = re.match(r"1\. \[(.+)\]\(([^)]*)\) ?$", text)
        if not m:
            assert i == 1 or text == "" or text.startswith(("## ", "\t- ")), i
            continue
        items += 1
        if i in NOT_PAPERS:
            continue
        end = i
        while end < len(LINES) and LINES[end].startswith("\t- "):
            end += 1
        papers.append(entry(LINES, i, end, title_of(m.group(1))))
    assert items == 93, items
    assert len(papers) == 82, len(papers)
    write_truth(NAME, PART, papers,
                "every '1. [Authors (Year). Title. Venue.](url)' item whose subject is a paper, article or thesis"
                " is an entry with its tab-indented Japanese note bullets; title = the link text between"
                " '(Year).' and the next '. ' or full-width '．' (for Japanese titles also ', '); a Kaggle kernel,"
                " a project page, tutorial and lecture slides and a textbook are not entries",
                "all 82 titles one by one against the file (Japanese titles with full-width separators and comma"
                " separators, titles with '?', the month in '(2016, August)'), the 11 excluded items and their"
                " Japanese notes, line ranges of items with and without notes, the arXiv id of 1605.03949 and"
                " 1707.08692, the Wiley, Springer and PLoS DOIs")


if __name__ == "__main__":
    main()
