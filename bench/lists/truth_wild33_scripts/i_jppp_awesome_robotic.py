"""Wild33 truth for jpppppppppppppppppppppppp/Awesome-Robotic README.md: a small personal robotics /
3D-vision paper list.

Shape: bullets ``- [Nickname](project page) [paper](url)`` or ``- Title [paper](url)``, some with a
``\\`2024\\``` year tag, extra ``[demo]``/``[git]`` links, a trailing note, or Chinese note sub-bullets
(59-61, 68-70, 72, 74, 77-78, 81, 85) that belong to the entry above. Under "CS 237b" (9-15) a record is a
bullet naming the paper or its topic followed by a sub-bullet: 9-10 title + description sub-bullet
("Robotic Grasping of Novel Objects"), 12-13 topic "Planar Pushing" + the title in the sub-bullet, 14-15 the
title split over bullet and sub-bullet ("Making Sense of Vision and Touch: Self-Supervised ...").

Entries: every bullet with a ``[paper]`` link (lines 9-85), plus 80, a note sub-bullet that links the HexPlane
paper PDF (title None: only a nickname). Not entries: the four course links (3-6). Title: the written title;
None where the record names the work only by a system nickname (Dex-Net 2.0, UniFolding, RoboCook, PaperBot,
Cloth Funnels, Pancake, GraspNet, RGBGrasp, 9DTact, Q-attention, Diffusion Policy, DexCap, Im2Flow2Act,
GET-Zero, AdaFlow, Grounded-Segment-Anything, RWKV-SAM, Hexplane); descriptive phrases that stand in for a
title are kept as written (33 "Low-Cost Hardware for bimanual manipulation", 34 "Hierarchical Diffusion
Policy"). Span: the bullet and its note sub-bullets; DeformGS (79) is one line because its sub-bullet 80 is
its own entry. 47 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "jpppppppppppppppppppppppp__Awesome-Robotic__README@f7cf2e7.md"
PART = "wild33_development"

NICKNAMES = {11, 18, 20, 21, 22, 23, 24, 25, 26, 31, 32, 48, 49, 50, 51, 54, 55}
SPECIAL = {  # (first, last): title
    (9, 10): "Robotic Grasping of Novel Objects",
    (12, 13): "Combining learned and analytical models for predicting action effects",
    (14, 15): "Making Sense of Vision and Touch: Self-Supervised Learning of Multimodal Representations for Contact-Rich Tasks",
    (79, 79): "DeformGS: Scene Flow in Highly Deformable Scenes for Deformable Object Manipulation",
    (80, 80): None,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = [entry(lines, a, b, t) for (a, b), t in SPECIAL.items()]
    taken = {n for a, b in SPECIAL for n in range(a, b + 1)}
    for n in range(9, len(lines) + 1):
        ln = lines[n - 1]
        if n in taken or not ln.startswith("- ") or "[paper]" not in ln:
            continue
        last = n
        while last < len(lines) and lines[last].startswith("  - "):
            last += 1
        if n in NICKNAMES:
            title = None
        else:
            t = re.sub(r"^- (`\d{4}` )?", "", ln).split(" [paper]")[0].split(" [demo]")[0]
            title = re.sub(r"^\[([^\]]+)\]\([^)]*\)$", r"\1", t.strip())
        papers.append(entry(lines, n, last, title))
    assert len(papers) == 47, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet with a [paper] link is an entry spanning its note sub-bullets, plus the HexPlane note "
        "link; the CS 237b records combine bullet and sub-bullet; title is the written title, None for bare "
        "system nicknames.",
        "Checked every record of the small file by eye, each title against its lines and every arXiv id / "
        "DOI mechanically.",
    )


if __name__ == "__main__":
    main()
