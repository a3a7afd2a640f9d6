"""Wild48 truth for caoyunkang/caoyunkang.github.io _pages/about.md: the one-page AcadHomepage-style (Jekyll) home
page of Yunkang Cao (industrial visual anomaly detection, Hunan University), newest commit (8208ead, 2025-12-18,
"update..").  The publication list is raw HTML inside the Markdown page.

Shape: 352 lines, 28 KB.  Front matter and a Liquid block (1-16), bio with Markdown links (20-30), an English and a
Chinese "Join Us" recruiting section (33-92, numbered research directions, not papers), ``# 🔥 News`` (96-109):
dated bullets announcing acceptances (``Our paper on [Zero-shot 3D Anomaly Detection](https://arxiv.org/pdf/...)
has been accepted by **IEEE TSMC**``, one with an italic quoted title, one with sub-bullets), then
``# 📝 Selected Publications`` written twice (111, 114; the first heading is a left-over with its own Google Scholar
note), shields.io badges (116-118), a legend (``#`` co-first / ``*`` corresponding, 121) and the list itself: an
HTML ``<ol reversed>`` (123-300) of 28 ``<li id="...">`` cards (ids ``TSMC``, ``JMS25``, ``AAAI26-1``..3,
``OT-Manuscript2``, ``FA-Pub10``..1, ``FA-Manuscript2``, ``OT-Pub11``..1), each 4-6 lines: the title as plain text on the first line,
then ``<a href="...">[Paper]</a> <a href="...">[Code]</a>`` (on the same line or on following lines), ``<br>``, the
authors with the owner in a red bold ``<span style=...>`` and ``#``/``*`` marks, ``<br>``, the venue in
``<i>...<strong>(ABBR)</strong></i>`` and the year, sometimes an award/oral note in a red span.  After the list:
awards, academic service, invited talks, education, work experience (not papers).

Special cases:
- 137-142 (AAAI26-1): no links after the title; the ``[Paper]``/``[Code]`` links sit at the end of the author line.
- 158-164 (OT-Manuscript2): title alone on its line, the two links on the next two lines; no year.
- 232-236 (OT-Pub11) and 264-274 (OT-Pub6, OT-Pub5): no links at all, the title line ends with ``<br>`` or the
  ``<br>`` opens the author line.
- 166-170 (FA-Pub10): empty links ``<a href="">[Paper]</a> <a href="">[Code]</a>``.
- 258 ``Deep Feature Contrasting for Industrial Image Anomaly Segmentatio``: typo kept as written.
- 295: no blank line between the last two cards.

Decisions:
- Entry = every ``<li>`` card of the ``<ol reversed>`` (28), spanning ``<li ...>`` to ``</li>``; title = the plain
  text before the first ``<a`` or ``<br`` of the card, joined over lines.
- Not entries: the News bullets (an announcement feed whose link texts name topics, not titles -- ``Zero-shot 3D
  Anomaly Detection``, ``Unified Anomaly Detection`` -- and whose papers are all in the list below), the Join Us
  research directions, awards, service, talks (titled talks, not papers), education.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "caoyunkang__caoyunkang.github.io___pages__about@8208ead.md"
PART = "wild48_development"

LI = re.compile(r'^\s*<li id="(?P<id>[A-Za-z0-9-]+)">\s*$')
TITLE = re.compile(r"^(?P<title>.+?)\s*(?:<a |<br)")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("<ol reversed>") + 1
    stop = lines.index("</ol>") + 1
    assert (start, stop) == (123, 300), (start, stop)
    papers = []
    ids = []
    n = start + 1
    while n < stop:
        m = LI.match(lines[n - 1])
        if not m:
            assert lines[n - 1].strip() == "", (n, lines[n - 1])
            n += 1
            continue
        last = n
        while lines[last - 1].strip() != "</li>":
            last += 1
        text = " ".join(x.strip() for x in lines[n : last - 1])
        t = TITLE.match(text)
        assert t, (n, text)
        title = t.group("title")
        assert not re.search(r"[<>\[\]]", title), (n, title)
        papers.append(entry(lines, n, last, title))
        ids.append(m.group("id"))
        n = last + 1
    assert len(set(ids)) == len(ids) == 28, ids
    t = {p["line"]: p for p in papers}
    assert (t[125]["title"], t[125]["arxiv"]) == (
        "Towards zero-shot point cloud anomaly detection: A multi-view projection framework", "2409.13162"), t[125]
    assert t[137]["title"] == "IAD-R1: Reinforcing Consistent Reasoning in Industrial Anomaly Detection", t[137]
    assert t[137]["arxiv"] == "2508.09178", t[137]
    assert t[158]["title"] == ("Global-Regularized Neighborhood Regression for Efficient Zero-Shot Texture Anomaly"
                               " Detection"), t[158]
    assert (t[166]["arxiv"], t[166]["end"]) == (None, 170), t[166]
    assert t[232]["title"] == ("Boosting Global-Local Feature Matching via Anomaly Synthesis for Multi-Class Point"
                               " Cloud Anomaly Detection"), t[232]
    assert t[258]["title"] == "Deep Feature Contrasting for Industrial Image Anomaly Segmentatio", t[258]
    assert (t[295]["line"], t[295]["end"]) == (295, 299), t[295]
    write_truth(
        NAME,
        PART,
        papers,
        "Every <li id=...> card of the HTML <ol reversed> under 'Selected Publications' (123-300) is an entry (28),"
        " spanning <li> to </li>; title = the plain text before the card's first '<a' or '<br', joined over lines"
        " (links may follow on the same line, on later lines, or at the end of the author line). The News"
        " announcements (96-109), recruiting directions, awards, service and invited talks are not entries.",
        "Read all 352 lines; compared -v for all 28 cards: titles with trailing links on the same line, on separate"
        " lines (158), on the author line (137), or no links (232, 264, 270); the typo 'Segmentatio' (258); empty"
        " hrefs (166); the last two cards without a blank line (290/295); arXiv ids only from arxiv.org abs/pdf/html"
        " links, none from IEEE Xplore or ScienceDirect links.",
    )


if __name__ == "__main__":
    main()
