"""Wild55 truth for Tramac/paper-reading-note README.md: a researcher's personal reading checklist, notes on the
papers covered by Mu Li's paper-reading videos and later his own reading (vision, AIGC, LLM, VLM, retrieval), newest
commit touching the file (bff154f, 2025-06-14).

Shape: 58 lines, 2 KB.  Title (1), a Chinese line linking the video series (3), then task-list bullets with no
heading (5-19) and under ``## AIGC`` (21), ``## LLM`` (34), ``## VLM`` (41), ``## Universal Multimodel Retrieval``
(55).  46 bullets ``- [x] [Name](./notes/NNN_x.md)`` (read, linked to the note) or ``- [ ] Name`` (to read, no link;
15 ``- [ ] [DETR](...)`` is unchecked yet linked).  Every item is a short name, never a full paper title:
model or method names (``BERT``, ``MOCO``, ``DALL·E 2``, ``LatentStableDiffusion``, ``Chinese-LLaMA-Alpaca``,
``Mini-GPT4``, ``InternVL-1.5``), one with a trailing space after the link (26).  No venues, authors or ids in the
file (links point to local notes; 49's link has a stray leading ``/``).

Special cases (checked against the notes each item links to):
- Not papers: 9 ``对比学习串烧`` (a talk surveying contrastive-learning papers), 14 ``视频理解论文串讲`` (a talk series
  on video-understanding papers), 18 ``CLIP improve`` (a topic, no link), 26 ``Stable Diffusion 2.x`` (a model
  release; the note links only the release announcement and code), 46 ``Fuyu-8B`` (a model release; the note links a
  blog post and Hugging Face), 50 ``InternVL-2`` (a blog release; the note links a blog, Zhihu and Hugging Face).
- Everything else names one paper, read or not yet read (31 ``Latent Consistency Models``, 32 ``DiT``, 53
  ``InternVL-2.5`` are link-less to-read items and are entries; 24 ``EasyPhoto`` and 38 ``Chinese-LLaMA-Alpaca``
  have arXiv technical reports and are entries).

Decisions:
- Entry = each task-list bullet naming one paper (40 of 46 bullets).
- Title = the item's name as written (the link text, or the bare text of a link-less item), although it is a short
  name rather than the paper's full title; ``None`` is never needed.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "Tramac__paper-reading-note__README@bff154f.md"
PART = "wild55_development"

ITEM = re.compile(r"^- \[[ x]\] (?:\[(?P<linked>[^\]]+)\]\([^)]*\)|(?P<bare>\S.*?))\s*$")
NOT_PAPERS = {9, 14, 18, 26, 46, 50}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    items = 0
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- ["):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        items += 1
        if n in NOT_PAPERS:
            skipped.append(n)
            continue
        papers.append(entry(lines, n, n, (m.group("linked") or m.group("bare")).strip()))
    assert items == 46, items
    assert skipped == sorted(NOT_PAPERS), skipped
    by = {p["line"]: p for p in papers}
    assert by[5]["title"] == "BERT", by[5]
    assert by[15]["title"] == "DETR", by[15]
    assert by[16]["title"] == "DALL·E 2", by[16]
    assert by[25]["title"] == "LatentStableDiffusion", by[25]
    assert by[31]["title"] == "Latent Consistency Models", by[31]
    assert by[32]["title"] == "DiT", by[32]
    assert by[38]["title"] == "Chinese-LLaMA-Alpaca", by[38]
    assert by[49]["title"] == "InternVL-1.5", by[49]
    assert by[53]["title"] == "InternVL-2.5", by[53]
    assert by[58]["title"] == "GME", by[58]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers), papers
    assert len(papers) == 40, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every task-list bullet '- [x] [Name](./notes/...)' or '- [ ] Name' that names one paper is an entry, read or"
        " to-read (40 of 46 bullets); the two survey talks (9, 14), the topic 'CLIP improve' (18) and the three model"
        " releases without a paper (Stable Diffusion 2.x 26, Fuyu-8B 46, InternVL-2 50, judged from the notes they"
        " link) are not.  Title = the item's short name as written (link text or bare text), e.g. 'BERT', 'DALL·E 2'.",
        "Printed all 46 bullets and compared -v against them: names with dots, hyphens and the middle dot, the"
        " link-less to-read items (31, 32, 53) kept, the trailing space at 26 and the '/notes' link at 49, the six"
        " non-papers checked against the notes they link (talk pages, release blog posts, no paper link).",
    )


if __name__ == "__main__":
    main()
