"""Wild61 truth for WKUAILAB/Point-Cloud-Research README.md at 16cf487 (2022-07-17): a lab's research notes on point
cloud completion - challenges, recent papers by venue, earlier methods, categories, survey notes, ideas, datasets,
metrics.

Shape: 194 lines.  ``# Point-Cloud-Research`` with empty ``[[paper]()] [[Code]()]`` links (1-2); ``# Fundamental
Challenges`` with bullets about irregular / unordered data (4-15); ``# Recent Papers`` (18) with ``##`` venue
headings (``## CVPR 2022 (For Point Cloud Registration)`` 20, ... ``## CVPR 2021`` 78) and one ``* `` bullet per
paper, blank lines between (21-91); ``# Previous Papers`` (94) with bullets ``* FoldingNet (CVPR 2018) [[paper](..)]
[[Caffe](..)]`` (95-103); ``# Categories`` (106-114); ``# Survey`` (116) with three surveys written as plain
paragraphs ``<title> (arxiv 2022) [[paper](..)]`` (117, 155, 169), the first two followed by nested bullet notes
(118-153, 156-167); ``# Ideas``, ``# Dataset``, ``# Metrics``, ``# Related Resources`` (171-194).

Special cases:
- The CVPR 2022 registration and segmentation papers are bare titles without any link (21-40).
- Later bullets end with ``[[paper](url)]`` and optional ``[[Code]/[Pytorch]]`` links; some titles are bold
  (54, 59, 63, 66, 83); 54 has no space between the two link groups.
- ``# Previous Papers`` (95-103) names each method only (``FoldingNet (CVPR 2018)``, 99 bold ``**GRNet (ECCV
  2020)**``) with a paper link (arXiv or CVF pdf): entries with no title (title None).
- The three surveys are paragraphs, not bullets.  The notes under the first one include a column-0 bullet
  ``* Overall future works`` (147-153) that is still part of its notes.  169 ``Review: Deep Learning on 3D Point
  Clouds`` is that paper's real title (MDPI Remote Sensing), kept with ``Review:``.
- Bullets about challenges, categories, ideas, datasets and metrics are not entries.

Decisions:
- Entry = every ``* `` bullet between ``# Recent Papers`` and ``# Categories`` (42, one line each) and the three
  survey paragraphs (spans 117-153, 155-167, 169).
- Title = bullet text before the first ``[[``, without ``**``; None in ``# Previous Papers``; for surveys the text
  before `` (<venue> <year>)`` / `` [[paper]``.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "WKUAILAB__Point-Cloud-Research__README@16cf487.md"
PART = "wild61_development"

SURVEYS = {117: 153, 155: 167, 169: 169}
SURVEY = re.compile(r"^(.+?)(?: \((?:arxiv|PAMI) \d{4}\))? \[\[paper\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("# "):
            section = ln[2:].strip()
            continue
        if section in ("Recent Papers", "Previous Papers") and ln.startswith("* "):
            if section == "Previous Papers":
                title = None
            else:
                title = ln[2:].split("[[", 1)[0].replace("**", "").strip()
            papers.append(entry(lines, n, n, title))
        elif n in SURVEYS:
            papers.append(entry(lines, n, SURVEYS[n], SURVEY.match(ln).group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 45, len(papers)
    assert min(by) == 21 and max(by) == 169, (min(by), max(by))
    assert by[21]["title"] == "Multi-Instance Point Cloud Registration by Efficient Correspondence Clustering"
    assert by[40]["title"].startswith("HybridCR: Weakly-Supervised 3D Point Cloud Semantic Segmentation"), by[40]
    assert by[43]["title"] == "AutoSDF: Shape Priors for 3D Completion, Reconstruction and Generation", by[43]
    assert by[54]["title"] == "PointAttN: You Only Need Attention for Point Cloud Completion", by[54]
    assert by[54]["arxiv"] == "2203.08485", by[54]
    assert by[56]["arxiv"] == "2202.09507", by[56]
    assert by[83]["title"] == "PMP-Net: Point Cloud Completion by Learning Multi-Step Point Moving Paths", by[83]
    assert all(by[n]["title"] is None for n in range(95, 104)), [by[n] for n in range(95, 104)]
    assert by[98]["arxiv"] == "1808.00671" and by[99]["arxiv"] == "2006.03761", (by[98], by[99])
    assert by[117]["title"].startswith("Comprehensive Review of Deep Learning-Based 3D Point Clouds Completion")
    assert by[117]["arxiv"] == "2203.03311", by[117]
    assert by[155]["title"] == "Deep Learning for 3D Point Clouds: A Survey", by[155]
    assert by[169]["title"] == "Review: Deep Learning on 3D Point Clouds", by[169]
    for n in (2, 7, 107, 147, 177):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '* ' bullet under '# Recent Papers' and '# Previous Papers' is one entry (42, one line each):"
        " title = text before the first '[[' without '**' (the CVPR 2022 registration/segmentation bullets are"
        " bare titles); bullets under '# Previous Papers' name only the method and venue ('FoldingNet (CVPR"
        " 2018)') and have title None.  The three survey paragraphs under '# Survey' are entries too, spanning"
        " their nested notes (117-153, 155-167, 169), title = text before ' (venue year)' / ' [[paper]'.  Bullets on"
        " challenges, categories, ideas, datasets and metrics are not entries.",
        checked="Read the whole file; compared the -v output with every bullet of the two paper sections and the"
        " three survey paragraphs: bare-title bullets (21-40), bold titles (54, 59, 63, 66, 83), method-only"
        " bullets (95-103) and their arXiv ids, survey spans and titles, and that note bullets are not entries.",
    )


if __name__ == "__main__":
    main()
