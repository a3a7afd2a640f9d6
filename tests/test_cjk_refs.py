"""References written the Japanese and Korean way (zoterodigest.digest.generic.cjk_refs): the names end where a
full stop, a year in brackets or a date says so, and the title is the field after them."""

from __future__ import annotations

import pytest

from zoterodigest.digest.generic.references import parse_reference


@pytest.mark.parametrize(("text", "title"), [
    # a date between the names and the title; the page owner's name marked, equal contributions starred
    ("磯野真之介, <ins>梶川梟平</ins>. 2026/03. 大規模言語モデルの衝撃を生き残るフクロウ理論を考える. *言語処理学会第32回年次大会*, pp.439-443.",
     "大規模言語モデルの衝撃を生き残るフクロウ理論を考える"),
    ("<ins>梶川梟平</ins>\\*, 磯野真之介\\*, 浅原正幸. 2025/03. CCGによる日本語フクロウデータのモデリング. *言語処理学会第31回年次大会*",
     "CCGによる日本語フクロウデータのモデリング"),
    # Korean: a year in brackets closes the names, one name or several, "외 3인" (and three others) among them
    ("최부엉(2019.8), 생활계 올빼미 발생량 결정요인 분석에 관한 연구, 공학석사 학위논문, 서울시립대학교", "생활계 올빼미 발생량 결정요인 분석에 관한 연구"),
    ("정격석 외 3인(2009), 공간통계기법을 이용한 올빼미 패턴 분석, 한국지리정보학회지 12권 1호", "공간통계기법을 이용한 올빼미 패턴 분석"),
])
def test_the_title_follows_the_names(text: str, title: str) -> None:
    ref = parse_reference(text)
    assert ref is not None and text[ref.title[0] : ref.title[1]] == title


def test_a_korean_year_in_brackets_is_the_year() -> None:
    text = "최부엉(2019.8), 생활계 올빼미 발생량 결정요인 분석에 관한 연구, 공학석사 학위논문"
    ref = parse_reference(text)
    assert ref is not None and ref.year == 2019
