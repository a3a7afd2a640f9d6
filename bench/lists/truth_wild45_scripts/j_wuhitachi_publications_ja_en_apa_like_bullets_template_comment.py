"""Wild45 truth for wu-hitachi/hitachi-dx-engineering-research.github.io publications.md at commit b010170
(2023-03-27, the last version written as a Markdown list: from 5b26602 on the page is a Liquid loop over
``site.data.publications`` and commit 8f7c212 "Remove everything." deleted it): the publication list of a Hitachi
software-engineering research group, 412 lines, about two thirds of the records in Japanese (Japanese names, titles
and venues: FOSE, ソフトウェアエンジニアリングシンポジウム, 情報処理学会論文誌, 日立評論), the rest in English.

Shape of the list: ``# Publication List``, then an HTML comment (3-25) holding a format template with four
placeholder bullets (``- Given, F., ..., & Given, F. (Year).`` / ``- 姓 名, ..., 姓 名 (xxxx年).``, ``題名.``), then
98 bullets (26-410), newest first, in a loose APA-like style: ``- authors (2022年11月).`` or ``(2021, July).``, next
line the title -- mostly as a link ``[title](url)`` with a final ``.`` or ``,`` or ``，`` -- then the venue, on
one to three indented lines (indentation 1, 2 or 3 spaces), sometimes with award badges ``**🎖SES研究奨励賞**``.
Irregular records: 30/38/42 put the venue on the title line; 53-55 is followed by an empty bullet ``- `` (56) and
57/63/65/67 follow each other with no blank line; 70 quotes its title IEEE-style (``"Data Usage ... Distribution,"``);
85 has no year and the title after the author list on the bullet line (``..., Shuhei Nojiri, Analysis of Bug Report
Qualities with fixing time using Causal and Inference Model,``); 186 has an organisation as author and an editorial
note ``※伊川宏美, ... が編集委員として参画.``; 354 is a title with no venue.

Entries (93): every bullet after the comment naming a paper, article, chapter or report: journal and conference
papers, workshop and symposium papers, research-meeting reports (研究報告, 信学技報), posters (85), articles of
日立評論 / 情報処理 / 自動車技術 / 日本ロボット学会誌, the book chapter 226 (``第4章第3節``), the Springer chapter 393, the
eprint 354, the arXiv preprint 357 and the RRI report 186 (a report published by the council, group members as
editors).  Not entries: the template bullets inside the comment (5-23), the empty bullet 56, the webinar talk 121
(``協創の森ウェビナー``), the book 129 (``AIソフトウェアのテスト ... リックテレコム``) and the two Hitachi web pages
304 and 329 (``日立Webページ``, news/story pages).
Spans: from the bullet to the line before the next bullet, trailing blank lines dropped.
Titles: the text of the entry's first Markdown link; without a link, the title line as written without its final
``.`` or ``,`` and without the venue glued after ``, 第`` (58, 61, 64); 70 the text inside the quotes; 85 the text
after the last author (``Shuhei Nojiri, ``).  Typos and full-width punctuation kept (``Engineerning`` 363 is venue).
Ids: DOIs of ``doi.org`` links (``http://doi.org/10.20729/...`` too, 10.1007/978-3-319-23467-0_6 of 393); arXiv
1811.03752 (357); J-STAGE, IPSJ, IEEE Xplore, CiNii, thinkmind and dblp links give none.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "wu-hitachi__hitachi-dx-engineering-research.github.io__publications@b010170.md"
PART = "wild45_development"

NOT_PAPERS = {56, 121, 129, 304, 329}  # empty bullet, webinar, book, two web pages
LINK = re.compile(r"\[([^\]]+)\]\(")


def title_of(lines: list[str], first: int, last: int) -> str:
    own = lines[first - 1 : last]
    m = LINK.search("\n".join(own))
    if m:
        return m.group(1)
    if first == 85:
        return own[0].split("Shuhei Nojiri, ", 1)[1].rstrip(",")
    ln = own[1].strip()
    if first == 70:
        return ln.split('"')[1].rstrip(",")
    if ", 第" in ln:
        return ln.split(", 第", 1)[0]
    assert ln.endswith("."), (first, ln)
    return ln[:-1]


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 413 and lines[-1] == ""
    assert lines[2] == "<!-- format" and lines[24] == "-->"
    starts = [i for i, ln in enumerate(lines, 1) if i > 25 and re.match(r"^-( |$)", ln)]
    assert len(starts) == 98 and lines[55] == "- ", len(starts)
    papers = []
    for k, i in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        if i in NOT_PAPERS:
            continue
        papers.append(entry(lines, i, end, title_of(lines, i, end)))
    t = {p["line"]: p["title"] for p in papers}
    e = {p["line"]: p["end"] for p in papers}
    assert t[26] == "視線と心拍を用いたプログラム理解状況の推定" and e[26] == 28
    assert t[53] == "プログラム理解難易度の経時的な変化の可視化" and e[53] == 55
    assert t[57] == "システムテストにおけるキーワード駆動テストの適用とキーワードの階層化設計" and e[57] == 58
    assert t[63] == "Maintainability Index を用いた保守性改善プロセス適用" and e[63] == 64 and e[65] == 66
    assert t[70] == "Data Usage Monitoring Method Using Metadata in Vehicle Data Distribution"
    assert t[85] == "Analysis of Bug Report Qualities with fixing time using Causal and Inference Model"
    assert t[74].endswith("―AIの適切な利活用による技術と社会の進展のために―")
    assert t[186] == "デジタル経済圏の胎動：欧州のデータ連携戦略" and e[186] == 188
    assert t[226] == "AIビジネスにおける品質保証"
    assert t[321] == "識別子の表記ゆれによるソースコード検索漏れ防止に向けた設計書を活用した識別子−自然言語変換技術"
    assert t[354] == "Policing functions for machine learning systems" and e[354] == 355
    assert t[401].startswith("Performance Exploring Using Model Checking - A Case Study") and e[401] == 404
    assert t[410] == "プログラム等価性検証技術" and e[410] == 412
    assert all(x and not x.endswith((".", ",", "，")) for x in t.values()), t
    arx = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert arx == {357: "1811.03752"}, arx
    dois = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert dois[30] == "10.20729/00224274" and dois[393] == "10.1007/978-3-319-23467-0_6"
    assert dois[104] == "10.7210/jrsj.40.187" and 26 not in dois and 65 not in dois
    assert len(dois) == 24, (len(dois), dois)
    assert len(papers) == 93, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet after the format-template comment naming a paper, article, chapter, poster or report is an "
        "entry spanning its lines up to the next bullet (the empty bullet 56, the webinar 121, the book 129 and the "
        "two Hitachi web pages 304/329 are not; the RRI report 186 and the book chapter 226 are); title = the first "
        "link's text, else the title line without its final '.'/',' and the venue after ', 第', 70 inside its "
        "quotes, 85 after the last author; ids from doi.org links and the arXiv link.",
        "All 98 bullets read one by one against the -v output (type of each record: 5 non-entries; titles of the "
        "19 records without a link; spans at the missing blank lines 57-67 and around the empty bullet 56; the "
        "1-3-space indentation; award lines inside spans), the template comment 3-25 checked to give no entry, the "
        "DOI of every doi.org link and the absence of ids for J-STAGE/IPSJ/IEEE/CiNii links.",
    )


if __name__ == "__main__":
    main()
