"""Wild49 truth for alvin528/awesome-implicit-nerf README.md: a small personal copy/restart of the "awesome-nerf" format
(NeRF and implicit-representation papers), newest commit (3478a06, 2022-07-26), 153 lines, 17 KB.

Shape: ``# Awesome Neural Radiance Fields [NeRF] and Implicit Representations`` (1), an awesome badge (2), a
``## Contributing`` paragraph (7-8) with a fenced template (9-11) ``[title](link_to_pdf) <br> authors <br> *conference
year* | [Project page](link) | ...`` (a template, not a paper), then an illustration card of that format spread over
five lines (13-17: ``[Instant Neural Graphics Primitives ...](arxiv)`` / ``<br>`` / authors / ``<br>`` / ``*venue* |
links``).  A table of contents (20-29), then sections whose items are one-line cards
``[Title](link) <br> Authors <br> *Venue Year* | [Project page](...) | [Github](...) | [Video](...)`` separated by blank
lines: ``## Survey`` (32-45), ``## NeRF Introduction`` (48-57), ``## NeRF Papers`` (60-62) with ``###`` subsections
Improved training speed (64-74), Improved rendering speed (77-107), Unknown camera poses (110-120), Object pose
estimation (123-131), Unbounded, large-scale scenes (134-146), Transparent objects (149-153).

Special cases:
- Survey and NeRF Introduction mix papers with talks and tutorials in the very same card shape: ``[Lecture: ...]``
  (35, 41, 49), ``[Seminar: ...]`` (43, 45), a YouTube ``(10 min talk)`` of the NeRF paper (51), a Yannic Kilcher
  explainer video (53), a towardsdatascience article (55) and a PyImageSearch tutorial (57).  Those are not entries;
  the three arXiv papers of the Survey section (33, 37, 39) are.
- Repeats: Instant-NGP appears at 13, 66 and 87; Point-NeRF 70/89; EfficientNeRF 72/91; GARF 112/125.  Each
  mention is its own entry.
- The 13-17 illustration card is a real paper mention (title, authors, venue, links), so it is an entry spanning
  its five lines; the fenced template at 10 is not.
- ``*Arxiv, 2021*`` (101) vs ``*Arxiv 2021*`` elsewhere: venue text only, no effect.

Decisions:
- Entry = every card whose link text is a research paper: 13-17, 33, 37, 39, and every ``[``-line from 62 to 153
  (all papers there).  Title = the first link's text as written.
- Not entries: the template 10, the talks/lectures/seminars/videos/articles at 35, 41, 43, 45, 49-57, the TOC,
  headings and the badge.
- Ids: arXiv abs links on each card (all papers have one); no DOIs.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "alvin528__awesome-implicit-nerf__README@3478a06.md"
PART = "wild49_development"

CARD = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")
NOT_PAPERS = {35, 41, 43, 45, 49, 51, 53, 55, 57}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome Neural Radiance Fields [NeRF] and Implicit Representations"
    assert lines[9].startswith("[title](link_to_pdf)")
    papers = []
    m = CARD.match(lines[12])
    assert m and lines[13] == "<br>" and lines[15] == "<br>" and lines[16].startswith("*ACM"), lines[12:17]
    papers.append(entry(lines, 13, 17, m.group("title")))
    skipped = set()
    for n, ln in enumerate(lines, 1):
        if n < 32:
            continue
        m = CARD.match(ln)
        if not m:
            assert not ln.startswith("["), (n, ln)
            continue
        if n in NOT_PAPERS:
            assert "arxiv" not in m.group("url"), (n, ln)
            skipped.add(n)
            continue
        assert " <br> " in ln and "arxiv.org/abs/" in m.group("url"), (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    assert skipped == NOT_PAPERS, skipped
    t = {p["line"]: p for p in papers}
    assert (t[13]["title"], t[13]["arxiv"], t[13]["end"]) == (
        "Instant Neural Graphics Primitives with a Multiresolution Hash Encoding", "2201.05989", 17), t[13]
    assert t[66]["title"] == t[87]["title"] == t[13]["title"]
    assert t[33]["title"] == "Neural Fields in Visual Computing and Beyond", t[33]
    assert (t[120]["title"], t[120]["arxiv"]) == (
        "NeRF--: Neural Radiance Fields Without Known Camera Parameters", "2102.07064"), t[120]
    assert t[153]["title"] == "Dex-NeRF: Using a Neural Radiance Field to Grasp Transparent Objects", t[153]
    assert all(p["arxiv"] for p in papers)
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every card whose link is a research paper is an entry (42): the five-line illustration card 13-17 under"
        " Contributing, the three arXiv surveys in ## Survey (33, 37, 39) and every one-line '[Title](arxiv) <br>"
        " authors <br> *venue*' card from 62 to 153; title = the first link's text as written. Repeats (Instant-NGP"
        " 13/66/87, Point-NeRF 70/89, EfficientNeRF 72/91, GARF 112/125) are separate entries. Not entries: the fenced"
        " template (10), lectures/seminars/talk videos/articles in the same card shape (35, 41, 43, 45, 49-57), TOC,"
        " headings, badge.",
        "Read all 153 lines; compared the -v output with every card: 42 titles equal the link texts, every entry has"
        " its arXiv id from its own card, the 13-17 card spans its five lines, the nine talk/tutorial cards are"
        " skipped (none has an arXiv link), repeats kept.",
    )


if __name__ == "__main__":
    main()
