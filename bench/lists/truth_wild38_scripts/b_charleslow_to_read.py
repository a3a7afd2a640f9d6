"""Wild38 truth for charleslow/charleslow.github.io notebook/src/to-read.md: the "To Read" page of a
recommender-systems / search engineer's mdBook notebook (personal notes on papers, courses and books), 2024-2025.

Shape: three "# " sections ("To Read", "RQVAE", "Semantic IDs for Rec"), each a flat "- " list, one paper per line:
- bare URLs, some with a "# NICKNAME" comment after them ("- https://arxiv.org/abs/1205.2618 # BPR"), 3-14;
- Markdown links "- [text](url)" whose text is sometimes the paper's full title, sometimes a shortened or
  paraphrased title ("Lora vs Fine tuning", "LLMs by dropping the text", "Survey of RL"), often only the
  model's name ("KG-BERT", "DSPY", "D3PM", "Barlow Twins", "GPT OSS");
- links go to arXiv (abs, pdf, "www.arxiv.org", one "v1"), a Facebook CDN PDF (34, with a long query) and a KDD
  PDF (43).  The file has no final newline.

Decisions:
- Entry = one list item whose link is a paper; 174 entries.  Not entries: the two Netflix tech-blog posts (3-4)
  and Eugene Yan's blog post (61).
- Repeated records are separate entries: BERT4Rec-vs-SASRec 33/36, TokenRec 105/168, OneRec 170/176, LIGER 140 and
  184 (same arXiv id), Adalflow 69 and LLM AutoDiff 121 (same id), GRID 177 (v1) and 181.
- Title: the link text as written (typos kept: "Emebdding", "Transfomer"), except `None` when the item names no
  title: bare URLs (the "# BPR" comments are nicknames) and link texts that are only a model or method name.
  Single-word texts are names ("KG-BERT", "SetFit", "BERT4Rec", "Transformers4Rec", "TextGrad", "DCNv2", "I-JEPA",
  "QINCo2", "P5", ...); the multi-word names are listed in NAMES ("Barlow Twins", "Switch Transformers",
  "Sentence T5", "Gemini Embedding", "LLM/VL/Discrete JEPA", "LLM AutoDiff", "Top n-sigma", "GPT OSS",
  "Parti Model", "SNAP GRID", "Semantic DSI").  Descriptive phrases, even short ones, are kept as the file's
  title for the paper ("Ranking Distillation", "Retrieval as Attention", "Rotation Trick", "Efficient
  Transformers", "OneRec Technical Report").
- Ids: arXiv from every arXiv link (the "www." and "v1" forms included); the Facebook and KDD PDFs give none; no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "charleslow__charleslow.github.io__notebook__src__to-read@8e495cf.md"
PART = "wild38_development"

BLOGS = {3, 4, 61}  # Netflix tech blog x2, eugeneyan.com
NAMES = {
    "Barlow Twins", "Switch Transformers", "Sentence T5", "Gemini Embedding", "LLM JEPA", "VL JEPA",
    "Discrete JEPA", "LLM AutoDiff", "Top n-sigma", "GPT OSS", "Parti Model", "SNAP GRID", "Semantic DSI",
}
LINK = re.compile(r"^- \[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)$")
BARE = re.compile(r"^- https?://\S+(?: # \S+)?$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if not text.startswith("- ") or n in BLOGS:
            continue
        m = LINK.match(text)
        if m:
            name = m.group("text")
            title = None if (" " not in name or name in NAMES) else name
        else:
            assert BARE.match(text), (n, text)
            title = None
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 174, len(papers)
    used = {lines[p["line"] - 1] for p in papers}
    assert all(any(f"[{t}]" in u for u in used) for t in NAMES)
    write_truth(
        NAME,
        PART,
        papers,
        "Each list item linking a paper is one entry (the three blog posts are not); title = the link text as "
        "written, None for bare URLs and for link texts that are only a model/method name (single words and the "
        "listed multi-word names such as 'Barlow Twins', 'GPT OSS'); repeated papers are separate entries.",
        "All 186 lines read by eye against the -v output: the bare-URL block 3-14 (two blog posts out, '# BPR'-style "
        "comments not titles), every link text classified as title or name (the 13 multi-word names checked one by "
        "one, short descriptive phrases kept), the blog post 61, the Facebook and KDD PDFs 34/43 without ids, the "
        "'www.arxiv.org' and 'v1' links giving ids, the repeated papers (33/36, 69/121, 105/168, 140/184, 170/176, "
        "177/181) and the last line without a newline.",
    )


if __name__ == "__main__":
    main()
