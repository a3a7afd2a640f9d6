"""Wild44 truth for sig-sc/sig-sc.github.io content/posts/2020-11-13-seminar.md (newest commit cbc4e6d): the page
(Japanese) of the 36th meeting of the IEICE technical committee on Services Computing (サービスコンピューティング研究
専門委員会 第36回研究会, 13-14 Nov 2020, held with the KBSE committee), 295 lines.

Shape: YAML front matter (1-9), a bullet header (11-16), then the whole programme inside one raw ``<pre>`` block
(18-157), and after it a meeting report in prose with photos (159-295).  In the ``<pre>`` block each programme item
is three lines, ``(n) hh:mm - hh:mm`` / the title / the authors with the presenter marked ``○`` and affiliations in
full-width brackets (``○中井哲也・佐伯幸郎・中村匡秀（神戸大）``); session lines (``11月13日(金) 午前 一般セッション``),
chair lines (``座長: ...``) and full-width dash lines (``−−−　休憩　（ 90分 ）　−−−``) sit between them.  Item titles
of the poster session carry a ``［ポスター講演］`` label, the two invited lectures ``［招待講演］`` /
``［チュートリアル招待講演］``.  The report repeats two titles inside running prose (219, 225, 261: 「...」 after
the presenter's name), lists the two invited lectures again as bullets (202-205), and ends (286) with a written-out
reference to the society-magazine article about the meeting: ``菊地伸治，...，「ニューノーマルな研究会に向けた実証評価
報告」，信学会・情報・システムソサイエティ誌，Vol.25, No.4, pp.19-23, 2021年2月． [[PDFをダウンロード]](url)``.

Entries (23): the 21 research presentations of the programme, i.e. the regular talks (1)-(4) and (18)-(23) and the
poster talks (6)-(17) -- each an IEICE technical-meeting contribution with its own programme number, title and
authors, the form in which a 研究会 lists its technical reports; and the magazine article 286 (a reference
paragraph).  Not entries: the invited lectures (5) and (24) (talks), their repetition as bullets in the report, the
titles mentioned in prose (219, 225, 261), session/chair/break lines.
Spans: an item runs from its ``(n)`` line to its authors line (3 lines); 286 is one line.
Titles: the middle line of the item without the ``［ポスター講演］`` label (a tag before the title), kept as written
(``こと消費マッチングアプリ「Yattekoh（やってこ～）」`` (83), English titles (71, 79)); 286 the text in 「」.
Ids: none (no DOI or arXiv id; the PDF link of 286 is the magazine issue).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "sig-sc__sig-sc.github.io__content__posts__2020-11-13-seminar@cbc4e6d.md"
PART = "wild44_development"

ITEM = re.compile(r"^\((\d+)\) \d\d:\d\d - \d\d:\d\d$")
TALKS = {5, 24}  # invited lectures
LABEL = "［ポスター講演］"


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 296 and lines[17] == "<pre>" and lines[156] == "</pre>"
    papers = []
    seen = []
    for i, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        assert 18 < i < 157, i
        num = int(m.group(1))
        seen.append(num)
        title, authors = lines[i], lines[i + 1]
        assert title.strip() and ("○" in authors or "〇" in authors), (i, authors)
        assert lines[i + 2] == "", i
        if num in TALKS:
            assert "招待講演］" in title, title
            continue
        if 6 <= num <= 17:
            assert title.startswith(LABEL), title
            title = title[len(LABEL):]
        else:
            assert not title.startswith("［"), title
        papers.append(entry(lines, i, i + 2, title))
    assert seen == list(range(1, 25)), seen
    ref = lines[285]
    assert ref.startswith("菊地伸治，中川博之") and "Vol.25, No.4" in ref
    papers.append(entry(lines, 286, 286, re.search(r"「(.+?)」", ref).group(1)))
    t = {p["line"]: p["title"] for p in papers}
    assert t[24] == "多様な移行元言語からの共通的GPU自動オフロード検討"
    assert t[82] == "こと消費マッチングアプリ「Yattekoh（やってこ～）」"
    assert t[78] == ("Feature Extraction with Triplet Loss to Classify Disease on Leaf Data on Agriculture Using Deep "
                     "Learning")
    assert t[143] == "リアルタイムコラボレーションツールのためのオブジェクト共有サービス"
    assert t[286] == "ニューノーマルな研究会に向けた実証評価報告"
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered research presentation of the <pre> programme (regular talks 1-4, 18-23 and poster talks "
        "6-17) is an entry on its three lines (number/time, title, authors), title = the title line without the "
        "［ポスター講演］ label; the invited lectures (5, 24), prose mentions and report bullets are not entries; the "
        "written-out reference to the society-magazine article (286) is an entry titled by its 「」 text; no ids.",
        "Whole 295-line file read against the -v output: all 24 programme items (numbers 1-24 in order, each "
        "title/author line pair, the two 招待講演 items left out), the poster label removal on 6-17, the English "
        "poster titles 71/79, the 「」 inside title 83, the prose mentions 219/225/261 and the invited-lecture "
        "bullets 202-205 read as non-entries, the magazine reference 286 and its PDF link (no DOI).",
    )


if __name__ == "__main__":
    main()
