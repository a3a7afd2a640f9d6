"""Wild31 truth for ZiPing091/iSpan_python_data_analysis reference_paper_ai_model_review.md: a
Traditional-Chinese table of landmark AI papers in four groups ("模型的范式變遷", "Infra 與資料的變遷",
"語言模型的發展", "多模態模型的發展").

Shape: four Markdown tables (年份 | 論文名稱 | 出處 | 引用次數 (估) | 摘要 | 主要貢獻), one paper per row, no
links at all; the 出處 cell gives a venue or an arXiv id written as `arXiv 1503.02531` (no colon, no
URL); summary and contribution cells are Chinese.  An entry is one table row (line 10-20, 28-33,
41-48, 56-63).  Not an entry: line 28 "The Bitter Lesson" (出處 "R. Sutton Blog", a blog post).
Titles: the 論文名稱 cell as written (several are shortened, e.g. "Deep CNNs", "Trillion Param"),
without the trailing parenthesised nickname label the list adds (`(AlexNet)`, `(ResNet)`,
`(AlphaGo Zero)`, `(Sparsely-Gated MoE)`, `(Word2Vec)`, `(GNMT)`, `(GPT-1)`, `(GPT-2)`, `(GPT-3)`,
`(InstructGPT)`, `(DeepVideo)`, `(GAN)`, `(DDPM)`, `(ViT)`, `(Stable Diffusion)`); a nickname written
as a title prefix (`LoRA:`, `ReAct:`, `ZeRO:`, `DiT:`, `CLIP:`) is kept.  arXiv: the helper only reads
`arXiv:` with a colon, so the script sets the id from the `arXiv NNNN.NNNNN` text of the row's own
出處 cell (lines 13, 17-20, 29-33, 41, 42, 46-48, 62, 63); line 63 pairs the DiT id 2212.09748 with the
title "DiT: Diffusion Models Beat GANs on Image Synthesis" and is recorded as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "ZiPing091__iSpan_python_data_analysis__reference_paper_ai_model_review@56abc08.md"
PART = "wild31_development"
NICK = re.compile(r"\s*\((?:AlexNet|ResNet|AlphaGo Zero|Sparsely-Gated MoE|Word2Vec|GNMT|GPT-1|GPT-2|GPT-3|"
                  r"InstructGPT|DeepVideo|GAN|DDPM|ViT|Stable Diffusion)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|") or set(ln.replace("|", "").strip()) <= set("- ") or "論文名稱" in ln:
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if cells[2] == "R. Sutton Blog":
            continue  # The Bitter Lesson: a blog post
        title = NICK.sub("", cells[1])
        p = entry(lines, i, i, title)
        m = re.match(r"arXiv (\d{4}\.\d{4,5})$", cells[2])
        if m:
            p["arxiv"] = m.group(1)
        papers.append(p)
    assert len(papers) == 32, len(papers)
    write_truth(NAME, PART, papers,
                "Each table row is one entry except the blog post 'The Bitter Lesson'; title is the 論文名稱 cell without the "
                "trailing parenthesised nickname; arXiv id taken from the row's 'arXiv NNNN.NNNNN' 出處 cell.",
                "All 32 rows checked by eye against the file (titles, nickname removal, arXiv ids, the excluded blog row).")


if __name__ == "__main__":
    main()
