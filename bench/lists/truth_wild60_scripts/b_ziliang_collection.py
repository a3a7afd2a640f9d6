"""Wild60 truth for ziliangpeng/world ai/llm/draft-collection-paper.md at ed2deed (2025-11-28): "Personal Paper
Collection", one engineer's own collection of AI/ML papers kept in a personal knowledge repository, grouped by
research intent.

Shape: 202 lines.  Title and intro (1-3), then 13 sections ``## <emoji> <topic>`` each with a one-line blurb and a
pipe table ``| Paper | Year | Link |`` / ``|-------|------|------|`` with one body row per item (rows 11-21, 29-33,
41-48, 56-64, 72-81, 89-96, 104-108, 116-124, 132-138, 146-152, 160-163, 171-173, 181-184, 192-195: 94 rows).  The link cell
is an arXiv id link ``[1301.3781](https://arxiv.org/abs/1301.3781)``, ``[PDF](...)`` or ``[Blog](...)``.  The last
section ``## 🔗 Resources & Blog Posts`` (197-202) has a different table ``| Title | Type | Link |`` of blog posts.

Special cases:
- Rows whose link is ``[Blog](...)`` are blog posts, not papers: 56 (OpenAI's GPT-2 announcement), 91 (Engineering
  at Meta post), 92 and 95 (PyTorch blog), 160 (Raschka's magazine), 161 (Hendrik Erz's post).
- Rows 11 (JMLR pdf) and 171 (Triton, Harvard pdf) link a ``[PDF]``: papers.
- 96 ``| FSDP Cites | 2023 | [2304.11277](...) |`` is the author's bookmark to the FSDP paper (already row 94, same
  arXiv id): it is a row of the paper table pointing at a paper but its text is no title, so it is an entry with
  title None (arXiv id taken).
- Many rows append the author's own label in parentheses: ``(Very early 2003 NN NLP)`` 11, ``(Phrase2vec)`` 13,
  ``(Inception)`` 15, ``(VGGNet)`` 16, ``(ResNet)`` 19, ``(Inception v2)`` 29, ``(ViT)`` 41, ``(Sliding Window
  Attention)`` 42, ``(Falcon)`` 60, ``(DALLE 2)`` 117, ``(ControlNet)`` 119, ``(can't generalize)`` 148, ``(Paper)``
  184.  These are not part of the titles and are dropped.  17 prefixes the label ``He Initialization - `` (dropped).
- 149 ``System 2 Attention (is something you might need too)``: the parenthesis IS the paper's real title; kept.
- 184 ``Weak-to-strong generalization (Paper)`` is a shortened title; taken as written (without the label).

Decisions:
- Entry = every body row of the 13 ``| Paper | Year | Link |`` tables whose link cell is not ``[Blog]``: one line each.
  Title = the first cell with the label parentheses / prefix listed above removed.
- The Resources table rows (201-202) and the blog rows listed above are not entries.
- arXiv ids come from the arxiv.org links by the helper; no DOI is written.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "ziliangpeng__world__ai__llm__draft-collection-paper@ed2deed.md"
PART = "wild60_development"

LABELS = (
    "Very early 2003 NN NLP", "Phrase2vec", "Inception", "VGGNet", "ResNet", "Inception v2", "ViT",
    "Sliding Window Attention", "Falcon", "DALLE 2", "ControlNet", "can't generalize", "Paper",
)
LABEL_SUFFIX = re.compile(r"\s+\((?:" + "|".join(re.escape(x) for x in LABELS) + r")\)$")
LABEL_PREFIX = re.compile(r"^He Initialization - ")


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_paper_table = False
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            in_paper_table = False
            continue
        row = cells(ln)
        if row[:3] == ["Paper", "Year", "Link"]:
            in_paper_table = True
            continue
        if row[:3] == ["Title", "Type", "Link"]:
            in_paper_table = False
            continue
        if not in_paper_table or set(ln.strip()) <= {"|", "-"}:
            continue
        if row[2].startswith("[Blog]"):
            continue
        title = LABEL_PREFIX.sub("", LABEL_SUFFIX.sub("", row[0]))
        if title == "FSDP Cites":
            title = None
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 88, len(papers)
    for n in (56, 91, 92, 95, 160, 161, 201, 202):
        assert n not in by, n
    assert by[11]["title"] == "A Neural Probabilistic Language Model", by[11]
    assert by[17]["title"] == ("Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet"
                               " Classification"), by[17]
    assert by[17]["arxiv"] == "1502.01852", by[17]
    assert by[41]["title"] == "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", by[41]
    assert by[96]["title"] is None and by[96]["arxiv"] == "2304.11277", by[96]
    assert by[149]["title"] == "System 2 Attention (is something you might need too)", by[149]
    assert by[148]["title"] == ("Pretraining Data Mixtures Enable Narrow Model Selection Capabilities in"
                                " Transformer Models"), by[148]
    assert by[171]["title"] == "Triton: An Intermediate Language and Compiler for Tiled Neural Network Computations"
    assert by[184]["title"] == "Weak-to-strong generalization", by[184]
    assert by[195]["arxiv"] == "2507.10605", by[195]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the 13 '| Paper | Year | Link |' tables is one entry (one line) unless its link"
        " cell is '[Blog](...)' (blog posts: 56, 91, 92, 95, 160, 161); the '| Title | Type | Link |' resources"
        " table gives none.  Title = the first cell without the author's parenthesised labels ((ViT), (ResNet),"
        " (Phrase2vec), (can't generalize), (Paper) ...) and without the 'He Initialization - ' prefix; 'System 2"
        " Attention (is something you might need too)' keeps its real parenthesis.  Row 96 'FSDP Cites' points at"
        " the FSDP arXiv paper but names no title: entry with title None.",
        checked="Read the whole file; compared the -v output with all 94 paper-table rows and the 2 resources rows, checked every parenthesis"
        " against the real paper titles, the six blog rows, the PDF rows (11, 171), the FSDP Cites row and the"
        " arXiv ids from the arxiv.org links.",
    )


if __name__ == "__main__":
    main()
