"""Wild57 truth for shjang2020/Recommendation Paper/README.md: a Korean-language reading log of a recommender-systems
study repository ("📗 Paper": 추천 시스템 및 관련 분야의 논문을 읽고 리뷰하며 구현하는 공간입니다), newest commit
(fb17456).

Shape: 28 lines, two GitHub tables with Korean headers whose title column is in a DIFFERENT position:
- 7-13 "📖 논문 목록" (papers read): ``| 분야 | 발행일 | 제목 | 리뷰 | 구현 |``; the title (column 3) is plain text, the
  links are a Notion review page and a local implementation folder (바로가기) or ``-``.
- 17-28 "앞으로 읽을 논문 리스트" (to read): ``| 분야 | 논문 제목 | 발행연도 | 원문 링크 |``; the title is column 2, the
  last column links the original (원문) PDF, mostly arxiv.org/pdf.

Special cases:
- Row labels in Korean (추천시스템, 현대적/실무적 방법론 논문, 최신 트렌드 및 멀티모달/LLM 논문) are topics, not titles.
- 13: ``Deep Residual Learning for Image Recognition (ResNet)``: the parenthesised model nickname is not part of the
  title.
- 10: the title has a spaced colon, ``Finding Users Who Act Alike : Transfer Learning for ...``: kept as written.
- 25: the title ends with a question mark: kept.
- 9-13 carry no arXiv/DOI (Notion and local links only); 20-28 get arXiv ids from the arxiv.org/pdf links
  (e.g. 20 -> 1904.06690, 24 -> 2312.00752); 19 links a Google PDF.

Decisions:
- Entry = every table data row (15 entries, one line each); header and separator rows are not entries.
- Title = the cell under 제목 (first table) or 논문 제목 (second table), without the ``(ResNet)`` nickname.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "shjang2020__Recommendation__Paper__README@fb17456.md"
PART = "wild57_development"


def cells(ln: str) -> list[str]:
    return [c.strip() for c in ln.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    col = None
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            col = None if not ln.strip() or ln.startswith("#") else col
            continue
        c = cells(ln)
        if "제목" in c:
            col = c.index("제목")
            continue
        if "논문 제목" in c:
            col = c.index("논문 제목")
            continue
        if re.fullmatch(r"[:\-| ]+", ln.strip()):
            continue
        assert col is not None, n
        title = re.sub(r"\s*\(ResNet\)$", "", c[col])
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 15, len(papers)
    assert sorted(by) == list(range(9, 14)) + list(range(19, 29)), sorted(by)
    assert by[9]["title"] == "Matrix Factorization Techniques for Recommender Systems", by[9]
    assert by[10]["title"] == (
        "Finding Users Who Act Alike : Transfer Learning for Expanding Advertiser Audiences"
    ), by[10]
    assert by[13]["title"] == "Deep Residual Learning for Image Recognition", by[13]
    assert by[19]["title"] == "Deep Neural Networks for YouTube Recommendations" and by[19]["arxiv"] is None, by[19]
    assert by[20]["arxiv"] == "1904.06690", by[20]
    assert by[24]["title"] == "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", by[24]
    assert by[24]["arxiv"] == "2312.00752", by[24]
    assert by[25]["title"] == "Why Larger Language Models Do In-context Learning Differently?", by[25]
    assert by[28]["arxiv"] == "2403.04132", by[28]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every data row of the two Korean tables is one entry (9-13 papers read, 19-28 papers to read).  Title"
        " = the cell of the title column, which is column 3 (제목) in the first table and column 2 (논문 제목) in the"
        " second; the '(ResNet)' nickname after one title is dropped.  Topic cells, years, Notion/local/원문 links are"
        " not part of the title.",
        checked="Read the whole file; compared all 15 rows of the -v output with the file: titles from the right column"
        " in both tables, the spaced colon at 10, the nickname at 13, the question mark at 25, no ids for 9-13 and"
        " 19, arXiv ids of the arxiv.org/pdf links at 20-28.",
    )


if __name__ == "__main__":
    main()
