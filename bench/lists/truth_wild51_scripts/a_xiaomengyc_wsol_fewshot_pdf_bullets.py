"""Wild51 truth for xiaomengyc/Weakly-Supervised-Object-Localization paperlist.md: a researcher's 2018 list of
weakly-supervised localization/segmentation and few-shot / zero-shot learning papers (mostly CVPR 2018).

Version: the newest commit touching the path (c808110, 2018-07-23, "Rename paperlist.md to README.md") renamed the
file away with identical content, so the file is taken at the commit before it (34f6d71, 2018-07-18), the last one
where ``paperlist.md`` exists.

Shape: 47 lines, 4 KB.  ``# Weakly-Supervised-Learning-Paperlist`` (1), ``## CVPR 2018`` (3) with 7 bullets (5-11),
``## IJCAI 2018`` (13) with 2 bullets (15-16), then a second top-level ``# Fewshot Learning`` (20) with 24 bullets
(22-45), trailing blank lines.  Every bullet is ``* Title [PDF](url)``; one adds ``,[Code](url)`` (8), one has a TAB
between the marker and the title (``* \\tLearning Pixel-Level ...`` 9).  PDF links are arXiv ``/pdf/NNNN.NNNNN.pdf``
(most), CVF open-access, IJCAI proceedings, or personal pages.

Special cases:
- 23 ``“Zero-Shot” Super-Resolution using Deep Internal Learning``: the curly quotes are part of the written title
  and are kept.
- 25 ``CLEAR: Cumulative LEARning ...`` odd capitals kept; 11 ``Weakly- and Semi-Supervised`` kept.
- The Fewshot section also holds style-transfer / detection / re-id papers with "shot" in the title (29, 33, 35,
  44, 45): still papers, entries.

Decisions:
- Entry = every ``* `` bullet (33); title = the text between the marker (plus the stray TAB) and `` [PDF]``.
- Not entries: headings.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "xiaomengyc__Weakly-Supervised-Object-Localization__paperlist@34f6d71.md"
PART = "wild51_development"

BULLET = re.compile(r"^\* \t?(?P<title>.+?) \[PDF\]\((?P<url>[^)]+)\)(?:,\[Code\]\([^)]+\))?$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Weakly-Supervised-Learning-Paperlist"
    papers = []
    sections: dict[str, int] = {}
    sec = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            sec = ln.lstrip("# ")
            continue
        if not ln.strip():
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
        sections[sec] = sections.get(sec, 0) + 1
    assert sections == {"CVPR 2018": 7, "IJCAI 2018": 2, "Fewshot Learning": 24}, sections
    t = {p["line"]: p for p in papers}
    assert t[5]["arxiv"] == "1806.04659", t[5]
    assert t[9]["title"].startswith("Learning Pixel-Level Semantic Affinity"), t[9]
    assert t[8]["title"] == "Weakly Supervised Instance Segmentation Using Class Peak Response", t[8]
    assert t[16]["arxiv"] is None, t[16]
    assert t[23]["title"] == "“Zero-Shot” Super-Resolution using Deep Internal Learning", t[23]
    assert t[45]["title"] == "Neural Style Transfer via Meta Networks", t[45]
    assert sum(p["arxiv"] is not None for p in papers) == 26
    assert len(papers) == 33, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* Title [PDF](url)' bullet (CVPR 2018 7, IJCAI 2018 2, Fewshot Learning 24) is an entry (33); title ="
        " the text before ' [PDF]' (a stray TAB after the marker on 9 dropped; the curly quotes of '“Zero-Shot”' 23"
        " kept); headings are not entries.",
        "Read all 47 lines; compared -v for all 33 bullets: the TAB bullet 9, the extra [Code] link 8, the quoted"
        " title 23, odd capitals 25; arXiv ids from the 26 arxiv.org/pdf links, none from the CVF/IJCAI/personal"
        " links (10, 16, 25, 30, 33, 37, 45).",
    )


if __name__ == "__main__":
    main()
