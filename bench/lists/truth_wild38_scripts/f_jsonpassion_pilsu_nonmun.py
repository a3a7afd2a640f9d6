"""Wild38 truth for jsonpassion/forge-tutorial-vision resources/essential-papers.md: the Korean "필수 논문
목록" (essential papers) page of a computer-vision tutorial repository -- 24 landmark papers in eight
small tables, one per topic (기초 아키텍처, Vision Transformer, 객체 탐지, 세그멘테이션, Vision-Language,
생성 모델, 3D Vision & Neural Rendering, 비디오 생성).

Shape: 67 lines; each "## topic" heading is followed by a "| 논문 | 연도 | 핵심 기여 |" table (paper,
year, key contribution in Korean) of 2-4 rows.  The paper cell is one link "[text](url)" -- arXiv abs
links except AlexNet (papers.nips.cc) and Sora (openai.com/sora).  The link text is written four ways:
- a full title plus the model's nickname in parentheses: "ImageNet Classification with Deep
  Convolutional Neural Networks (AlexNet)", "Segment Anything (SAM)", "Generative Adversarial Networks
  (GAN)", "Auto-Encoding Variational Bayes (VAE)", "Denoising Diffusion Probabilistic Models (DDPM)";
- the first words of the title plus a nickname: "Very Deep Convolutional Networks (VGG)", "Deep
  Residual Learning (ResNet)", "An Image is Worth 16x16 Words (ViT)", "You Only Look Once (YOLO)";
- a full or truncated title alone: "High-Resolution Image Synthesis with Latent Diffusion Models",
  "Video Diffusion Models", "Mask R-CNN" (the paper's whole title is "Mask R-CNN"), "3D Gaussian
  Splatting" (the head of "3D Gaussian Splatting for Real-Time Radiance Field Rendering");
- only the model's name: EfficientNet, Swin Transformer, Faster R-CNN, DETR, U-Net, CLIP, BLIP-2,
  LLaVA, NeRF, DreamFusion, and "Sora Technical Report".
Entry = each table row: all name one paper (Sora's row names OpenAI's 2024 technical report "Video
generation models as world simulators", a report, kept as an entry).
Title = the link text without a trailing parenthesised nickname, as written (truncated titles kept as
the file cuts them); null when the text is only the model's name -- the eleven rows listed above,
Sora's included (the report's title is not written).  Deciding "Mask R-CNN" (a title) from "Faster
R-CNN" (a name standing for "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal
Networks") and "3D Gaussian Splatting" (kept, the opening words of a title with no colon) takes
knowledge of the papers; the script lists the name-only rows by line.  arXiv ids from the links (22 rows).
24 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "jsonpassion__forge-tutorial-vision__resources__essential-papers@97d9904.md"
PART = "wild38_development"

NAME_ONLY = {12: "EfficientNet", 19: "Swin Transformer", 25: "Faster R-CNN", 27: "DETR", 33: "U-Net",
             41: "CLIP", 42: "BLIP-2", 43: "LLaVA", 58: "NeRF", 60: "DreamFusion", 67: "Sora Technical Report"}
ROW = re.compile(r"^\| \[(.+?)\]\((\S+)\) \| (\d{4}) \| .+ \|$")
NICKNAME = re.compile(r"\s+\([A-Za-z0-9-]+\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    sections: dict[str, int] = {}
    section = None
    for n, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        if not text.startswith("| ["):
            assert not text.startswith("|") or "논문" in text or text.startswith("|---"), n
            continue
        m = ROW.match(text)
        assert m, n
        label = m.group(1)
        if n in NAME_ONLY:
            assert label == NAME_ONLY[n], (n, label)
            title = None
        else:
            title = NICKNAME.sub("", label)
        sections[section] = sections.get(section, 0) + 1
        papers.append(entry(lines, n, n, title))

    assert list(sections.values()) == [4, 2, 3, 3, 3, 4, 3, 2], sections
    assert sum(1 for p in papers if p["arxiv"]) == 22
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each table row is an entry (24 landmark papers, Sora's technical report included); title = the link "
        "text without a trailing '(Nickname)', truncated titles kept as written, null for the eleven rows whose "
        "link text is only the model's name (EfficientNet, Swin Transformer, Faster R-CNN, DETR, U-Net, CLIP, "
        "BLIP-2, LLaVA, NeRF, DreamFusion, 'Sora Technical Report').",
        "Read all 67 lines; all 24 rows against the -v output one by one, sorting each link text into full "
        "title / truncated title / name-only with knowledge of the papers (Mask R-CNN and Segment Anything are "
        "whole titles, 3D Gaussian Splatting the head of one, Faster R-CNN and Swin Transformer names), the "
        "nickname parentheses removed, the NeurIPS and openai.com links without arXiv ids.",
    )


if __name__ == "__main__":
    main()
