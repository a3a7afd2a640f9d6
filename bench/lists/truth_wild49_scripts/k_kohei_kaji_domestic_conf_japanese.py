"""Wild49 truth for kohei-kaji/kohei-kaji.github.io _pages/domestic-conf.md: the Japanese-language page of a
computational psycholinguist's academic site listing his domestic (Japanese) conference papers and other
presentations, newest commit (bc67b67, 2026-06-02, the file's only commit: the list was moved here out of
``_pages/jp.md``).

Shape: 44 lines, 5 KB.  Front matter (1-8, ``title: "国内学会"``), then two setext sections: ``国内学会`` /
``------`` (11-12) with ten ``1. `` items (13-32), and ``その他発表`` / ``------`` (35-36) with five items (37-44).
Every item is written in Japanese citation order: ``1. AUTHORS. YYYY/MM[/DD]. TITLE. *VENUE*, pp.x-y, CITY.``;
the site owner is underlined with ``<ins>梶川康平</ins>``, equal contribution marked by escaped ``\\*`` after names
with a trailing note ``（\\*は同等の貢献を表す）``, awards follow as ``[🏆**委員特別賞**](url).``, and most items
continue on a second line of bracketed links ``[[pdf](...)] [[poster](...)] [[slides](...)]``.  In ``その他発表``
the venue is a link (``[言語学フェス2026](https://sites.google.com/...)``, ``[第256回NINJALサロン](...)``,
``[Encouraging Workshop on Formal Linguistics 8 (EWFL8)](...)``) and the date has a day.

Special cases:
- Titles end with a full stop after ``？`` or ``?`` (``統語情報は脳情報デコーディングに寄与するのか？.``,
  ``言語の起源はコミュニケーションか?：計算心理言語学の観点から.``); the ``？``/``?`` stays in the title.
- Title 21 contains a Japanese comma ``、`` and 41 a ``：`` subtitle; both kept.
- 15 and 31 carry ``\\*`` equal-contribution marks in the author list; not title text.

Decisions:
- Entry = every ``1. `` item of both sections (15): the ten domestic conference papers and, because this page is
  the author's record of his own presentations (posters at 言語学フェス, a NINJAL salon talk, a workshop talk), the
  five ``その他発表`` items too (said so here); each spans its item line and the following ``[[...]]`` link line.
- Title = the text between the ``YYYY/MM[/DD].`` date and the ``. `` before the venue (``*`` or ``[``).
- No arXiv or DOI links (anlp.jp / ls-japan.org PDFs): ids are None.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "kohei-kaji__kohei-kaji.github.io___pages__domestic-conf@bc67b67.md"
PART = "wild49_development"

ITEM = re.compile(
    r"^1\. (?P<authors>.+?)\. (?P<date>\d{4}/\d\d(?:/\d\d)?)\. (?P<title>.+?)\. (?P<venue>[*\[].+)$"
)
LINKS = re.compile(r"^\[\[(?:pdf|poster|slides)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[10:12] == ["国内学会", "------"] and lines[34:36] == ["その他発表", "------"]
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("1. "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        assert "梶川康平" in m.group("authors"), (n, m.group("authors"))
        end = n
        while end < len(lines) and LINKS.match(lines[end]):
            end += 1
        papers.append(entry(lines, n, end, m.group("title")))
    assert len(papers) == 15, len(papers)
    assert [p["line"] for p in papers][:10] == [13, 15, 17, 19, 21, 23, 25, 27, 29, 31]
    t = {p["line"]: p for p in papers}
    assert (t[13]["title"], t[13]["end"]) == ("大規模言語モデルの衝撃を生き残る統語理論を考える", 14), t[13]
    assert t[15]["title"] == "CCGによる日本語脳波データのモデリング", t[15]
    assert t[19]["title"] == "統語情報は脳情報デコーディングに寄与するのか？", t[19]
    assert t[21]["title"] == "アテンションが記憶想起の認知モデルたりうるならば、記憶の表現としては何が妥当か？", t[21]
    assert t[39]["title"] == "言語の起源はコミュニケーションか?：計算心理言語学の観点から", t[39]
    assert (t[41]["title"], t[41]["end"]) == ("統語変換は文化進化から生じるのか？：等位接続構造での検討", 41), t[41]
    assert (t[43]["title"], t[43]["end"]) == ("CCGによる日本語文処理のモデリング", 44), t[43]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '1. ' item is an entry (15): the ten papers under '国内学会' (13-32) and the five items under"
        " 'その他発表' (37-44; posters/talks, counted because the page is the author's own presentation record),"
        " each spanning its line and the next '[[pdf]/[poster]/[slides]]' link line; title = the text between the"
        " 'YYYY/MM[/DD].' date and the '. ' before the venue ('*venue*' or '[venue](url)'), a closing '？'/'?' kept.",
        "Read all 44 lines; compared -v for all 15 items: titles with '？'/'?' before the final full stop (19, 21,"
        " 27, 39, 41, 42), the '、' in 21 and '：' subtitles in 39/41, author lists with <ins> and '\\*' marks"
        " (15, 31), award links after the venue (15, 17, 25, 27), spans including the link line (items 41 and 42"
        " have none); no arXiv/DOI ids.",
    )


if __name__ == "__main__":
    main()
