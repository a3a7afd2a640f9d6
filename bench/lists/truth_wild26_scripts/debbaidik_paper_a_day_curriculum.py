"""Wild26 truth for debbaidik/paper-a-day paper_a_day_cv_curriculum.md: a paper-a-day reading plan.

Shape: a personal 31-day "Paper-a-Day" computer-vision curriculum in four '## Week N' sections, each a
table '| Day | Paper | Core Idea | Colab Experiment |' with one row per day (lines 10-16, 24-30, 38-45,
53-61).  The Paper cell is plain text, no link, no id: a name and a year in parentheses, e.g.
'AlexNet (2012)', 'Attention Is All You Need (2017)'.  Every row is an entry (its subject is the paper
read that day); the year is not part of the title.
Titles: the Paper cell is a real title, or a shortening of one, for six rows, kept as written:
'Visualizing and Understanding CNNs' (12), 'Layer Normalization' (24, the paper's full title),
'Attention Is All You Need' (26), 'Do Vision Transformers See Like CNNs?' (38), 'Intriguing Properties
of Vision Transformers' (39), 'How Do Vision Transformers Work?' (40).  The other cells only name the
method or model (AlexNet, VGG, ResNet, ConvNeXt, AdamW, ViT, DeiT, Hiera, DeepCluster, MoCo, SimCLR,
BYOL, SimSiam, VICReg, MAE, DINO, iBOT, CLIP, SigLIP, DINOv2, I-JEPA), title null; so do 'Batch
Normalization' (14), 'Vision Transformer (ViT)' (27), 'Swin Transformer' (29) and 'Contrastive
Predictive Coding' (41), which are the method's name (the published titles go on after a colon or
read 'Representation Learning with Contrastive Predictive Coding'), not the title.
Special case: line 10 names two papers, 'Rumelhart et al. (1986) — Backpropagation + LeNet-5 (1998)':
two entries on the same line, both nicknames (title null).
Not entries: the 'Coverage Map' bullets (lines 67-78, names of the same methods grouped by family),
the tools list and the 'CKA note' naming 'Kornblith et al.' in prose (line 96).
Count check: 31 table rows (days 1-31) + 1 second paper on line 10 = 32 entries, 6 with a title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "debbaidik__paper-a-day__paper_a_day_cv_curriculum@f3d60e1.md"
PART = "wild26_development"
TITLED = {
    "Visualizing and Understanding CNNs",
    "Layer Normalization",
    "Attention Is All You Need",
    "Do Vision Transformers See Like CNNs?",
    "Intriguing Properties of Vision Transformers",
    "How Do Vision Transformers Work?",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    days = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\| (\d+) \| (.+?) \| ", text)
        if not m:
            continue
        days.append(int(m.group(1)))
        cell = m.group(2)
        if i == 10:
            assert cell == "Rumelhart et al. (1986) — Backpropagation + LeNet-5 (1998)"
            papers.append(entry(lines, i, i, None))
            papers.append(entry(lines, i, i, None))
            continue
        name = re.sub(r"\s*\(\d{4}\)$", "", cell)
        assert name != cell, i
        papers.append(entry(lines, i, i, name if name in TITLED else None))
    assert days == list(range(1, 32)), days
    assert len(papers) == 32, len(papers)
    assert sum(1 for p in papers if p["title"]) == 6
    write_truth(NAME, PART, papers,
                "every day row of the four week tables is an entry (line 10 names two papers: two entries);"
                " title = the plain-text Paper cell without its year where it is a paper title or a shortening of"
                " one (6 rows), null where it only names the method or model (AlexNet, ResNet, Batch Normalization,"
                " Swin Transformer, CLIP ...)",
                "every row (31) read by eye; each Paper cell judged title or nickname against the published titles;"
                " the Coverage Map and tool lists checked to hold no further papers; no links or ids in the file")


if __name__ == "__main__":
    main()
