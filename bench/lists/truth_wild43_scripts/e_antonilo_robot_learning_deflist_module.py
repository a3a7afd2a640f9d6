"""Wild43 truth for antonilo/real_world_robot_learning_sp25 _modules/unit-03.md: the "Data" unit of a graduate
course "Real-World Robot Learning" (spring 2025, just-the-class Jekyll theme): one kramdown definition-list item per
class meeting, the papers to read linked after a "**Paper Reading**{: .label .label-red}" badge.

Shape (56 lines and a final newline): 3 lines of YAML front matter ("title: Data"), an <img> banner (5), then 12
meetings (10 with papers), each "Feb. 18" (a date line), ": topic" (the definition) and "  : **Paper Reading**{: .label ...} [A](url),
[B](url) ..." (a nested definition).  Special cases: links separated by ", " on some lines and by a bare space on
others (43, 55); other badges on the same line before or after the papers ("**Project Proposal Due**" 13,
"**Project Midterm Report Due**" and "**Guest Lecture at 11am (Towne 225)**" 47); two Spring Break meetings with no
papers (33-39); hosts: arXiv abs and pdf (one with a version, 2303.04137v5), OpenReview, PMC, AAAI OJS, Science
Robotics (a DOI URL), PMLR.

Decisions:
- Entry = each Markdown link on a "Paper Reading" line (20 entries); several on one line give one entry each, on
  that line.  No link on these lines is anything but a paper.
- Title: every link text is a short name the course gives the paper, a model name or a paraphrase, never the
  paper's title: "Motor Learning by Imitation" (PMC1693137, "Computational approaches to motor learning by
  imitation"), "Diffusion Policy", "Aloha", "Robots in Homes" (2311.16098 "On Bringing Robots Home"), "Surprising
  Effectiveness of Representations", "Unbiased Look at Datasets", SFV, X-Embodiment, "Learning Action Plans",
  SayCan, VoxPoser, OpenVLA, UniPi, ActuatorNet, "Blind Locomotion", DexTreme, DexNet, "ImageNet Generalization"
  (1902.10811 "Do ImageNet Classifiers Generalize to ImageNet?"), "Progressive Nets", "Primacy Bias" -> all null.
- Ids: each entry takes the id of its own link (the line holds several): arXiv from arXiv URLs (15, version
  dropped), the DOI 10.1126/scirobotics.abc5986 from the science.org/doi URL (1).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "antonilo__real_world_robot_learning_sp25___modules__unit-03@21e2659.md"
PART = "wild43_development"

READING = re.compile(r"^  : .*\*\*Paper Reading\*\*\{: \.label \.label-red\}")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    meetings = 0
    for n, text in enumerate(lines, 1):
        if not READING.match(text):
            assert "](" not in text, (n, text)
            continue
        meetings += 1
        for m in LINK.finditer(text):
            paper = entry(lines, n, n, None)
            paper["arxiv"], paper["doi"] = arxiv_of(m.group("url")), doi_of(m.group("url"))
            papers.append(paper)
    assert meetings == 10, meetings
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each Markdown link on a '**Paper Reading**' definition line is an entry on that line (several per line, each"
        " with its own link's id); every link text is a course nickname or paraphrase, so titles are null (20).",
        "Whole file read (56 lines) against the -v output: the 10 'Paper Reading' lines and every link on them"
        " (comma- and space-separated, 13 and 43/55), the other badges on lines 13 and 47, the two Spring Break"
        " meetings without papers, no link outside these lines (the banner is an <img>), each link text"
        " compared with the linked paper's title (all nicknames or paraphrases), arXiv ids per link including the"
        " versioned pdf URL, the Science Robotics DOI (43).",
    )


if __name__ == "__main__":
    main()
