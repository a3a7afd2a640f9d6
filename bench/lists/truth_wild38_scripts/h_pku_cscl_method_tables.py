"""Wild38 truth for yizhiwang96/PKU-CSCL-Surveys README.md: a lab's shared tracker of methods it follows (font
generation, sketches and vector graphics, image synthesis, generative models, GAN editing, segmentation,
NeRF and 3D-aware synthesis, implicit functions, differentiable rendering, scene text, EEG decoding), one
table per topic, newest commit (2022-06-09).

Shape: a TOC (2-17), then ``##``/``###`` headings, each followed by a pipe table WITHOUT outer pipes (some rows
end with a stray ``|``), header `` Method  | Publication  | Code | Project | Core Idea | Authors``, delimiter
`` ---- | ----- | ...``.  A row names a method by its nickname (``DeepVecFont``, ``NeRF``, ``Taming
Transformers``), its venue in Publication (plain ``CVPR 2021``, ``-``, ``Arxiv``, or a link
``[Arxiv](https://arxiv.org/pdf/...)``, ``[NIPS 2021](openreview)``, ``[IEEE TAFFC](ieeexplore)``,
``[AAAI 2022](virtualchair)``), ``[Link](github)`` code and project links, a free-text "Core Idea" and a
linked first author.  Rows are indented by 0-2 spaces; headings inside the NeRF section are indented
(`` ### Novel View Synthesis (NeRF-alike)`` 100, ``  ### 3D-aware Image Synthesis (NeRF + GAN)`` 112,
`` ## Multimodal Synthesis`` 153), each ending the table before it.  Rows 167 and 168 link the same IEEE
document for two different papers.

Decisions:
- An entry is every method row (78): each names one published method (paper) with its venue.
- Title: the row has no title column; the nickname in Method is not a title and the Core Idea cell is
  normally a description ("Dual-modality learning and Diff Rendering"), so title = null, EXCEPT where the
  file writes the paper's actual title: the Core Idea cell is the paper's title (pix2pixHD 43, SPADE 44,
  ASAPNet 48, CIPS 49, StyleGAN3 51, DDPM 58, DenseFlow 61, LSGM 62, Progressive Distillation 63 in capitals,
  GBCI 77, YOLaT 37) or the title after its ``Nickname:`` prefix (MaskGIT 50, Flow++ 59, Labels4Free 85) or
  with its parenthesised nickname left out (ICE 78, "Interpretable Control Exploration and Counterfactual
  Explanation on StyleGAN"); and row 91, whose Method cell "Point Transformer" is the paper's whole title.
  Core Idea cells that only paraphrase or truncate a title stay null (DG-font "Deformable generative
  networks", CPS "cross pseudo supervision", EEG-to-text "Open Vocabulary EEG-to-Text & Sentiment
  Classification", GIRAFFE 116 whose cell continues with a comment).  These calls use knowledge of the
  published titles; each is listed in TITLE_FROM below.
- Ids: the first arXiv link of the row (Publication cell: 36, 78, 156, 166); OpenReview, IEEE Xplore, AAAI
  virtual-chair, GitHub and project links give none.
- Not entries: the TOC, headings, header and delimiter rows.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "yizhiwang96__PKU-CSCL-Surveys__README@5ce75e5.md"
PART = "wild38_development"

CORE_IDEA = 4  # cell index of "Core Idea" (rows have no leading pipe)
# line -> where the row writes the paper's title: the Core Idea cell, or the Method cell (91)
TITLE_FROM = {
    37: CORE_IDEA, 43: CORE_IDEA, 44: CORE_IDEA, 48: CORE_IDEA, 49: CORE_IDEA, 50: CORE_IDEA,
    51: CORE_IDEA, 58: CORE_IDEA, 59: CORE_IDEA, 61: CORE_IDEA, 62: CORE_IDEA, 63: CORE_IDEA,
    77: CORE_IDEA, 78: CORE_IDEA, 85: CORE_IDEA, 91: 0,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("Method") and "| Core Idea |" in s:
            in_table = True
            continue
        if not s or s.startswith("#"):
            in_table = False
            continue
        if s.startswith("----"):
            continue
        if not in_table:
            continue
        cells = [c.strip() for c in s.split("|")]
        assert len(cells) in (6, 7) and cells[0] and not cells[0].startswith("["), n
        title = cells[TITLE_FROM[n]] if n in TITLE_FROM else None
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 78, len(papers)
    assert sum(1 for p in papers if p["title"]) == len(TITLE_FROM)
    write_truth(
        NAME,
        PART,
        papers,
        "Each method row of the outer-pipe-less topic tables is an entry (one published method with its venue);"
        " title null since the row gives a nickname and a 'Core Idea' description, except 16 rows whose Core Idea"
        " cell (or, once, Method cell) writes the paper's actual title, possibly without its 'Nickname:' prefix;"
        " ids from the row's first arXiv link; TOC, headings, header and delimiter rows are not entries.",
        "Whole 168-line file read and every one of the 78 rows compared with the -v output: table starts after the"
        " indented headings (100, 112, 153) and rows with and without a trailing pipe, the 16 titled rows"
        " (cell text against the published titles), null titles on description-only rows (DG-font, CPS, GIRAFFE,"
        " EEG-to-text, Taming Transformers, Neural Volumes), arXiv ids on 36/78/156/166 and none on the"
        " OpenReview/IEEE/AAAI-linked rows (37, 77, 164, 165, 167, 168).",
    )


if __name__ == "__main__":
    main()
