"""Wild56 truth for DavoodSZ/DeepLearning-MotionPlanning-Manipulators README.md: the companion paper list of the
survey "Toward Generalist Neural Motion Planners for Robotic Manipulators: Challenges and Opportunities" (T-ASE
2026), listing the deep-learning motion-planning papers reviewed in its Section V, newest commit (6469828,
2026-02-19).

Shape: 195 lines, 28 KB.  Header (1-14): the survey's title as ``#`` heading, HTML links to project page, paper and
authors, the journal line; a centred figure (16-20).  ``# Paper List in the Survey Paper`` (22) with a bullet table
of contents ``- [Section](#anchor): description`` (25-29), then ``##``/``###`` sections (33-171), one paper a line:
``- MLPs: **Learning To Find Shortest Collision-Free Paths From Images**, 2020, [Paper Link](url).``: a network-type
tag (``MLPs``, ``CNNs``, ``DGMs - VAEs``, ``Foundation Models``, ...) before a colon, the bold title, the year, a
``[Paper Link]`` link.  Then ``# Acknowledgement`` (173-176) naming another survey inside prose, ``# References``
(178-182) with four numbered links ``1. [Title](ieeexplore url)`` (the works of the figure caption), and
``# Citation`` (184-195) with a BibTeX ``@article`` of the survey in a code block.

Special cases:
- Spacing around commas varies: ``**...**,2023,[Paper Link](...)`` (38, 41) and ``2019. [Paper Link]`` (105);
  120 writes ``[PaperLink]``.
- 88: the bold title ends in a period, ``**Reactive Whole-Body ... Manifold Learning.**``: dropped.
- Titles keep the file's casing (``Ntfields: ...``, ``Roco: ...``, ``Neural mp: ...``, ``3d-cnn based ...``).
- The same paper appears under several tags/sections (e.g. Motion planning networks at 58 and 81, Ntfields at 37 and
  117, GraphDistNet at 168 and 170): one entry per listing.
- Several Paper Link URLs are long cloudfront/researchgate/cambridge URLs (34, 61, 88, 123, 151) with no ids; 88's
  cloudfront file name ``2203.13821-libre.pdf`` is not an arXiv link and gives no id.
- The table-of-contents bullets (25-29) and the Acknowledgement's prose mention of "Toward General-Purpose Robots via
  Foundation Models: A Survey and Meta-Analysis" (174) are not entries.
- The header (1-14) is the page's own title, not an entry; the BibTeX record in ``# Citation`` (188-194) is a
  citation of the survey and is one entry (title from ``title={...}``).
- arXiv ids come from arxiv.org/pdf and /abs links (e.g. 37 -> 2210.00120, 43 -> 2409.05864 from /abs); DOIs from
  dl.acm.org/doi (78 -> 10.1145/3508352.3561113), frontiersin (62, 72 -> 10.3389/frobt.2022.1030668),
  link.springer.com/content/pdf (65, 163), journals.sagepub.com/doi/pdf (109, 130, 154), science.org (128),
  tandfonline (103).

Decisions:
- Entry = every ``- Tag: **Title**, year, [Paper Link]`` bullet (126), every numbered reference link 179-182 (4), and
  the BibTeX citation 188-194 (1): 131 entries.
- Title = the bold text (trailing period dropped) / the link text / the BibTeX title.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "DavoodSZ__DeepLearning-MotionPlanning-Manipulators__README@6469828.md"
PART = "wild56_development"

ITEM = re.compile(r"^- [^*\[]+: \*\*(?P<title>[^*]+)\*\*")
REF = re.compile(r"^\d+\. \[(?P<title>[^\]]+)\]\(")
BIBTITLE = re.compile(r"^\s*title=\{(?P<title>[^}]+)\},")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[177] == "# References", lines[177]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip().rstrip(".")))
            continue
        m = REF.match(ln)
        if m and n > 178:
            papers.append(entry(lines, n, n, m.group("title").strip()))
            continue
        if ln.startswith("@article{"):
            last = n
            while lines[last - 1].strip() != "}":
                last += 1
            t = next(BIBTITLE.match(x) for x in lines[n - 1 : last] if BIBTITLE.match(x))
            papers.append(entry(lines, n, last, t.group("title")))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 131, len(papers)
    assert min(by) == 34 and sorted(by)[-6:] == [171, 179, 180, 181, 182, 188], sorted(by)[-6:]
    assert by[34]["title"] == "Learning To Find Shortest Collision-Free Paths From Images", by[34]
    assert by[37]["arxiv"] == "2210.00120", by[37]
    assert by[38]["title"] == "Progressive learning for physics-informed neural motion planning", by[38]
    assert by[43]["arxiv"] == "2409.05864", by[43]
    assert by[78]["doi"] == "10.1145/3508352.3561113", by[78]
    assert by[88]["title"] == (
        "Reactive Whole-Body Obstacle Avoidance for Collision-Free Human-Robot Interaction with Topological"
        " Manifold Learning"
    ), by[88]
    assert by[88]["arxiv"] is None, by[88]
    assert by[105]["title"] == "Learning to plan in high dimensions via neural exploration-exploitation trees", by[105]
    assert by[120]["arxiv"] == "2410.09883", by[120]
    assert by[171]["title"] == "DistFormer: A High-Accuracy Transformer-Based Collision Distance Estimator for Robotic Arms"
    assert by[181]["title"] == "Neural path planning: Fixed time, near-optimal path generation via oracle imitation"
    assert (by[188]["line"], by[188]["end"]) == (188, 194), by[188]
    assert by[188]["title"] == (
        "Toward Generalist Neural Motion Planners for Robotic Manipulators: Challenges and Opportunities"
    ), by[188]
    assert 25 not in by and 174 not in by and 1 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries: every '- Tag: **Title**, year, [Paper Link](url)' bullet of the survey's paper list"
        " (34-171), each of the four numbered reference links under '# References' (179-182), and the BibTeX"
        " @article of the survey under '# Citation' (188-194).  Title = the bold text without a trailing period, the"
        " reference link text, or the BibTeX title.  The TOC bullets, the page header and the Acknowledgement's prose"
        " link are not entries; a paper listed under several tags counts once per listing.",
        checked="Grepped every bullet with and without bold (126 paper bullets, 5 TOC bullets) and compared the -v"
        " output with the file section by section: tags stripped, titles with odd comma spacing (38, 41, 105), the"
        " trailing period at 88, the four references, the BibTeX span and title, arXiv ids from /pdf and /abs links"
        " and DOIs from ACM, Frontiers, Springer, SAGE, Science and Taylor & Francis URLs.",
    )


if __name__ == "__main__":
    main()
