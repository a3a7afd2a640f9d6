"""Wild56 truth for pnu-viplab/pnu-viplab.github.io publication.md: the publication page of the Visual Intelligence
and Perception lab (Jinsun Park, Pusan National University), a Jekyll site, taken at ad4abe7 (2025-12-12), the last
commit where the list is hand-written in the Markdown file.  The newest commit (be69259, 2026-02-26) replaces the
whole page with a ``<div id="pub-container">`` filled by JavaScript from ``_data/publication.yml``.

Shape: 760 lines.  Front matter (1-4), centred anchor links to the three sections (11-15), then:
- ``## International Journals & Conferences`` (21) and ``## Other International Publications`` (408), each with
  ``### <year>`` headings; one paper per block: a kramdown image with an IAL
  ``![AAAI26_OceanSplat_Teaser](../assets/img/...png){:style="float: left; ..."}``, the title as a whole line
  ``__Title__`` (two trailing spaces = hard break), an authors line ``<span style="font-size: smaller;">__Minseong
  Kweon__ and __Jinsun Park__</span>``, a venue line ``<span ...>*... (__AAAI__), Jan __2026__*</span>``, optional
  award spans, ``[\\[Paper\\]](url){:target="_blank" ...}`` / ``[\\[Project Page (Code)\\]]`` links or a grey
  ``<span style="color:gray;">[Paper]</span>``, commented-out ``[\\[Bibtex\\]]`` links, and a ``<br><br><br><br>``
  line that closes the block.  37 international + 4 other international blocks.
- ``## Domestic Publications`` (463): Korean papers in HTML tables (one ``<table>`` per year, ``### 2025`` 466,
  ``### 2024`` 595, ``### 2023`` 674, ``### 2021`` 742); one ``<tr width="100%">`` per paper with the Korean title in
  ``<span style="font-size: bigger; font-weight: bold">...</span>`` in the left cell and authors (Korean names) and
  venue (e.g. ``전자공학회논문지``, ``대한전자공학회 하계학술대회``) in the right cell; rows are separated by empty
  ``<!-- -->`` comments.  26 rows.

Special cases:
- Titles mix Korean and English words (``Superpixel을 이용한 카메라-라이다 외부 파라미터 캘리브레이션``,
  ``멀티 모달 3차원 객체 탐지를 위한 Bird’s Eye View Non-local Fuser`` with a curly apostrophe): kept as written.
- The ``__...__`` bold markup is also used for author names and venue abbreviations inside spans; only whole-line
  ``__Title__`` lines are titles.
- "To The Top" centred links and ``---`` rules between sections name no papers.
- No DOI or arXiv id is written as text; three Paper links go to arXiv (155, 300, 321) and three carry a DOI in the URL
  (46 ``dl.acm.org/doi/10.1145/...``, 185 ``doi.org/10.1364/OE...``, 224 a Springer ``link.springer.com/article/10.1007/
  s11263-...`` link); the helper takes them from the spans.

Decisions:
- Entry = each international/other-international block (span = the image line through the ``<br><br><br><br>`` line)
  and each domestic table row (span = ``<tr width="100%">`` through ``</tr>``): 41 + 26 = 67 entries.
- Title = the text between the ``__`` of the title line; for domestic rows the bold span text.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "pnu-viplab__pnu-viplab.github.io__publication@ad4abe7.md"
PART = "wild56_development"

TITLE = re.compile(r"^__(?P<t>.+)__  $")
ROW = re.compile(r'^\s*<tr width="100%">\s*$')
KTITLE = re.compile(r'<span style="font-size: bigger; font-weight: bold">(?P<t>[^<]+)</span>')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = TITLE.match(ln)
        if m:
            assert lines[n - 2].startswith("!["), (n, lines[n - 2])
            e = n
            while not lines[e - 1].startswith("<br><br>"):
                e += 1
            papers.append(entry(lines, n - 1, e, m.group("t")))
        elif ROW.match(ln):
            e = n
            while "</tr>" not in lines[e - 1]:
                e += 1
            k = KTITLE.search("\n".join(lines[n - 1 : e]))
            assert k, n
            papers.append(entry(lines, n, e, k.group("t").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 67, len(papers)
    assert sum(1 for p in papers if p["line"] < 463) == 41
    assert by[27]["title"] == (
        "OceanSplat: Object-aware Gaussian Splatting with Trinocular View Consistency for Underwater Scene"
        " Reconstruction"
    ), by[27]
    assert (by[27]["line"], by[27]["end"]) == (27, 32), by[27]
    assert by[391]["title"] == "Accurate Depth Map Estimation from a Lenslet Light Field Camera", by[391]
    assert by[425]["title"] == "Real-time Demonstration of Collaborative Localization of a Swarm of Connected Vehicles"
    assert (by[425]["line"], by[425]["end"]) == (425, 432), by[425]
    assert by[470]["title"] == "부위별 의미적 속성을 이용한 키포인트 기반 개인 재식별", by[470]
    assert (by[470]["line"], by[470]["end"]) == (470, 478), by[470]
    assert by[746]["title"] == "이미지 매팅 경량화를 위한 지식 증류 기반 채널 프루닝", by[746]
    assert any(p["title"] == "멀티 모달 3차원 객체 탐지를 위한 Bird’s Eye View Non-local Fuser" for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="International and other-international papers are blocks of an image line with a kramdown IAL, a"
        " whole-line '__Title__' (title = text between the double underscores), author and venue <span> lines, links"
        " and a closing '<br><br><br><br>' line (span = image line through that line).  Domestic (Korean) papers are"
        " HTML table rows '<tr width=\"100%\">' ... '</tr>' whose left cell holds the title in a bold <span>.",
        checked="Read the whole file and compared the -v output for all 67 entries: 41 international/other blocks"
        " (title lines, spans from the image to the <br> line, award and grey [Paper] lines inside) and all 26 Korean"
        " table rows with their mixed Korean/English titles; section links, 'To The Top' links and year headings"
        " are not entries.",
    )


if __name__ == "__main__":
    main()
