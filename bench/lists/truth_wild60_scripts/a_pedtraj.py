"""Wild60 truth for HinsZei/Pedestrian-Trajectory-Prediction-Papers README.md at 2f8b31d (2023-08-02): a small
hand-kept list of pedestrian trajectory / intention / behaviour prediction papers, grouped by field (## headings)
and then by venue (an italic venue line such as ``*ECCV(European Conference on Computer Vision) 2022:*
[[Conference]](...)``).

Shape: 187 lines.  Intro and a three-link index (1-15), then ``## Trajectory Prediction`` (17-112),
``## Intention Prediction`` (114-150) and ``## Behaviour/Pose Estimation`` (152-186).  Each paper is one bullet
``- <title> [[Paper]](url)``; bullets are separated by blank lines in some venue groups and packed in others;
``<br/>`` lines (some indented two spaces) separate venue groups.

Special cases:
- Some titles are bold: ``- **Crossmodal Transformer ...**  [[Paper]](...)`` (25); at 136 and 170 the bold also
  wraps the link (``- **Graph-SIM: ... [[Paper]](https://arxiv.org/abs/2012.02148)**``).
- 33 ends the bold title with a colon before the link (``**Scene Transformer: ...**: [[Paper]]``); 93 and 95
  put a colon after the link.
- 49 ends the title with a period (``... for Autonomous Driving. [[Paper]]``): dropped.
- 72 prefixes the title with the list's tag ``(Metric)`` (``- (Metric)Social-Implicit: Rethinking ...``): the tag
  is not part of the title and is dropped.
- 78 writes the link as ``[[Paper](url)]`` instead of ``[[Paper]](url)``.
- 92 and 93 are surveys, linked ``[[Survey]](...)``: still papers, so entries.
- 33 and 35 link the same OpenReview id (the list's mistake); the title is taken as written.
- Papers listed under two fields are listed twice (68/162 Action-based Contrastive Learning, 70/164 Entry-Flipped
  Transformer, 94/170 BR-GAN): every bullet is its own entry.  70 writes "Behavior", 164 "Behaviour".
- The venue lines and their [[Conference]] / [[Journal]] links, and the index links, are not entries.

Decisions:
- Entry = every ``- `` bullet with a ``[[Paper]`` or ``[[Survey]`` link: one line each.  Title = the bullet text
  before the first ``[[``, without ``**``, the trailing colon / period and the ``(Metric)`` tag.
- arXiv ids come from the arxiv.org links (56, 136, 142, 150, 156, 178) by the helper; no DOI is written.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "HinsZei__Pedestrian-Trajectory-Prediction-Papers__README@2f8b31d.md"
PART = "wild60_development"

BULLET = re.compile(r"^- (.+?)\s*\[\[(?:Paper|Survey)\]")
TAG = re.compile(r"^\((?:Metric)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            continue
        title = m.group(1).replace("**", "").strip()
        title = TAG.sub("", title).rstrip(":.").strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 59, len(papers)
    assert min(by) == 23 and max(by) == 186, (min(by), max(by))
    assert by[25]["title"] == "Crossmodal Transformer Based Generative Framework for Pedestrian Trajectory Prediction"
    assert by[33]["title"] == "Scene Transformer: A Unified Architecture for Predicting Multiple Agent Trajectories"
    assert by[49]["title"] == "Importance Is in Your Attention: Agent Importance Prediction for Autonomous Driving"
    assert by[56]["arxiv"] == "2005.08514", by[56]
    assert by[72]["title"].startswith("Social-Implicit: Rethinking Trajectory Prediction Evaluation"), by[72]
    assert by[78]["title"] == "View Vertically: A Hierarchical Network for Trajectory Prediction via Fourier Spectrums"
    assert by[92]["title"] == "Pedestrian Models for Autonomous Driving Part II: High-Level Models of Human Behavior"
    assert by[136]["title"] == (
        "Graph-SIM: A Graph-based Spatiotemporal Interaction Modelling for Pedestrian Action Prediction"
    ), by[136]
    assert by[136]["arxiv"] == "2012.02148", by[136]
    assert by[170]["title"] == by[94]["title"] == (
        "BR-GAN: A Pedestrian Trajectory Prediction Model Combined With Behaviour Recognition"
    )
    assert by[186]["title"] == "Social Aware Multi-Modal Pedestrian Crossing Behaviour Prediction", by[186]
    for n in (21, 31, 90, 184):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- ' bullet carrying a [[Paper]] or [[Survey]] link is one entry, one line each (papers"
        " listed under two fields give two entries).  Title = the bullet text before the first '[[', without"
        " bold markers, a trailing colon or period, and the list's '(Metric)' tag (72).  Italic venue lines with"
        " [[Conference]]/[[Journal]] links and the index are not entries.",
        checked="Read the whole file; compared the -v output with every bullet (59), bold titles incl. bold"
        " wrapping the link (136, 170), the colon after the bold title (33), the trailing period (49), the"
        " (Metric) tag (72), the odd [[Paper](url)] link (78), survey bullets (92, 93) and the arXiv ids.",
    )


if __name__ == "__main__":
    main()
