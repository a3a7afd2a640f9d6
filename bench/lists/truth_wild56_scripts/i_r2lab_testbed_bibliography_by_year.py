"""Wild56 truth for fit-r2lab/r2lab.inria.fr django/markdown/papers.md: "Publications related to R2lab", the
bibliography page of the FIT R2lab wireless/5G networking testbed (Inria Sophia Antipolis): papers, demos, reports and
theses that use or describe the testbed, newest commit (cb100dc, 2026-04-07).  The page moved from
markdown/papers.md to django/markdown/papers.md in 2026.

Shape: 286 lines, 22 KB.  Metadata lines ``title: ...`` / ``tab: papers`` (1-2), a ``<style>`` block (6-28), an HTML
``<div class="helper" markdown="1">`` box (31-52) asking users to acknowledge R2lab and to cite a reference given as
``[r2lab] T. Parmentelat, ... (2019). <a href="...hal-02167086v2">A step towards runnable papers using R2lab</a>,
INRIA Research Report, June 2019.`` (47).  Then one ``# YEAR`` heading per year (2026 down to ``2016 and before...``)
between ``****`` rules, with ``###`` categories (Journals, Conferences/Workshops, Demo, PhD, Posters / Demos / Reports
/ Presentations / Videos, PFE / B.T. / BSc. / MSc. Thesis) and ``*`` bullets.  The bullets mix styles: ``Authors,
"[Title](url)", Venue, date, DOI: 10.1109/...`` (2023-2026), ``Authors, [Title](url), Venue`` and APA-like
``Authors (2018, October). [Title](url). In ...`` (2017-2019).

Special cases:
- 202-203: the link's URL breaks over a line, ``(https://doi.org/10.1109/ATNAC.2018.8615202`` / ``). In ...``: span
  202-203, DOI from the URL.
- 228-229: the link text breaks over a line, ``[Implementation of ... using MININET WI-FI`` / ``](url)``: span
  228-229, title joined.
- 124: quotes inside the link text ``["Enhanced Transport-Layer ..."](url)``; 60-102 put them outside
  ``"[Title](url)"``: quotes never part of the title.
- 206: trailing period inside the link text: dropped.  204 and 206 list the same CCS 2018 paper (Screaming Channels)
  twice in two styles: two entries; likewise 242/246 (Testbeds support for reproducible research, HAL and ACM
  links) and the R2lab report at 47 and 182.  204's ``Additonal material: [Detailed presentation slides](...)`` is not one.
- 112 ``[Demo paper : Fidelity-aware Distributed Network Emulation]`` and 251 ``[...: Demo Abstract]`` are kept as
  written.
- Student projects without a title (``* Rossella Franco (PFE Ubinet 2019-20) on Enhancing Geolocation ...``, 153-155,
  187-189, 223-226, 261-263, 280-284) name a topic, not a work: not entries.  Master theses that give a titled
  link (227, 228-229) are entries.
- Talks and videos are not papers: 149 (Kube5G talk, YouTube), 183 (``Video demo, [4-Fat-Tree ...](youtube)``), 252
  and 253 (``Presentation, ...``) are not entries.  Research reports (147, 148, 181, 182), posters/demos (64, 112,
  214, 215, 251), a project deliverable (217 ``D3.6: FIRE+ Technology Assessment``) and PhD theses (102, 124, 132,
  159, 160, 257) are entries.
- The helper box's reference (47) is a full citation of a research report: one entry (title = the ``<a>`` text).
  The acknowledgement text (40-41) names no paper.
- DOIs: from ``DOI: 10.1109/...`` text (72, 74, 76, 88, 90), doi.org links (140, 173, 176, 177, 202, 208, 216, 246, 247,
  275) and ``doi: ...`` text (173); arXiv only at 214 (1806.04467).  sciencedirect/hal/ieeexplore links give none.

Decisions:
- Entry = the reference at 47 and every ``*`` bullet that carries a titled link, except the four talk/video bullets:
  60 entries.  Span = the bullet line (two lines at 202-203 and 228-229).
- Title = the (first) link text, quotes and a trailing period stripped.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "fit-r2lab__r2lab.inria.fr__django__markdown__papers@cb100dc.md"
PART = "wild56_development"

BULLET = re.compile(r"^\* ")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\(")
ANCHOR = re.compile(r'<a href="[^"]*">(?P<text>[^<]+)</a>')
TALKS = {149, 183, 252, 253}  # a talk video, a video demo, two presentations


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("[r2lab] "):
            papers.append(entry(lines, n, n, ANCHOR.search(ln).group("text")))
            continue
        if not BULLET.match(ln) or "[" not in ln or n in TALKS:
            continue
        last = n
        text = ln
        if "[" in ln and "](" not in ln:  # link text or URL breaks over the next line
            last = n + 1
            text = ln + " " + lines[n]
        elif ln.rstrip().endswith(tuple("0123456789")) and "](" in ln and ln.count("(") > ln.count(")"):
            last = n + 1
        m = LINK.search(text)
        assert m, (n, ln)
        title = m.group("text").replace("\n", " ").strip().strip('"').strip().rstrip(".").strip()
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 60, len(papers)
    assert by[47]["title"] == "A step towards runnable papers using R2lab", by[47]
    assert by[60]["title"] == "Toward Real-Time RAN Observability in Open-Source 5G Systems", by[60]
    assert by[72]["doi"] == "10.1109/cscn67557.2025.11230749", by[72]
    assert by[124]["title"] == "Enhanced Transport-Layer Mechanisms for MEC-Assisted Cellular Networks", by[124]
    assert (by[202]["line"], by[202]["end"]) == (202, 203), by[202]
    assert by[202]["doi"] == "10.1109/atnac.2018.8615202", by[202]
    assert by[206]["title"] == "Screaming channels: When electromagnetic side channels meet radio transceivers"
    assert by[214]["arxiv"] == "1806.04467", by[214]
    assert by[217]["title"] == "D3.6: FIRE+ Technology Assessment", by[217]
    assert (by[228]["line"], by[228]["end"]) == (228, 229), by[228]
    assert by[228]["title"] == (
        "Implementation of Software Defined Networks (SDN) over IEEE 802.11 networks using MININET WI-FI"
    ), by[228]
    assert by[275]["doi"] == "10.1145/2934872.2959070", by[275]
    assert not TALKS & set(by) and 153 not in by and 284 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries: the citation of the R2lab research report in the helper box (47; title = the <a> text) and"
        " every '* ' bullet under the year/category headings that carries a titled Markdown link, except four"
        " talk/video bullets (149, 183, 252, 253).  Untitled student-project bullets ('Name (PFE ...) on Topic') are"
        " not entries.  Title = the first link text (joined where it breaks over a line, 228-229), quotes and a"
        " trailing period stripped.  Span = the bullet line, two lines where a link breaks (202-203, 228-229).",
        checked="Listed all 81 bullets (18 without links) and compared the -v output for all 60 entries with the"
        " file: quoted titles inside and outside the link, the broken URL (202-203) and broken link text (228-229),"
        " the duplicate Screaming Channels entries, the excluded talks/videos, and the DOIs from 'DOI:' text and"
        " doi.org links plus the one arXiv id (214).",
    )


if __name__ == "__main__":
    main()
