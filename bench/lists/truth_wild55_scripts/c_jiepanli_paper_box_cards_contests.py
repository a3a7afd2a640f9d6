"""Wild55 truth for Henryjiepanli/Jiepanli_Henry.github.io _pages/about.md: the home page of Jiepan Li (remote
sensing, Wuhan University LIESMARS), an AcadHomepage-style Jekyll personal site whose about page carries the
publication list, newest commit touching it (76f4ea8, 2026-06-25).

Shape: 401 lines.  Front matter (1-9), Liquid ``{% assign %}`` lines for Google Scholar stats (11-16), a bio
paragraph (20), ``# 📝 Selected Publications`` (23) with ``## General Visual Interpretation`` (25) and
``## Multi-Temporal/Modal Visual Interpretation`` (100), then ``# 🎖 Contests`` (239), ``# 🧑‍🎓Awards and Honors``
(350, bullets with a Chinese translation line each), ``# 🐅Academic Service`` (394) and ``# 📖 Educations`` (398).
Every publication is an HTML card: ``<div class='paper-box'><div class='paper-box-image'>...<div class="badge">Topic
</div><img ...></div></div>`` on one line, ``<div class='paper-box-text' markdown="1">``, a blank line, the title as a
Markdown link ``[Title](url)``, the authors (owner in bold, 134-138 wrapped over five lines with IEEE member grades,
152-153 with LaTeX ``~`` ties), the venue line with bold impact-factor notes and ``[**Code**](...)`` links, two
``- **Introduction**:`` / ``- **Key words**:`` bullets, then ``</div>`` and ``</div>``.

Special cases:
- 104: the title is plain text, not a link (a submitted paper).
- 166: a Chinese title linked to its DOI page, followed by its English translation in parentheses
  ``(Pre-Disaster Building Footprint–Guided ...)``; the venue is ``Chinese Journal of Aeronautics (航空学报)``.
- 88 links to arXiv HTML (``arxiv.org/html/2403.02746v1``); 44 and 166 link to DOIs; the others to IEEE Xplore or
  ScienceDirect.
- The Contests section (240-348) uses the very same card markup for ten competition results (``[We ranked first
  in ...](...)``, ``[Sixth Place in ...](...)``): not papers.

Decisions:
- Entry = each ``paper-box`` card of the Selected Publications section (27-236): 5 + 9 = 14; span = the card's first
  line through its second closing ``</div>``.  The contest cards, awards, service and education items are not papers.
- Title = the link text of the first non-blank line after ``paper-box-text`` (the line itself for 104); the English
  translation in parentheses after the Chinese title (166) is not part of the title.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "Henryjiepanli__Jiepanli_Henry.github.io___pages__about@76f4ea8.md"
PART = "wild55_development"

LINK = re.compile(r"^\s*\[(?P<title>[^\]]+)\]\([^)]*\)")


def main() -> None:
    lines = read_lines(NAME)
    contests = lines.index("# 🎖 Contests") + 1
    assert contests == 239, contests
    papers = []
    for n, ln in enumerate(lines[:contests], 1):
        if not ln.startswith("<div class='paper-box'>"):
            continue
        assert lines[n].startswith("<div class='paper-box-text'"), (n, lines[n])
        t = n + 1
        while not lines[t].strip():
            t += 1
        m = LINK.match(lines[t])
        title = m.group("title") if m else lines[t].strip()
        end = n + 1
        while not (lines[end - 1] == "</div>" and lines[end] == "</div>"):
            end += 1
        papers.append(entry(lines, n, end + 1, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 14, len(papers)
    assert sum(1 for p in papers if p["line"] < 100) == 5
    assert (by[27]["end"], by[27]["title"]) == (
        39, "Toward Complex Backgrounds: A Unified Difference-Aware Decoder for Binary Segmentation"), by[27]
    assert by[41]["doi"] == "10.1016/j.isprsjprs.2026.01.010", by[41]
    assert by[85]["arxiv"] == "2403.02746", by[85]
    assert by[101]["title"] == ("Toward Rapid Flood Mapping Anywhere via Geographically Conditioned Cross-modal"
                                " Inference"), by[101]
    assert by[163]["title"] == "灾前建筑物掩码引导的航天遥感建筑物受损变化检测方法", by[163]
    assert by[163]["doi"] == "10.7527/s1000-6893.2025.32845", by[163]
    assert (by[223]["end"], by[223]["title"]) == (
        236, "Overcoming the Uncertainty Challenges in Flood Rapid Mapping with Multi-Source Optical Data"), by[223]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every HTML 'paper-box' card under '# Selected Publications' (27-236) is an entry, spanning the card's"
        " first line to its second closing </div>; the identical cards under '# Contests' (competition results),"
        " the awards, service and education bullets are not.  Title = the link text of the first non-blank line"
        " after the paper-box-text div (plain line at 104); the parenthesised English translation after the Chinese"
        " title at 166 is left out.",
        checked="Compared -v with all 14 cards: spans (27-39 ... 223-236, the five-line author list 134-138), the"
        " unlinked title 104, the Chinese title with translation 166, the arXiv id from the arXiv HTML link (88),"
        " the DOIs at 44 and 166, and that no contest card (240-348) is counted.",
    )


if __name__ == "__main__":
    main()
