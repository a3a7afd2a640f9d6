"""Wild49 truth for NayeonKeum/TIL read-papers.md: a Korean student's monthly log of the papers, theses and reports
she read in September-October 2021 (urban data, crime hot spots, police "perceived safety", time-series imputation),
newest commit (d60c9b7, 2021-10-28).  A personal reading log inside a TIL ("today I learned") repository.

Shape: 25 lines, 3.4 KB, CRLF line ends, no links at all.  ``### 2021.09`` (1) with four bullets (2-5), a blank
line, ``### 2021.10`` (7) with seventeen bullets (8-24), a final empty line.  Every bullet is one hand-typed Korean
citation, comma separated, in no fixed order of parts: ``- Authors(year), Title, kind/venue, place``.

Special cases:
- The year sits in parentheses glued to the last author (``최성원(2019.8),`` 2, ``정격석 외 3인(2009),`` 10), once
  followed by a period instead of a comma (``임용환, 이창원(2018). ...`` 22), once mistyped ``(20217)`` (20).
- Eight bullets give no year after the authors, so the author part is only known by reading: one author or a team /
  ``X 외 N인`` ("X and N others") (8, 12, 13, 14, 16, 24), two authors (11, 18: the English ``Christopher D. Maxwell,
  Jinseong Cheong``); 24 puts its year after the publisher ``한국전자통신연구원(2019)``.
- 13's title holds a comma of its own (``핫스팟 분석기법: 공간분석의 기초, 최근린군집분석과 국지모란지수의 이해와
  활용``): the part after the comma is the subtitle of the 국토연구원 "알기쉬운 연구방법론" booklet, not a venue.
- Kinds: master's/doctoral theses (2-4, 19), ETRI trend reports (5, 24), an institute review (8), a project report
  (16), methods booklets (13-14) and journal articles; all are research works, all entries.
- Typos kept as written (``한국지리종보학회지`` 10, ``Institue`` 11 are outside the titles anyway).

Decisions:
- Entry = every ``- `` bullet (21); title = the comma part right after the authors (two parts for 13), as written.
- Not entries: the two month headings.
- No ids: the file has no links, DOIs or arXiv numbers.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "NayeonKeum__TIL__read-papers@d60c9b7.md"
PART = "wild49_development"

MONTH = re.compile(r"^### 2021\.(?:09|10)$")
BULLET = re.compile(r"^- (?P<body>.+)$")
YEAR = re.compile(r"^(?P<authors>[^()]+?)\((?P<year>\d{4,5}(?:\.\d{1,2})?)\)[,.] (?P<rest>.+)$")
# bullets whose author part has no "(year)": line -> number of comma parts that are authors
NO_YEAR = {8: 1, 11: 2, 12: 1, 13: 1, 14: 1, 16: 1, 18: 2, 24: 1}
TWO_PART_TITLE = {13}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    months = 0
    for n, ln in enumerate(lines, 1):
        if not ln.strip():
            continue
        if MONTH.match(ln):
            months += 1
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        body = m.group("body")
        y = YEAR.match(body)
        if n in NO_YEAR:
            assert not y, (n, body)
            parts = body.split(", ")
            rest = parts[NO_YEAR[n]:]
        else:
            assert y, (n, body)
            rest = y.group("rest").split(", ")
        k = 2 if n in TWO_PART_TITLE else 1
        title = ", ".join(rest[:k])
        papers.append(entry(lines, n, n, title))
    assert months == 2, months
    t = {p["line"]: p for p in papers}
    assert t[2]["title"] == "생활계폐기물 발생량 결정요인 분석 및 추정모델 개발에 관한 연구", t[2]
    assert t[5]["title"] == "시계열 데이터 결측치 처리 기술 동향", t[5]
    assert t[8]["title"] == "치안 빅데이터 연구 시 분석 단위에 대한 검토", t[8]
    assert t[11]["title"] == "CPTED기법을 통한 모니터링 시스템 설치위치 시각화 결정법", t[11]
    assert t[13]["title"] == "핫스팟 분석기법: 공간분석의 기초, 최근린군집분석과 국지모란지수의 이해와 활용", t[13]
    assert t[18]["title"] == (
        "Finding Crime Hot Spots in a Midsized Midwestern City in North America: Physical Disorder as a Proxy"
        " Measure for Underlying Population at Risk"), t[18]
    assert t[20]["title"] == "체감안전 영향요인 분석 및 개선에 대한 연구", t[20]
    assert t[22]["title"] == "우리나라 치안정책의 변동요인에 관한 연구", t[22]
    assert t[24]["title"] == "지능형 치안 서비스 기술 동향", t[24]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- ' bullet under the two month headings (2-5, 8-24) is an entry (21 Korean hand-typed citations:"
        " theses, reports, booklets, articles); title = the comma part right after the authors, the authors ending"
        " at the '(year)' glued to the last author, or, where no year follows them (8, 11-14, 16, 18, 24), after"
        " one or two comma parts read by hand; 13's title keeps its own comma (subtitle). No ids in the file.",
        "Read all 25 lines and compared -v for all 21 bullets: year-glued author parts incl. '(2018).' with a"
        " period (22) and the typo '(20217)' (20); the eight year-less author parts (team 8, two authors 11 and"
        " 18, 'X 외 N인' 12/16/24, one author 13/14); 13's two-part title; venue/affiliation/series parts after"
        " the title left out; no links anywhere, so no arXiv/DOI.",
    )


if __name__ == "__main__":
    main()
