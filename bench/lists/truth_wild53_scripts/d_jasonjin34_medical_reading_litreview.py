"""Wild53 truth for jasonjin34/Medical_reading_material literature-review.md: a bilingual (Chinese / English)
literature review of a biomedical research direction, "anomaly-detection-based virtual tissue modelling"
(histopathology and spatial-omics anomaly detection, virtual tissues, perturbation prediction to revert the
anomaly), newest commit (358074d, 2026-08-03).  The repository keeps one folder per item under ``papers/<slug>/``
and this review walks through them.

Shape: 94 lines, 18 KB.  ``# 文献综述 / Literature Review`` (1), a sub-title (2), bilingual intro paragraphs
written as ``<!-- ZH --> 中文...`` / ``<!-- EN --> English...`` line pairs (4-8), then five sections
``## 阶段一 · 异常检测 / Stage 1 — Anomaly detection`` (12), Stage 2 (29), Stage 3 (42), ``横切 · 基础模型 /
Cross-cutting — Foundation backbones`` (56), ``Cross-cutting — Data & applications`` (67), each with a ZH/EN "core
idea" pair and a bullet list, and a ZH/EN takeaway pair; ``## 综合与空白 / Synthesis & gaps`` (74) is a numbered
ZH/EN prose list that names methods again (not entries); ``## 引用 / Citations`` (92) points to references.bib.

Every bullet is ONE line holding the same item twice, once per language:
``- <!-- ZH --> [`spatial-natcommun-2024`](papers/spatial-natcommun-2024/deep-read.md) — **STANDS**(Nat. Commun.
2024)... <!-- EN --> [`spatial-natcommun-2024`](papers/...) — **STANDS** (Nat. Commun. 2024): ...``.  An item is
named only by its folder slug in backticks (``histo-nejmai-2024``, ``virtual-tissue-2501``), a bold method nickname
(``**STANDS**``, ``**AnoPILaD**``, ``**VirTues**``, ``**MintFlow**``) and a venue/year; no bullet writes a paper
title, and no DOI or arXiv id appears (links go to local deep-read notes; ``arXiv 2501`` / ``arXiv 2604`` are not
ids).

Special cases:
- Two bullets name several items: 22 (``imaging-nature-2026`` ★ and ``imaging-ehjdh-2026``, two papers) and 70
  (``pathomics-npjpo-2026``, ``pathomics-blood-2023``, ``pathomics-repo``: two papers and a code repository).
- Non-papers listed like papers (the repository's own ``metadata.yaml`` types them so): the Boehringer code repo
  ``histo-anomaly-bi-repo`` (21), the Hugging Face model ``uni2-h-model`` (62), the Arc Institute competition
  ``virtual-cell-challenge`` (49), the GitHub repo ``pathomics-repo`` (70).
- ``pathomics-blood-2023`` is an ASH 2023 meeting abstract (Blood supplement): a research work, an entry.
- ``hest1k-2024`` (69) is described as a dataset + benchmark but is the HEST-1k dataset paper (typed ``paper`` with
  arXiv 2406.16192 in the repository): counted as an entry.
- ``spatial-biorxiv-2025`` (MintFlow) is listed twice (35 in Stage 2, 48 in Stage 3): two entries.

Decisions:
- Entry = each paper item a bullet names (its ZH half; the EN half repeats the same item on the same line and is
  not a second entry): 15 entries, first = last = the bullet's line (two on line 22, two on line 70).
- Title = None for every entry: the bullets give a slug, a method nickname and a venue, never the title.
- Not entries: the code repos, the model, the competition, the ZH/EN prose paragraphs and the synthesis list.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "jasonjin34__Medical_reading_material__literature-review@358074d.md"
PART = "wild53_development"

BULLET = re.compile(r"^- <!-- ZH --> (?P<zh>.*?) <!-- EN --> (?P<en>.*)$")
SLUG = re.compile(r"\[`(?P<slug>[a-z0-9-]+)`\]\(papers/(?P=slug)/deep-read\.md\)")
NOT_PAPERS = {"histo-anomaly-bi-repo", "uni2-h-model", "virtual-cell-challenge", "pathomics-repo"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 文献综述 / Literature Review"
    papers, seen, skipped = [], [], []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln[:80])
        zh = [s.group("slug") for s in SLUG.finditer(m.group("zh"))]
        en = [s.group("slug") for s in SLUG.finditer(m.group("en"))]
        assert zh and zh == en, (n, zh, en)
        for slug in zh:
            if slug in NOT_PAPERS:
                skipped.append((n, slug))
                continue
            seen.append((n, slug))
            papers.append(entry(lines, n, n, None))
    assert skipped == [(21, "histo-anomaly-bi-repo"), (49, "virtual-cell-challenge"), (62, "uni2-h-model"),
                       (70, "pathomics-repo")], skipped
    assert [n for n, _ in seen] == [17, 18, 19, 20, 22, 22, 34, 35, 47, 48, 61, 63, 69, 70, 70], seen
    assert [s for n, s in seen if n in (35, 48)] == ["spatial-biorxiv-2025"] * 2, seen
    assert all(p["arxiv"] is None and p["doi"] is None and p["title"] is None for p in papers), papers
    assert len(papers) == 15, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper item named in a '- <!-- ZH --> ... <!-- EN --> ...' bullet is an entry (15), found by its"
        " [`slug`](papers/<slug>/deep-read.md) link in the ZH half (the EN half on the same line repeats the same"
        " items and is not counted again); bullets 22 and 70 name two papers each; the code repos"
        " (histo-anomaly-bi-repo 21, pathomics-repo 70), the Hugging Face model (uni2-h-model 62) and the"
        " competition (virtual-cell-challenge 49) are not entries; the ASH abstract pathomics-blood-2023 and the"
        " HEST-1k dataset paper count; MintFlow listed in Stage 2 and Stage 3 is two entries; title None for all"
        " (only slugs, nicknames and venues are written); no ids in the file.",
        "Read all 94 lines; checked every bullet's ZH and EN halves name the same slugs in the same order, the"
        " four non-papers against the repository's own metadata.yaml types (code, model, competition), the"
        " prose/synthesis lines hold no further list items, and that no DOI/arXiv id is written (the helper finds"
        " none).",
    )


if __name__ == "__main__":
    main()
