"""Wild54 truth for jianboqi/jianboqi.github.io publications.md: the publication page of the LESS 3D radiative
transfer model (remote sensing; Jianbo Qi's Jekyll site), newest commit (ffdbab4, 2025-09-10).  Two lists: papers on
LESS by the LESS team, then papers by others that used LESS, by year.

Shape: 427 lines, 44 KB.  YAML front matter (1-6), a ``<style>`` block (10-55), a kramdown ``{:toc}`` marker whose
bullet `` * Do not remove this line (it will not be displayed)`` (57) is not an entry.
``### Publications related to LESS by LESS team members`` (62), then ten HTML "cards" (64-202), each a
``<table>`` ... ``</table>`` of 13 lines: an image cell, then a ``<ul>`` whose first ``<li><h5>TITLE</h5></li>``
holds the title, then authors, ``Venue, Year`` and badge spans ``Paper`` / ``Code`` (the Paper href is the link:
ScienceDirect pii, doi.org or spj.science.org/doi).  Then eight ``* Authors, Year. [Title](url). Venue ...``
bullets (204-221) of the same team, among them 217 with an HTML ``<a href=...>Title </a>`` and 210/221 in Chinese.
``### Publications and reasearches that have used LESS`` (224) with ``#### 2025`` ... ``#### 2018`` headings
(226-426) and 95 more one-line bullets of the same shape (APA-like, authors first, title as the link text,
venue and often a bare ``https://doi.org/...`` after).

Special cases:
- 279 (Chinese) has no link at all: ``* 尚可, ..., 2024. 从BRDF到BPDF:遥感反演基础模型的演进初探. 中国科学:...``; title = the
  text between the year and the venue.
- 327: the link text stops one letter early, ``[... hyperspectral LiDA](url)R.``; the written (rendered) title is
  ``... LiDAR``, so the ``R`` after the link is put back.
- 331 and 415: the venue sits inside the link text (``[... Maize in the Field. IEEE Transactions on Geoscience and
  Remote Sensing 61, 1–28](url)``, ``[... Grassland. Remote Sensing 12, 3391](url)``); the venue part is dropped.
- 206: the link text ends with a period (``Disturbances.``), tidied away; 217's HTML link text ends with a space.
- Leading space inside some URLs (``]( https://doi.org/...)``, 263, 287, 405); no year (347), ``n.d.`` (424), a
  full date ``20210526`` (411).  Ids come from the DOI links or the bare trailing ``https://doi.org/...``; ScienceDirect
  pii, MDPI, IEEE Xplore and ResearchGate links give none.
- Chinese titles (210, 221, 279, 367, 411) are kept as written.

Decisions:
- Entry = each HTML card (its ``<table>``..``</table>`` lines, title = the ``<h5>`` text) and each ``* `` bullet
  from line 204 on (one line; title = the link text, or the HTML anchor text for 217, or the plain sentence for 279).
- Not entries: the TOC marker bullet (57), headings, the style block.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "jianboqi__jianboqi.github.io__publications@ffdbab4.md"
PART = "wild54_development"

H5 = re.compile(r"^\s*<li><h5>(?P<title>.+)</h5></li>$")
MDLINK = re.compile(r"\[(?P<title>[^\]]+)\]\( ?https?://[^)\s]+\)(?P<after>\S*)")
ALINK = re.compile(r'<a href="[^"]+">(?P<title>[^<]+)</a>')
VENUE_IN_LINK = re.compile(r"\. (?:IEEE Transactions on Geoscience|Remote Sensing 12, 3391).*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = None
    title = None
    n_cards = 0
    for n, ln in enumerate(lines, 1):
        if ln.startswith("<table "):
            start, title = n, None
            continue
        if start is not None:
            m = H5.match(ln)
            if m:
                title = m.group("title")
            if ln == "</table>":
                assert title, (start, n)
                papers.append(entry(lines, start, n, title))
                n_cards += 1
                start = None
            continue
        if not ln.startswith("* ") or n < 200:
            continue
        m = MDLINK.search(ln)
        if m:
            t = m.group("title")
            if m.group("after") == "R.":  # 327: '[... LiDA](url)R.'
                t += "R"
            t = VENUE_IN_LINK.sub("", t)
        elif ALINK.search(ln):
            t = ALINK.search(ln).group("title")
        else:
            m2 = re.match(r"^\* .*?, 2024\. (?P<title>[^.]+)\. 中国科学", ln)
            assert m2, (n, ln)
            t = m2.group("title")
        papers.append(entry(lines, n, n, t))
    assert n_cards == 10, n_cards
    assert len(papers) == 113, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[64]["title"] == ("LESS: LargE-Scale remote sensing data and image simulation framework over heterogeneous"
                              " 3D scenes"), t[64]
    assert (t[64]["end"], t[64]["doi"]) == (76, None), t[64]
    assert t[92]["doi"] == "10.1016/j.rse.2023.113759", t[92]
    assert t[206]["title"] == ("MART3D: A Multilayer Heterogeneous 3D Radiative Transfer Framework for Characterizing"
                               " Forest Disturbances"), t[206]
    assert t[217]["title"] == ("A Large-Scale Emulation System for Realistic Three-Dimensional (3-D) Forest"
                               " Simulation"), t[217]
    assert t[279]["title"] == "从BRDF到BPDF:遥感反演基础模型的演进初探", t[279]
    assert t[327]["title"].endswith("full waveform hyperspectral LiDAR"), t[327]
    assert t[331]["title"] == ("High-Throughput Extraction of the Distributions of Leaf Base and Inclination Angles of"
                               " Maize in the Field"), t[331]
    assert t[415]["title"] == ("Evaluation of the MODIS LAI/FPAR Algorithm Based on 3D-RTM Simulations: A Case Study of"
                               " Grassland"), t[415]
    assert t[427]["title"].startswith("A half-Gaussian fitting method"), t[427]
    write_truth(
        NAME,
        PART,
        papers,
        "Entries: the ten HTML cards of the LESS team (64-202, each <table>..</table>, title = the <h5> text) and"
        " every '* ' bullet from line 204 on (8 team bullets 204-221, 95 'used LESS' bullets under '#### YEAR'"
        " headings 228-427), one line each, title = the Markdown link text (HTML anchor text at 217; the plain"
        " sentence between year and venue at 279, which has no link); the venue inside the link text of 331/415 is"
        " dropped, the 'R' left after the link at 327 put back; the TOC marker bullet at 57 is not an entry (113).",
        "Read the whole file; compared -v with every card (10) and every bullet of 204-221 and of the 2025, 2021,"
        " 2020, 2019, 2018 sections, and a sample of 2024/2023/2022 (271-303, 331-367, 371-391); checked the special"
        " lines 206, 217, 263, 279, 287, 327, 331, 347, 405, 411, 415, 424; card DOIs only where the Paper badge is a"
        " doi.org or spj DOI link (92, 106, 120, 134, 148, 162), none from ScienceDirect pii links.",
    )


if __name__ == "__main__":
    main()
