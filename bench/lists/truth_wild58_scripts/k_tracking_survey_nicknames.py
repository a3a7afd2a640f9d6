"""Wild58 truth for QianXuna/Tracking-Survey README.md at 47e96e5 (2025-01-02): a Chinese survey README on object
tracking / open-vocabulary detection kept by two readers (columns "jyliu 观点" and "kgmao 观点", their opinions).
Papers are rows of pipe tables, and most rows name the paper only by its method nickname (``[ViLD](pdf url)``), not
by its title.

Shape: 230 lines.  A quoted heading (1), a legend for the repo column (2-5: 无 = no repo, not release = repo not
open); "# 论文列表" (7) with a table of knowledge bases and conference paper pages (9-20); then "# Paper" (22) with
##/### sections 综述, 检测 (Visual Grounding, Open Vocabulary OD, Open World OD, Common OD), 多目标 (Open Vocabulary
MOT, Common MOT), 单目标, 其他 (Tracking, GNN), each with a table ``| paper | repo | year| jyliu 观点 | kgmao 观点|``
(or ``| paper | repo | year| comment |``): one row a paper, ``|[Nickname](paper url)|[repo](url) or 无 / not
release|VENUE YEAR|Chinese notes with <br>|``.

Special cases:
- Link text is usually a nickname (``DQ-DETR``, ``Deformable DETR``, ``QDTrack``), sometimes several names joined by
  ``、`` (``RMOT、Refer-KITTI、TransRMOT`` 95, ``SportsMOT、MixSort`` 111, ``SMOT、BenSMOT、SMOTer`` 136, ``MPOT、PRTrack``
  202: one paper each, its method/dataset/task names), and only 7 times the full title (27, 28, 120, 129, 130,
  150, 203).  A nickname is not the paper's title: those entries have title None.
- 36: a row written without the leading pipe (``[Grounding DINO](...)|[repo](arXiv pdf)|ECCV 2024|Open-set|``).
- 189: ``|SemTrack|<url>|ECCV 2024|语义跟踪|``: nickname as plain text, no link.
- 141, 143, 192, 213: ``paper 和 repo 都未发布`` (neither paper nor repo released yet) in the repo cell; the paper
  link is the ECCV virtual poster page: still a paper entry (nickname, title None).
- Repeated papers are separate rows: QDTrack 78 (CVPR 2021) / 79 (TPAMI 2023); DiffusionTrack 121 (AAAI 2024) and
  180 (CVPR 2024, a different paper); DecoMotion 211 and 222 (same paper twice); DiffTracker 187 / Diff-Tracker 191
  (same arXiv id).
- 76 TAO (dataset paper, ECCV 2020) is a paper: kept.
- arXiv ids come from arxiv.org/pdf and /abs links and from browse.arxiv.org (117-118); on 36, 56, 223, 224 the repo
  cell also points at a PDF.
- The "# 论文列表" table (9-20) lists awesome lists and conference accepted-paper pages: not entries.  Header and
  separator rows are not entries.

Decisions:
- Entry = every table row after "# Paper" (22) that is not a header or separator row: 161 entries, one line each.
- Title = the first cell's link text (or plain text) when it is a full title (four words or more, 7 rows); None when
  it is a nickname or list of names (the paper's title is not written).
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "QianXuna__Tracking-Survey__README@47e96e5.md"
PART = "wild58_development"

SEP = re.compile(r"^\|?\s*-{3,}\s*\|")
LINK = re.compile(r"^\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Paper")
    papers = []
    for n in range(start + 2, len(lines) + 1):
        ln = lines[n - 1]
        if not ln.startswith(("|", "[")):
            continue
        if SEP.match(ln):
            continue
        first = ln.lstrip("|").split("|")[0].strip()
        if first == "paper":
            continue
        m = LINK.match(first)
        name = m.group(1).strip() if m else first
        title = name if len(name.split()) >= 4 else None
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    titled = {p["line"]: p["title"] for p in papers if p["title"]}
    assert start == 21, start
    assert len(papers) == 161, len(papers)
    assert titled == {
        27: "Towards Open Vocabulary Learning: A Survey",
        28: "A Survey on Open-Vocabulary Detection and Segmentation: Past, Present, and Future",
        120: "Multi-Scene Generalized Trajectory Global Graph Solver with Composite Nodes for Multiple Object Tracking",
        129: "Delving into the Trajectory Long-tail Distribution for Muti-object Tracking",
        130: "Self-Supervised Multi-Object Tracking with Path Consistency",
        150: "Cross-modal Orthogonal High-rank Augmentation for RGB-Event Transformer-trackers",
        203: "Tracking by 3D Model Estimation of Unknown Objects in Videos",
    }, titled
    assert not any(n in by for n in range(9, 21))
    assert 36 in by and 189 in by and 141 in by and 230 in by
    assert by[35]["arxiv"] == "2211.15516", by[35]
    assert by[117]["arxiv"] == "2308.00783", by[117]
    assert by[78]["title"] is None and by[79]["title"] is None
    write_truth(
        NAME,
        PART,
        papers,
        method="Chinese survey README of tracking papers in pipe tables; entry = every body row of the tables after"
        " '# Paper' (22-230, one line each, including row 36 written without a leading pipe and row 189 with a"
        " plain-text name): 161 entries.  The first cell names the paper; title = that text only when it is a full"
        " title (7 rows: 27, 28, 120, 129, 130, 150, 203); when it is a method nickname or a list of names"
        " ('ViLD', 'RMOT、Refer-KITTI、TransRMOT') the title is not written and is None.  The '# 论文列表' table of"
        " awesome lists and conference pages (9-20) is not entries.",
        checked="Read the whole file; checked every table row of lines 22-230 against the -v output (row count per"
        " section, the pipe-less row 36, plain-text row 189, unreleased-paper rows 141/143/192/213, repeated QDTrack"
        " 78/79 and DecoMotion 211/222), the seven full-title rows, and arXiv ids from arxiv.org and browse.arxiv.org"
        " links.",
    )


if __name__ == "__main__":
    main()
