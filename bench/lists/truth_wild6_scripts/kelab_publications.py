"""Wild6 truth for ke-lab-it-agu/ke-lab-it-agu.github.io publications.md: a Japanese lab's publication page
('発表文献', Jekyll front matter), most records written in Japanese with full-width punctuation.

Shape: '## 受賞' (awards), '## 書籍', '## 学術雑誌', '## 専門誌', '## 国際学会発表', '## 国内学会発表',
'## その他', each a '- ' bullet list, one record per bullet (two award bullets carry a second, indented
line).  Japanese records: '著者，著者：タイトル，会議/誌名，番号，DOI：[10.…](https://doi.org/10.…) (2024.5)．'
(full-width colon after the authors, full-width comma after the title; a title may itself hold a
full-width colon, e.g. '第2回国際ナレッジグラフ推論チャレンジ：…'); English records:
'Authors: Title, Venue, pp., DOI: [..](..) (2022.6).' (a title may hold ': ').  Two OHBM abstracts are
APA-like with the title in straight double quotes.  The book-chapter record ends its title with '. In:'.
Trailing HTML comments hold dates; some records add a '<br/> ※' correction note (same bullet).

Entries: every bullet of 書籍 (a chapter in an edited Springer volume, a scholarly work with a DOI),
学術雑誌, 専門誌 (a trade-magazine article), 国際学会発表 and 国内学会発表: 1 + 5 + 1 + 13 + 62 = 82.
Not entries: the two 受賞 bullets (the record's subject is an award; both awarded papers are listed
again under 国内学会発表), the two その他 bullets (a summer-school lecture and a seminar talk), the closing
link to older publications.  Title = the text after the authors' colon up to the first comma that
follows it (', ' in English records; in Japanese ones the full-width '，' before the venue, since
one title, '意外性，新規性および具体性を考慮した…', holds full-width commas itself), the quoted text for the OHBM
abstracts, the text before '. In:' for the chapter; surrounding spaces dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "ke-lab-it-agu__ke-lab-it-agu.github.io__publications@078a7b7.md"
SECTIONS = {"## 書籍", "## 学術雑誌", "## 専門誌", "## 国際学会発表", "## 国内学会発表"}


def title_of(text: str) -> str:
    q = re.search(r'"([^"]+)"', text)
    if q and text.lstrip("- ").startswith(("Kawashima", "Chakraborty")):
        return q.group(1)
    m = re.match(r"^- ([^：:]+?)(：|: )(.*)$", text)
    assert m, text
    rest = m.group(3)
    if " In: " in rest:
        return rest.split(". In: ")[0]
    if m.group(2) == "：" or "，" in rest.split(", ")[0]:
        # the title runs to the full-width comma before the venue (one title holds full-width commas itself)
        v = re.search(r"\s*，\s*(?=人工知能学会|言語処理学会|情報処理学会|\d{4} ?年度|第 ?\d+ ?回|画像ラボ)", rest)
        assert v, rest
        return rest[: v.start()].strip()
    return rest.split(", ")[0].strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts: dict[str, int] = {}
    for i, x in enumerate(lines, 1):
        if x.startswith("## "):
            section = x.strip()
            continue
        if x.startswith("- ") and section in SECTIONS:
            counts[section] = counts.get(section, 0) + 1
            papers.append(entry(lines, i, i, title_of(x)))
    assert counts == {"## 書籍": 1, "## 学術雑誌": 5, "## 専門誌": 1, "## 国際学会発表": 13, "## 国内学会発表": 62}, counts
    assert len(papers) == 82
    for p in papers:  # every title must occur in its line
        assert p["title"] and p["title"].replace(" ", "") in lines[p["line"] - 1].replace(" ", ""), p
    write_truth(
        NAME,
        "wild6_development",
        papers,
        "every bullet of 書籍, 学術雑誌, 専門誌, 国際学会発表 and 国内学会発表 is an entry (82); title = text after the"
        " authors' colon up to the next comma (full-width in Japanese records), the quoted title for two OHBM"
        " abstracts, the text before '. In:' for the book chapter; award and その他 (talk) bullets are not entries",
        "all 82 titles and DOIs checked by eye against the file, per-section counts by awk (1/5/1/13/62), the titles"
        " holding a colon (第2回国際ナレッジグラフ推論チャレンジ：…, '…Entailment Rules: A Multi-Level Evaluation'),"
        " the title with full-width commas (line 98), the leading space after '： ' and the space before ' ，' trimmed",
    )


if __name__ == "__main__":
    main()
