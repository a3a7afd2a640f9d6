"""Wild60 truth for seriousran/awesome-qa mds/reference-resolution.md at 13e0b60 (2019-01-24): a Korean/English
sub-page of an "awesome QA" list on reference (coreference) resolution, semantic-role labelling and keyword
extraction; many entries are Korean papers with Korean titles (KIISE journal / conference papers).

Shape: 53 lines.  A doctoc table of contents (3-14, anchor links including Korean headings), ``### EMNLP`` and
``### CoNLL`` notes (16-25, two CoNLL 2018 shared-task links at 24-25), then ``### Papers`` (27-40),
``### 의미역 결정`` (semantic role labelling, 42-45), ``### 키워드 추출`` (keyword extraction, 47-50) and
``### Entity Linking`` (52-53, one sentence).  Each paper is a bullet ``- [<title>](<url>), <authors>``:
``- [포인터 네트워크를 이용한 한국어 대명사 상호참조해결](http://kiise.or.kr/...pdf), 박천음, 이창기`` (28).

Special cases:
- Korean titles with English terms inside (``Bi-directional Multiple Timescale GRU 기반 ...`` 30,
  ``Highway BiLSTM-CRFs 모델을 이용한 ...`` 45).
- Empty links ``[...]()`` (29, 36, 43-45, 49) and bracket-only titles with no link at all (30, 48).
- Some entries have no authors (33, 35); 40 separates authors with `` - `` and adds ``EMNLP, 2017``.
- 31 is a Korean patent (``생략된 문장성분 복원 장치 및 방법``, patents.google.com): not a paper.
- 24-25 under CoNLL link two 2018 shared tasks (task pages, not papers).
- 34 and 39 link delivery.acm.org PDFs whose paths start ``10.1145/1860000/...``; 38 links CiteSeerX with
  ``doi=10.1.1.300.9229`` (a CiteSeer id); 35 links ``mitpressjournals.org/doi/pdf/10.1162/COLI_a_00152``.
  Only 35 writes a real DOI; the helper takes ``10.1145/1860000/1858823/p1396-ng`` (34) and
  ``10.1145/1080000/1073102/p104-ng`` (39) from the ACM file paths, which are not DOIs: set to None by hand.

Decisions:
- Entry = every top-level bullet starting ``- [`` in the sections Papers, 의미역 결정 and 키워드 추출, except the
  patent 31; one line each.  Title = the bracket text (Korean kept as written).
- The shared-task links 24-25, the table of contents and the Entity Linking sentence are not entries.
- DOI: 35 -> 10.1162/coli_a_00152 (from its URL); 34, 39 -> None (set by hand: their URLs hold ACM file
  paths, not DOIs); 38 (CiteSeer id) gets none from the helper.  arXiv: 33 (1612.05310).
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "seriousran__awesome-qa__mds__reference-resolution@13e0b60.md"
PART = "wild60_development"

BULLET = re.compile(r"^- \[(.+?)\](?:\(|,|$)")
SECTIONS = {"### Papers", "### 의미역 결정", "### 키워드 추출"}
PATENT = 31
NOT_DOI = {34, 39}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            inside = ln.strip() in SECTIONS
            continue
        m = BULLET.match(ln)
        if not inside or not m or n == PATENT:
            continue
        p = entry(lines, n, n, m.group(1))
        if n in NOT_DOI:
            p["doi"] = None
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert sorted(by) == [28, 29, 30, 33, 34, 35, 36, 37, 38, 39, 40, 43, 44, 45, 48, 49, 50], sorted(by)
    assert by[28]["title"] == "포인터 네트워크를 이용한 한국어 대명사 상호참조해결", by[28]
    assert by[30]["title"] == "Bi-directional Multiple Timescale GRU 기반 포인터 네트워크를 이용한 상호참조해결", by[30]
    assert by[33]["arxiv"] == "1612.05310", by[33]
    assert by[35]["doi"] == "10.1162/coli_a_00152", by[35]
    assert by[45]["title"] == "Highway BiLSTM-CRFs 모델을 이용한 한국어 의미역 결정", by[45]
    assert by[48]["title"] == "용어 클러스터링을 이용한 단일문서 키워드 추출에 관한 연구", by[48]
    assert by[50]["title"] == "Automatic Keyphrase Extraction: A Survey of the State of the Art", by[50]
    assert sum(1 for p in papers if p["doi"]) == 1
    write_truth(
        NAME,
        PART,
        papers,
        method="Every top-level '- [<title>]...' bullet in the sections Papers, 의미역 결정 and 키워드 추출 is one"
        " paper, one line each, except the Korean patent at 31.  Title = the text in square brackets (Korean titles"
        " as written), whether the link is real, empty '()' or absent.  The CoNLL shared-task links (24-25), the"
        " doctoc table of contents and the Entity Linking sentence are not entries.  DOI set by hand to None for"
        " 34/39 (ACM file paths in the URLs, not DOIs); 35 keeps 10.1162/coli_a_00152.",
        checked="Read the whole file; compared the -v output with every bullet (17 entries), the Korean titles,"
        " empty and missing links, the excluded patent and shared tasks, and the ids the helper takes from the"
        " arxiv.org, mitpressjournals, delivery.acm.org and CiteSeerX URLs.",
    )


if __name__ == "__main__":
    main()
