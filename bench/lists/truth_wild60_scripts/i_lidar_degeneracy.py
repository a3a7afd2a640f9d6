"""Wild60 truth for thisparticle/Awesome-Algorithms-Against-Degeneracy README.md at bcd9438 (2024-11): a robotics
"awesome" list of papers on geometric degeneracy in LiDAR SLAM / odometry / point-cloud registration, plus
datasets.

Shape: 91 lines.  Intro with a GIF (1-9), overview TOC (12-18), a ``<details>`` "Update Log" (20-33) whose bullets
name papers in prose (28: ``Added 5 papers: Kinematic-ICP, Switch-slam, ...``), then four sections:
``## Degeneracy  detection and mitigation`` (37, bullets 39-48), ``## Robust SLAM`` (51, bullets 53-67, some
separated by blank lines), ``## Point Cloud Registration`` (69, bullets 71-73), ``## Dataset`` (76, bullets
78-89).  A paper bullet is one line:
``* <Title>, <Venue>, <Year>. [[paper](url)] [[code](url)] [[Webpage](url)]``.

Special cases:
- Titles contain commas (39 ``Informed, Constrained, Aligned: A Field Analysis ...``; 64 ``R3LIVE: A Robust,
  Real-time, RGB-colored, ...``), so the title ends at the last ``, <Venue>, <Year>.``.
- 64 writes ``ICRA,2022.`` without a space.
- 82's venue is a long journal name (``IEEE Transactions on Geoscience and Remote Sensing, 2023.``).
- 80 and 81 are dataset bullets ``* [ENWIDE Dataset](url) (related paper: COIN-LIO: ..., ICRA, 2024. [[arXiv]...])``:
  the related paper is an entry (the same papers also appear at 61 and 62); the dataset name is not a title.
- 83 ``* [Railroad-dataset](url)`` and the SubT team dataset links (84-89) name no paper: not entries.
- 78 keeps the list's own wording ``GEODE dataset: Heterogeneous LiDAR Dataset for ...`` as the title.
- The update log (28) and the how-to-PR link are not entries.

Decisions:
- Entry = every ``* `` bullet matching ``<Title>, <Venue>, <Year>.`` and every ``(related paper: ...)``: 30, one
  line each.  Title = the text before the last ``, <Venue>, <Year>.``.
- arXiv ids come from arxiv.org links by the helper; the DOIs in ieeexplore/wiley links are not written as DOIs
  except 58 (onlinelibrary.wiley.com/doi/abs/10.1002/rob.22256), which the helper reads.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "thisparticle__Awesome-Algorithms-Against-Degeneracy__README@bcd9438.md"
PART = "wild60_development"

BULLET = re.compile(r"^\* (?!\[)(.+), ([^,]+), ?((?:19|20)\d\d)\. ")
RELATED = re.compile(r"\(related paper: (.+), ([^,]+), ?((?:19|20)\d\d)\. ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 36:
            continue
        m = BULLET.match(ln) or RELATED.search(ln)
        if m:
            papers.append(entry(lines, n, n, m.group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 30, len(papers)
    assert min(by) == 39 and max(by) == 82, (min(by), max(by))
    for n in (83, 84, 85, 86, 87, 88, 89):
        assert n not in by, n
    assert by[39]["title"] == (
        "Informed, Constrained, Aligned: A Field Analysis on Degeneracy-aware Point Cloud Registration in the Wild"
    )
    assert by[39]["arxiv"] == "2408.11809", by[39]
    assert by[64]["title"] == (
        "R3LIVE: A Robust, Real-time, RGB-colored, LiDAR-Inertial-Visual tightly-coupled state Estimation and"
        " mapping package"
    )
    assert by[80]["title"] == by[61]["title"] == "COIN-LIO: Complementary Intensity-Augmented LiDAR Inertial Odometry"
    assert by[81]["title"] == "Degradation Resilient LiDAR-Radar-Inertial Odometry", by[81]
    assert by[81]["arxiv"] == "2403.05332", by[81]
    assert by[82]["title"].startswith("WHU-Helmet: A helmet-based multi-sensor SLAM dataset"), by[82]
    assert by[78]["title"].startswith("GEODE dataset: Heterogeneous LiDAR Dataset"), by[78]
    assert by[48]["title"] == "On degeneracy of optimization-based state estimation problems", by[48]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '* <Title>, <Venue>, <Year>. [[paper](...)]...' bullet of the four sections and every"
        " '(related paper: <Title>, <Venue>, <Year>. ...)' inside a dataset bullet (80, 81) is one paper on one"
        " line: 30.  Title = the text before the last ', <Venue>, <Year>.'.  Dataset-only bullets (83-89), the"
        " update log and the TOC are not entries.",
        checked="Read all 91 lines; compared the 30 titles of the -v output with the bullets, including titles"
        " with commas (39, 64), 'ICRA,2022.' (64), the long journal venue (82), the two related-paper entries"
        " (80, 81) and their earlier duplicates (61, 62), and the arXiv ids from arxiv.org links.",
    )


if __name__ == "__main__":
    main()
