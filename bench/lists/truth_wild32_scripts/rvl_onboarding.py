"""Wild32 truth for rvl-lab-utoronto/lab_onboarding_recommended_reading README.md: the RVL lab's
onboarding reading list for new students (Univ. of Toronto robotics lab).

Shape: one resource per paragraph (`[text](url)` or free text with a link), under `##`/`###` topic
headings, with a few `*` bullets. Papers are mixed in with courses, lecture weeks, YouTube talks and
seminar series, books, blog posts, an awesome-list and lecture notes; only the paragraphs whose subject
is one paper are entries (each span is that paragraph's single line).

Decisions (line numbers of the file):
- Not entries: seminar series 8-34, course weeks / courses / videos 42, 63-67, 71-86, 93-97, 102-111,
  122, 133-135, 163, 174-181, 225; books 44, 99 (MIT Press book), 111 (RL Theory Book), 124 (Bertsekas'
  "Lessons from AlphaZero" is a book), 262, 264, 277, 279; blog posts 118, 193, 281, 297-305; talks
  140, 142 (written as "online talk" though linked to an article), 144; lecture notes 148; the awesome
  list 185; the empty `[]` 283; writing videos 290-292.
- Entries whose text is only a method nickname get title None: LazySP 46, Informed RRT* 50, BIT* 52,
  PDDLStream 60, gradSim 88 (the parenthesis is a description), Neural ODEs 195, DIB-R 207.
  Longer descriptive names are kept as the file writes them (56 "Hierarchical TAMP in the now", 58,
  199 "NeRF: neural radiance fields", 213 "Scene representation networks").
- Bare arXiv URLs with a description in parentheses (114-116) and records that only say "survey
  paper" / "paper" (146, 152) have title None; 275 "Tutorials on Variational Autoencoders (VAEs)"
  names the topic of one arXiv paper plus a blog post: one entry, title None.
- Line 120 names two arXiv papers by URL: two entries on the same line, each given its own id.
- 150 and 154: the title is the text before ", by ..." / " [paper]"; 209 Mitsuba2 title before " [paper]".
- 215 "Neural scene representation and rendering" is the paper's title though it links to DeepMind's
  blog: an entry. 266 "Factor Graphs for Robotic Perception" (a Foundations and Trends article) is
  an entry; the two books beside it are not.
- SCALOR appears at 219 and 256: two entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "rvl-lab-utoronto__lab_onboarding_recommended_reading__README@7653bee.md"
PART = "wild32_development"

# line -> title (None: the record names no title)
ENTRIES = [
    (46, None), (50, None), (52, None),
    (56, "Hierarchical TAMP in the now"),
    (58, "Logic Geometric Programming and differentiable modes"),
    (60, None),
    (69, "An introduction to trajectory optimization"),
    (88, None),
    (114, None), (115, None), (116, None),
    (146, None),
    (150, "How should a robot assess risk? Towards an axiomatic theory of risk in robotics"),
    (152, None),
    (154, "Constrained Policy Optimization"),
    (156, "Conservative Safety Critics for Exploration"),
    (165, "VIME: Variational Information Maximizing Exploration"),
    (183, "DiffTaichi: Differentiable Programming for Physical Simulation"),
    (189, "The frontier of simulation-based inference"),
    (191, "BayesSim: adaptive domain randomization via probabilistic inference for robotics simulators"),
    (195, None),
    (199, "NeRF: neural radiance fields"),
    (201, "3D Gaussian Splatting for Real-Time Radiance Field Rendering"),
    (203, "Learning to Predict 3D Objects with an Interpolation-based Differentiable Renderer"),
    (205, "Soft Rasterizer: A Differentiable Renderer for Image-based 3D Reasoning"),
    (207, None),
    (209, "Mitsuba2: A Retargetable Forward and Inverse Renderer"),
    (213, "Scene representation networks"),
    (215, "Neural scene representation and rendering"),
    (217, "Neural point based graphics"),
    (219, "SCALOR: Generative World Models with Scalable Object Representations"),
    (221, "Generative Hierarchical Models for Parts, Objects, and Scenes"),
    (223, "SPACE: Unsupervised Object-Oriented Scene Representation via Spatial Attention and Decomposition"),
    (235, "Joint 3D Proposal Generation and Object Detection from View Aggregation"),
    (237, "Multi-View 3D Object Detection Network for Autonomous Driving"),
    (240, "PointFlow: 3D Point Cloud Generation with Continuous Normalizing Flows"),
    (242, "PointNetVLAD: Deep Point Cloud Based Retrieval for Large-Scale Place Recognition"),
    (244, "SE(3)-Transformers: 3D Roto-Translation Equivariant Attention Networks"),
    (247, "One-Shot Informed Robotic Visual Search in the Wild"),
    (249, "A Metric Learning Reality Check"),
    (251, "A Theoretical Analysis of Contrastive Unsupervised Representation Learning"),
    (253, "Understanding Contrastive Representation Learning through Alignment and Uniformity on the Hypersphere"),
    (256, "SCALOR: Generative World Models with Scalable Object Representations"),
    (266, "Factor Graphs for Robotic Perception"),
    (273, "Variational Inference: a Review for Statisticians"),
    (275, None),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = [entry(lines, ln, ln, t) for ln, t in ENTRIES]
    # line 120: two papers on one line, each with its own arXiv id
    first = entry(lines, 120, 120, None)
    second = entry(lines, 120, 120, None)
    assert first["arxiv"] == "1807.03858", first
    second["arxiv"] = "1805.10755"
    papers += [first, second]
    for p in papers:
        if p["title"]:
            assert p["title"] in lines[p["line"] - 1].replace("\\", ""), p
    assert len(papers) == 48, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each paragraph or bullet whose subject is one paper is an entry (courses, talks, seminar series,"
        " books, blog posts, lecture notes and the awesome list are not); the title is the link text or"
        " the text before ', by'/'[paper]', None for bare arXiv URLs, 'survey paper'/'paper' links and"
        " one-word method nicknames; line 120 gives two papers.",
        "Read all 314 lines by eye and checked every one of the 48 entries, every skipped resource and the"
        " two-paper line 120 against the file.",
    )


if __name__ == "__main__":
    main()
