"""Wild29 truth for shellyying950526/ai-papers README.md: 📚 AI 核心论文分类总表, a Chinese table of 55
"core AI papers" in three priority tiers × research directions.

Shape: `##` tier and `###` direction headings in Chinese, each followed by a pipe table
"| # | 论文标题 | 作者/团队 | 年份 | 核心贡献 | 链接 |" where the title cell is plain text (a full
title, a shortened/paraphrased title, a title with a trailing "(NICKNAME)", or only a model name) and the
link cell is a "[📄](url)" icon link or "—".  A statistics table (156-166) ends the file.

Entries: every numbered row (one line each) except row 52 "Bark" (line 137), which links to the Suno
GitHub repository (code/model, no paper): 54 entries.  Row 36 "Sora" (an OpenAI web technical report)
and row 29 (GPT-4V system card) are reports and count.  The statistics table is not entries.
Titles: the title cell as written, with a trailing parenthesised nickname dropped
("Language Models are Unsupervised Multitask Learners (GPT-2)" -> "... Learners", also DDPM, GPT-3, RAG,
LDM / Stable Diffusion, SAM); a nickname written before a colon is kept ("ViT: An Image is Worth 16x16
Words"); "GPT-4V(ision) System Card" keeps its inner parentheses.  A cell that is only a model or system
name (DeepSeek-V2, DeepSeek-R1, DALL-E 2, Imagen, Flamingo, Gemini, AudioLM, Whisper, VALL-E, CogVideo,
Sora, FlashAttention, QLoRA, DPM-Solver, ControlNet, SDXL, LLaVA, Depth Anything, FastSpeech 2, MusicGen,
VideoPoet, Toolformer) names no title: null.  Multi-word cells that are (shortened) titles stay titles
(Consistency Models, Latent Consistency Models, Mixtral of Experts, Segment Anything Model,
Retrieval-Augmented Generation, Latent Diffusion Models, GPT-4 Technical Report, DeepSeek-V3 Technical
Report).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "shellyying950526__ai-papers__README@e62a72d.md"
PART = "wild29_development"

ROW = re.compile(r"^\| (\d+) \| ([^|]+?) \|")
NOT_PAPERS = {"Bark"}
NICKNAMES = {
    "DeepSeek-V2", "DeepSeek-R1", "DALL-E 2", "Imagen", "Flamingo", "Gemini", "AudioLM", "Whisper",
    "VALL-E", "CogVideo", "Sora", "FlashAttention", "QLoRA", "DPM-Solver", "ControlNet", "SDXL", "LLaVA",
    "Depth Anything", "FastSpeech 2", "MusicGen", "VideoPoet", "Toolformer",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    used_nicks = set()
    for i, line in enumerate(lines, 1):
        m = ROW.match(line)
        if not m:
            continue
        cell = m.group(2).strip()
        if cell in NOT_PAPERS:
            continue
        if cell in NICKNAMES:
            used_nicks.add(cell)
            title = None
        else:
            title = re.sub(r"\s+\([^()]*\)$", "", cell)
        papers.append(entry(lines, i, i, title))
    assert used_nicks == NICKNAMES, NICKNAMES - used_nicks
    assert len(papers) == 54, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered table row is an entry except the GitHub-only Bark row; title = the 论文标题 cell without a"
        " trailing parenthesised nickname, null when the cell is only a model/system name.",
        "All 55 rows compared by eye with the output (titles, nickname decisions, arXiv ids, the two openai.com"
        " links).",
    )


if __name__ == "__main__":
    main()
