"""Wild61 truth for kakao/recoteam README.md at bfa1aa4 (2025-05-29): the Korean home page of Kakao's
recommendation team ("카카오 추천팀"): team intro, hiring problems, open-source projects, then a long
"발행 문서, 발표 영상 자료 모음" section of dated links, of which only one sub-section lists research papers.

Shape: 150 lines.  ``# 카카오 추천팀`` (1); ``## 소개`` (3), ``## 영입 지원 링크`` (15), ``## 영입 기출 문제`` (19),
``## 오픈소스`` (27, three repos), ``## 지식 저장소 (논문 리뷰)`` (35), ``## 발행 문서, 발표 영상 자료 모음`` (41) with
``### 테크 블로그 / AI 리포트`` (45: Korean blog posts ``- `2022-06-17` [title](url)``), ``### 논문`` (66: the
papers), ``### if(kakao)`` (82: conference talks by year), ``### 카카오 아레나`` (125: blog posts) and
``### 외부 발표`` (142: external talks).

Special cases:
- Only the 13 bullets under ``### 논문`` (68-80) are papers: ``- [<title>](<url>) (<venue>)``, no date
  code span.  Every other bullet in the file is a repo, a blog post, a talk or a slide deck (most with a
  ```YYYY-MM-DD``` code span and Korean titles) and is not an entry, even when its title sounds like a
  paper (113 ``Buffalo: Open Source Project for Recommender System`` is a conference talk).
- Paper links go to doi.org (68), dl.acm.org/doi (70), a PLOS metrics page carrying the DOI in ``id=`` (75),
  arXiv abs pages (73, 74, 76, 77, 79), IEEE, AAAI, IJCAI and KDD Cup pdfs.
- The list is short (13 papers) but sits among ~50 non-paper links; it is kept for that contrast.

Decisions:
- Entry = each ``- [..](..)`` bullet between ``### 논문`` and the next heading; one line each.
- Title = the link text; the venue in parentheses is not part of it.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "kakao__recoteam__README@bfa1aa4.md"
PART = "wild61_development"

BULLET = re.compile(r"^- \[(.+?)\]\((\S+?)\)\s*\((.+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            inside = ln.strip() == "### 논문"
            continue
        if not inside or not ln.strip():
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 13, len(papers)
    assert min(by) == 68 and max(by) == 80, (min(by), max(by))
    assert by[68]["title"] == "How Important is Periodic Model Update in Recommender Systems?", by[68]
    assert by[68]["doi"] == "10.1145/3539618.3591934", by[68]
    assert by[73]["title"] == (
        "Melon Playlist Dataset: a public dataset for audio-based playlist generation and music tagging"
    ), by[73]
    assert by[73]["arxiv"] == "2102.00201", by[73]
    assert by[77]["title"] == "Enhancing VAEs for Collaborative Filtering: Flexible Priors & Gating Mechanisms"
    assert by[80]["title"] == "A study on intelligent personalized push notification with user history"
    for n in (49, 60, 66, 89, 113, 127, 150):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Only the bullets of the '### 논문' sub-section are papers (13, lines 68-80), one line each:"
        " '- [<title>](<url>) (<venue>)'.  Title = the link text without the venue.  All other bullets"
        " (open-source repos, Korean tech-blog posts, if(kakao) talks, Kakao Arena posts, external talks) are"
        " not research papers and not entries.",
        checked="Read the whole README; compared the 13 paper bullets' titles, DOIs and arXiv ids with the -v"
        " output and confirmed that none of the ~50 dated blog/talk bullets (45-64, 82-150) became an entry.",
    )


if __name__ == "__main__":
    main()
