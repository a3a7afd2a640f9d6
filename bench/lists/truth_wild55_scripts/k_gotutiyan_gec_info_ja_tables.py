"""Wild55 truth for gotutiyan/GEC-Info-ja README.md: a Japanese-language bibliography of grammatical error correction
(GEC) literature published in Japan -- mostly 言語処理学会 (NLP) annual-meeting papers, 情報処理学会 SIG reports and the
journal 自然言語処理 -- newest commit 5d67ec1 (2025-04-17, "NLP2025 WS").

Shape: 330 lines, 33 KB, all prose Japanese.  ``# 目的`` (1-7), ``# 目次`` (9-39, links to anchors), then H1 sections by
target language (``# 英語を対象とするもの`` 53, ``# 日本語を対象とするもの`` 195, Chinese 268, Russian 275, Spanish 281,
multilingual 287, ``# 関連タスク`` 293) with ``###`` subsections (評価尺度, モデル, データセット, ...).  Each subsection is a
table ``|キーワード/概要|Year|論文|査読|Note|`` whose rows are ``||2017|[Japanese title](pdf or CiNii/J-STAGE url)|有|
[スライド](...)|``: an optional keyword cell (``KJコーパス`` 114), year, the linked title, ``有`` when peer reviewed, notes
(slides, posters, ``ロシア語の実験もあり``).  Most titles are Japanese; some are English (104, 162, 209, 238, 299, 312-313).
Other tables: ``# まとめ・サーベイなど`` (43-45, ``|タイトル|リンク|Note|``, title as plain text and ``[[website]] [[pdf]]``
links), ``# チュートリアル`` (49-51, a SpeakerDeck slide deck), ``# プロジェクト・企画など`` (317-319, an Advent calendar),
``# 解説記事・学会記事など`` (323-328, ``|[title](J-STAGE url)|2020||``: journal commentary articles), ``# 書籍`` (330, empty).

Special cases:
- 45 ``私のブックマーク 「自然言語処理による文法誤り訂正」`` is a column in the JSAI journal (J-STAGE pdf): an entry, title
  as written, plain text (not linked).
- 148 ``英語校正  「Project Next英文校正タスク: ...」`` and 239 ``日本語校正「Project Next日本語校正タスク」`` are Project Next
  NLP task reports (Google Docs links): entries, title = link text as written (the double space after
  ``英語校正`` comes out single).
- 164 ``NLP2025ワークショップ LLM時代のことばの評価の現在と未来 文法誤り訂正部門`` links a workshop shared-task site, the
  tutorial 51 is a slide deck, 319 an Advent calendar: not entries.
- 153 starts with the CJK radical ``⽂`` (U+2F42), not ``文``: kept as written.
- 80-81 link the same NLP2013 proceedings index page; 68, 100, 107, 152, 164 have extra or cut-off cells.
- No arXiv ids or DOIs appear (J-STAGE article URLs carry no DOI).

Decisions:
- Entry = each row of the ``論文`` tables (both paper tables of every subsection), the survey row 45 and the four
  commentary-article rows 325-328; not the tutorial, project and workshop rows.
- Title = the link text of the title cell (45: the plain cell text).
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "gotutiyan__GEC-Info-ja__README@5d67ec1.md"
PART = "wild55_development"

ROW = re.compile(r"^\|[^|]*\|(?P<year>\d{4})\|\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)")
ARTICLE = re.compile(r"^\|\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)\|(?P<year>\d{4})\|")
NOT_PAPERS = {164, 319}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[40] == "# まとめ・サーベイなど" and lines[320] == "# 解説記事・学会記事など", (lines[40], lines[320])
    papers = [entry(lines, 45, 45, lines[44].split("|")[1].strip())]
    skipped = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln) or ARTICLE.match(ln)
        if not m:
            continue
        if n in NOT_PAPERS:
            skipped.append(n)
            continue
        papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert skipped == sorted(NOT_PAPERS), skipped
    assert 51 not in by, by.get(51)
    assert len(papers) == 148, len(papers)
    assert by[45]["title"] == "私のブックマーク 「自然言語処理による文法誤り訂正」", by[45]
    assert by[59]["title"] == "文法誤り訂正のためのリファレンスレス評価", by[59]
    assert by[64]["title"] == "IMPARA: パラレルデータにおける修正の影響度に基づいた文法誤り訂正の自動評価法", by[64]
    assert by[104]["title"] == "L1-aware Grammatical Error Correction via Multitasking with Native Language Estimation"
    assert by[114]["title"] == "文法誤り情報および品詞／句情報付き英語学習者コーパスの構築", by[114]
    assert by[148]["title"] == "英語校正 「Project Next英文校正タスク: 前置詞誤りを対象とした誤り分析」", by[148]
    assert by[153]["title"] == "\u2f42法誤り訂正における反復訂正の効果検証", by[153]
    assert by[299]["title"].startswith("Automated Essay Rewriting (AER): Grammatical Error Correction"), by[299]
    assert by[328]["title"] == "Exploring Methods for Generating Feedback Comments for Writing Learning", by[328]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries: every row '||year|[title](url)|査読|Note|' of the per-language/per-topic 論文 tables (59-313),"
        " the survey row 45 (plain-text title) and the commentary-article rows '|[title](url)|year||' 325-328; the"
        " tutorial slide deck 51, the workshop shared-task row 164 and the Advent-calendar row 319 are not.  Title ="
        " the link text of the title cell (Japanese or English as written).",
        checked="Listed every table row of the file and compared -v: all subsections from 評価尺度 to 解説文生成, the keyword"
        " cell 114, the cut/extra cells 68/100/107/152, the Project Next rows 148/239, the radical 153, the English"
        " titles, the three excluded rows, and that no row carries an arXiv id or DOI.",
    )


if __name__ == "__main__":
    main()
