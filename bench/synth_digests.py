"""Synthetic digests of any size, in the shapes of the real families.

Each generator writes ``n`` entries the way the family's files do (see
``../shared/docs/digest-formats.md``): sections under headings every few dozen
entries, unique arXiv ids (old-style ones among them), some papers repeated,
venues, LaTeX and HTML in titles, Chinese labels, multi-line abstracts.  The
words are random, the layout is the family's: the readers take every entry.

    from bench.synth_digests import FAMILIES, digest_text
    text = digest_text("daily-list", 5_000)
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

WORDS = ["diffusion", "transformer", "video", "world", "model", "image", "generation", "reasoning", "policy", "robot", "sparse", "attention", "Gaussian", "splatting", "NeRF", "CLIP", "scaling", "law", "benchmark", "agents", "memory", "latent", "flow", "matching", "consistency", "distillation", "alignment", "preference", "retrieval", "tokenizer", "multimodal", "segmentation", "depth", "motion"]
ODD = ["$\\alpha$-Net", "LoRA-GA$^2$", "<think>", "R&D", "50%", "Top-$n\\sigma$", "Björn's", "{set}", "x_t"]
GIVEN = ["Ada", "Björn", "Chloé", "Dmitri", "Eun-ji", "Łukasz", "Wei", "José", "Zoë", "Kaiming", "Yann"]
FAMILY = ["Lovelace", "Ommer", "García", "Kaiser", "van der Maaten", "de With", "Øster", "Müller", "Nguyen", "He"]
VENUES = ["CVPR 2025", "ICCV 2023", "ECCV 2024", "NeurIPS 2024", "ICLR 2025", "ICML 2021", "TPAMI 2024", "arXiv 2024"]
TRACKS = ["", "", "", " Highlight", " Oral", " Spotlight", " Workshop"]
SYLLABLES = ["ka", "lo", "mü", "ren", "zhi", "ar", "to", "bé", "vić", "son", "na", "ström", "gu", "ez", "li"]
CATEGORIES = ["cs.CV", "cs.LG", "cs.RO", "cs.CL", "eess.IV"]


class Papers:
    """Random but reproducible paper parts; about one paper in 40 repeats an earlier one."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.made: list[tuple[str, str]] = []

    def words(self, lo: int, hi: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(lo, hi)))

    def paper(self) -> tuple[str, str]:
        """(arXiv id, title)."""
        rng = self.rng
        if self.made and rng.random() < 0.025:
            return rng.choice(self.made)
        n = len(self.made)
        if rng.random() < 0.02:
            aid = f"{rng.choice(['hep-th', 'math', 'cs'])}/{rng.randint(91, 99):02d}{rng.randint(1, 12):02d}{n % 1000:03d}"
        else:
            aid = f"{rng.randint(15, 25):02d}{rng.randint(1, 12):02d}.{n % 100_000:05d}"
        title = self.words(3, 11).capitalize()
        if rng.random() < 0.1:
            title = f"{rng.choice(ODD)}: {title}"
        self.made.append((aid, title))
        return aid, title

    def authors(self, most: int = 12) -> list[str]:
        """Names as varied as a real library's: a known family name now and then, else
        one made of syllables (some with accents or a particle)."""
        rng = self.rng
        out = []
        for _ in range(rng.randint(1, most)):
            family = rng.choice(FAMILY) if rng.random() < 0.2 else "".join(
                rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
            out.append(f"{rng.choice(GIVEN)} {family}")
        return out

    def abstract(self) -> str:
        return ". ".join(self.words(8, 20).capitalize() for _ in range(self.rng.randint(3, 8))) + "."

    def venue(self) -> str:
        return self.rng.choice(VENUES) + self.rng.choice(TRACKS)


def _sections(n: int, every: int, heading: Callable[[int], str]) -> Iterator[tuple[int, str | None]]:
    for i in range(n):
        yield i, heading(i // every) if i % every == 0 else None


def blockquote_cards(n: int, p: Papers) -> str:
    out = ["# AI Paper Digest\n\n- Super-brief summaries of papers I've read\n\n---\n\n"]
    for i, head in _sections(n, 40, lambda k: f"## Part {k + 1}\n\n"):
        if head:
            out.append(head)
        aid, title = p.paper()
        links = [f"[arxiv](https://arxiv.org/abs/{aid})", f"[code](https://github.com/lab{i}/repo)"]
        venue = p.venue() if i % 9 else "accept info"
        out.append(f"> **{title}**  \n> *{venue}*, {', '.join(links)}  \n> Task: {p.words(2, 4)}  \n> \n")
        out.extend(f"> - {p.words(6, 16).capitalize()}.  \n" for _ in range(p.rng.randint(2, 5)))
        out.append("\n\n\n")
    return "".join(out)


def daily_list(n: int, p: Papers) -> str:
    out = ["# Diffusion Papers · 2025-04-07\n\n---\n\n## 📚 Paper List\n\n"]
    for i, head in _sections(n, 60, lambda k: f"### Day {k + 1}\n\n"):
        if head:
            out.append(head)
        aid, title = p.paper()
        names = p.authors(6)
        more = ", et al." if len(names) == 6 else ""
        cat = p.rng.choice(CATEGORIES)
        out.append(f"- **[{title}](https://arxiv.org/abs/{aid})**  `arXiv:{aid}`  `{cat}`  \n"
                   f"  _{', '.join(names)}{more}_\n  <details open><summary>Abstract</summary>\n"
                   f"  {p.abstract()}\n  </details>\n\n")
    return "".join(out)


def details_cards(n: int, p: Papers) -> str:
    out = ['<p align="center">\n  <a href="README.md">English</a> | <a href="README_zh.md">中文</a>\n</p>\n\n']
    for i, head in _sections(n, 30, lambda k: f"### 模态一致性 {k + 1}\n\n#### 代表性工作\n\n"):
        if head:
            out.append(head)
        aid, title = p.paper()
        zh = i % 3 == 0
        labels = ("作者：", "发表于：", "链接：") if zh else ("Authors:", "Published in:", "Links:")
        out.append(f"<details>\n<summary><b> {title}</b></summary>\n\n"
                   f"* **{labels[0]}** {', '.join(p.authors())}\n* **arXiv ID:** {aid}\n"
                   f"* **One-liner:** {p.words(8, 18).capitalize()}\n* **{labels[1]}** {p.venue()}\n"
                   f"* **{labels[2]}** [[Paper]](https://arxiv.org/abs/{aid}) | [[PDF]](https://arxiv.org/pdf/{aid}.pdf)"
                   f" | [[Code]]({'' if i % 5 == 0 else f'https://github.com/lab{i}/repo'})\n\n"
                   f"> **核心创新**  \n> {p.words(10, 30)}\n\n"
                   f"<details>\n    <summary>Abstract</summary>\n    {p.abstract()}\n</details>\n\n"
                   f"<details>\n    <summary>Key points</summary>\n    * {p.words(5, 12)}\n    * {p.words(5, 12)}\n"
                   "</details>\n</details>\n\n")
    return "".join(out)


def hf_table(n: int, p: Papers) -> str:
    out = []
    for _i, head in _sections(n, 25, lambda k: f"## Papers for 2024-12-{k % 28 + 1:02d}\n\n"
                              "| Title | Authors | Summary |\n|-------|---------|---------|\n"):
        if head:
            out.append(("\n" if out else "") + head)
        aid, title = p.paper()
        users = ", ".join(f"user{p.rng.randint(1, 9999)}" for _ in range(p.rng.randint(0, 5)))
        summary = p.abstract().replace(". ", " |G-1| of 0.05. ", 1)
        out.append(f"| {title} (Read more on [arXiv](https://arxiv.org/abs/{aid}) or "
                   f"[HuggingFace](https://huggingface.co/papers/{aid}))| {users} | {summary} |\n")
    return "".join(out)


def daily_table(n: int, p: Papers) -> str:
    out = []
    for i, head in _sections(n, 100, lambda k: f"## Topic {k + 1}\n\n| **Title** | **Date** | **Abstract** | "
                             "**Comment** | **CodeRepository** |\n| --- | --- | --- | --- | --- |\n"):
        if head:
            out.append(("\n" if out else "") + head)
        aid, title = p.paper()
        comment = "" if i % 3 == 0 else f"<details><summary>Accep...</summary><p>Accepted to {p.venue()}</p></details>"
        code = "None" if i % 2 else f"[Code Link](https://github.com/lab{i}/repo)"
        out.append(f"| **[{title}](http://arxiv.org/abs/{aid}v{p.rng.randint(1, 3)})** | 2025-02-{i % 28 + 1:02d} | "
                   f"<details><summary>Show</summary><p>{p.abstract()}</p></details> | {comment} | {code} |\n")
    return "".join(out)


def generic(n: int, p: Papers) -> str:
    """An awesome-list: a table of contents, ``+ [Title](link)`` items with badges,
    and table sections (title | venue | year | links) as in the real lists."""
    out = ["# Awesome Papers\n\n## Contents\n\n- [Papers](#papers)\n- [Tables](#tables)\n\n"]
    for i, head in _sections(n, 50, lambda k: f"## Area {k + 1}\n\n"):
        if head:
            out.append(head)
            if (i // 50) % 2:
                out.append("| Title | Venue | Year | Materials |\n|---|---|---|---|\n")
        aid, title = p.paper()
        if (i // 50) % 2:
            venue, year = p.rng.choice(VENUES).split()
            title = title.replace("<think>", "&lt;think&gt;")  # raw HTML in a cell is GitHub's to hide
            out.append(f"| {title} | {venue} | {year} | [[PDF](https://arxiv.org/abs/{aid})] "
                       f"[[CODE](https://github.com/lab{i}/repo)] |\n")
            if i % 50 == 49 or i == n - 1:
                out.append("\n")
        else:
            out.append(f"+ [{title}](https://arxiv.org/abs/{aid})  \n"
                       f"  [![Star](https://img.shields.io/github/stars/lab{i}/repo.svg?style=social&label=Star)]"
                       f"(https://github.com/lab{i}/repo)\n  {p.words(8, 20).capitalize()}.\n\n")
    return "".join(out)


FAMILIES: dict[str, Callable[[int, Papers], str]] = {
    "blockquote-cards": blockquote_cards,
    "daily-list": daily_list,
    "details-cards": details_cards,
    "hf-table": hf_table,
    "daily-table": daily_table,
    "generic": generic,
}


def digest_text(family: str, n: int, seed: int = 16) -> str:
    """A digest of ``family`` with ``n`` entries (the same text for the same seed)."""
    return FAMILIES[family](n, Papers(seed))
