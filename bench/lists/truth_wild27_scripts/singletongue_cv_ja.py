"""Wild27 truth for singletongue/singletongue.github.io index.md: a Japanese researcher's CV page (GitHub Pages).

Shape: a personal page in Japanese (career, resources, then '## 論文・発表' = papers and talks, '## 学位論文'
= theses, '## 受賞' = awards, then certificates and quiz-show appearances).  Under '## 論文・発表' the
'###' sections hold numbered references, every item written '1. ' (Markdown auto-numbering),
author-first: 'Authors. Title. Venue, Vol., pp., Month Year. [DOI](...) <u>**award**</u>'.  Authors are
comma-separated, the page owner underlined ('<u>鈴木正敏</u>'), the list closes with '. '; the title
runs to the next '. ' (Japanese titles end with an ASCII '.' too).  Titles are Japanese (domestic
venues) or English.  Thesis items under '## 学位論文' are bullets '- Title [論文PDF](url)'.
Entries (26): 論文誌 (journal articles, lines 48-50: 3), 国際会議 (lines 54-55: 2), 国内会議 (domestic
conference papers, lines 59-74: 16), そのほか (a journal report and a PMLR competition paper, lines 83-84:
2), the doctoral, master's and bachelor's theses (lines 90, 94, 98: 3).
Not entries: 著書 (two books, lines 43-44), 招待講演 (two invited talks, lines 78-79), the award list
(lines 102-112, whose sub-bullets repeat paper titles), the resource sections (BERT model, entity
vectors) and the AI王 competition heading.
Special cases: line 60 has a single author ('<u>鈴木正敏</u>. 4択クイズ...'); lines 63 and 64 give
the same title at two venues (two entries); line 48 and line 59 give the same title as a journal
article and a conference paper (two entries); line 84 has 54 authors; line 69's title carries
Japanese brackets and a parenthesised edition ('「拡張固有表表現＋Wikipedia」データ（2015年11月版
Wikipedia分類作業完成版）'), kept whole; the doctoral thesis (line 90) links a handle (hdl.handle.net),
not a DOI.  Count check: 3 + 2 + 16 + 2 numbered references and 3 thesis bullets = 26; DOIs on lines
48, 49, 50, 55, 83 (5); no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "singletongue__singletongue.github.io__index@ad5f387.md"
PART = "wild27_development"
PAPER_SECTIONS = {"### 論文誌": 3, "### 国際会議（査読あり）": 2, "### 国内会議（査読なし）": 16,
                  "### そのほか（学会記事など）": 2}
SKIP_SECTIONS = {"### 著書": 2, "### 招待講演": 2}
THESIS_SECTIONS = {"### 博士論文", "### 修士論文", "### 卒業論文"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            section = text.strip()
            if text.startswith("## ") and text.strip() not in ("## 論文・発表", "## 学位論文"):
                section = None
            continue
        if section is None or not text.strip():
            continue
        if section in SKIP_SECTIONS:
            assert text.startswith("1. "), i
            counts[section] = counts.get(section, 0) + 1
            continue
        if section in PAPER_SECTIONS:
            assert text.startswith("1. "), i
            body = text[3:]
            m = re.match(r"(.+?)\. (.+?)\. (?=\S)", body)
            assert m, i
            authors, title = m.group(1), m.group(2)
            assert "鈴木正敏" in authors or "Masatoshi Suzuki" in authors, i
            counts[section] = counts.get(section, 0) + 1
            papers.append(entry(lines, i, i, title))
        elif section in THESIS_SECTIONS:
            m = re.match(r"- (.+?) \[", text)
            assert m, i
            counts[section] = counts.get(section, 0) + 1
            papers.append(entry(lines, i, i, m.group(1)))
    for sec, n in {**PAPER_SECTIONS, **SKIP_SECTIONS}.items():
        assert counts.get(sec) == n, (sec, counts.get(sec))
    assert all(counts.get(s) == 1 for s in THESIS_SECTIONS), counts
    assert len(papers) == 26, len(papers)
    assert [p["line"] for p in papers if p["doi"]] == [48, 49, 50, 55, 83]
    assert not any(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "every numbered author-first reference under 論文誌, 国際会議, 国内会議 and そのほか plus the three"
                " thesis bullets is an entry; title = the text between the author list's closing '. ' and the"
                " next '. ' (thesis: the bullet text before its PDF link); books, invited talks and awards are not",
                "all 26 entries and the 4 excluded book/talk items read by eye against the file; every title"
                " checked whole (Japanese and English), the 5 DOIs, the repeated titles on lines 48/59 and 63/64,"
                " and the award sub-bullets (lines 103-111) confirmed as repeats, not entries")


if __name__ == "__main__":
    main()
