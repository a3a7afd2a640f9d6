"""Wild50 truth for MAC-AutoML/Awesome-Self-Distillation README.md: a small, new (May 2026) curated list of
self-distillation papers for large models (LLMs, MLLMs, diffusion LMs), newest commit (c490459, 2026-05-26, 20 KB).

Shape: 190 lines, everything in pipe tables.  A centred header ``<div align="center">`` with badges (1-13; the
``2026 Papers-26`` badge gives the count), a Scope bullet list and two notes (17-29), then:
- ``## 🧭 Quick Navigation`` table (35-43): anchors to sections, with nicknames in the second cell; not papers.
- ``## 📌 Highlights`` (47): ``| Method | Paper | Venue | Code / Stars | Why it matters |`` with 6 rows (51-56), a bold
  nickname (``**OPSD**``) then the paper as ``[Title](arxiv)``; all six papers come again in the main tables,
  two under a different title (``On-Policy Context Distillation`` 54 vs ``... for Language Models`` 103; ``OPSD for
  Step-Distilled Diffusion Models`` 56 vs ``D-OPSD: On-Policy Self-Distillation for Continuously Tuning
  Step-Distilled Diffusion Models`` 127).
- ``## 🧩 Taxonomy`` table (64-72): categories with comma-separated nicknames (``OPSD, GATES, Vision-OPD``) in a
  "Representative papers" cell; nicknames only, not entries.
- ``# 📄 2026 Papers`` (76): five ``##`` sections each with ``| Date | Paper | Venue | Code / Stars | Area | Key idea |``
  tables: 84-94 (11), 102-105 (4), 113-117 (5), 125-128 (4), 136-137 (2) = 26 rows; Code cells hold ``[Code](...)``
  plus a Shields stars badge, ``[Project](...)`` or ``-``; Key idea cells sometimes open with a bold nickname.
- ``## 🧰 Related Awesome Lists`` table (143-146): two GitHub awesome lists, not papers.
- ``## 🤝 Contributing`` with a fenced ``markdown`` PR-format template row ``| YYYY-MM | [Paper Title](paper_url) |
  ...`` (164): a placeholder, not an entry.
- ``## 📜 Citation`` with a ``@misc{awesome_self_distillation, title = {Awesome Self-Distillation}, ...}`` BibTeX
  block (176-181) citing the list itself (a GitHub repository, not a research work): not an entry.

Special cases:
- Title with TeX: ``$\\pi$-Play: Multi-Agent Self-Play via Privileged Self-Distillation without External Data``
  (105), kept as written.
- ``Why Does Self-Distillation (Sometimes) Degrade the Reasoning Capability of LLMs?`` (136): parentheses in the title.

Decisions:
- Entry = every data row of the Highlights table (6) and of the five paper tables (26): 32 entries, repeats kept;
  title = the link text of the Paper cell (the Method nickname is not title text).
- Not entries: navigation, taxonomy and related-lists tables, the template row in the code fence, the BibTeX of the
  list itself, badges.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "MAC-AutoML__Awesome-Self-Distillation__README@c490459.md"
PART = "wild50_development"

HEADS = {
    "| Method | Paper | Venue | Code / Stars | Why it matters |": "highlight",
    "| Date | Paper | Venue | Code / Stars | Area | Key idea |": "paper",
}
HI = re.compile(r"^\| \*\*[^*]+\*\* \| \[(?P<title>[^]]+)\]\(https://arxiv\.org/abs/[0-9.]+\) \| ")
ROW = re.compile(r"^\| 2026-\d\d \| \[(?P<title>[^]]+)\]\(https://arxiv\.org/abs/[0-9.]+\) \| ")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "# 🌟 Awesome Large Model Self-Distillation", lines[2]
    papers = []
    kind = None
    counts = {"highlight": 0, "paper": 0}
    fence = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        if ln in HEADS:
            kind = HEADS[ln]
            continue
        if not ln.startswith("|"):
            kind = None
            continue
        if kind is None or ln == "|---|---|---|---|---|" or ln == "|---|---|---|---|---|---|":
            continue
        m = (HI if kind == "highlight" else ROW).match(ln)
        assert m, (n, ln[:120])
        papers.append(entry(lines, n, n, m.group("title")))
        counts[kind] += 1
    assert counts == {"highlight": 6, "paper": 26}, counts
    t = {p["line"]: p for p in papers}
    assert (t[51]["title"], t[51]["arxiv"]) == (
        "Self-Distilled Reasoner: On-Policy Self-Distillation for Large Language Models", "2601.18734"), t[51]
    assert t[54]["title"] == "On-Policy Context Distillation", t[54]
    assert t[103]["title"] == "On-Policy Context Distillation for Language Models", t[103]
    assert t[56]["title"] == "OPSD for Step-Distilled Diffusion Models", t[56]
    assert t[105]["title"].startswith("$\\pi$-Play: Multi-Agent Self-Play"), t[105]
    assert t[137]["title"] == "A Brief Overview: On-Policy Self-Distillation In Large Language Models", t[137]
    assert not any(p["line"] in (164, 176) or 64 <= p["line"] <= 72 or p["line"] > 140 for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the Highlights table (51-56, 6 rows) and of the five '| Date | Paper | Venue | Code /"
        " Stars | Area | Key idea |' tables (26 rows, matching the '2026 Papers-26' badge) is an entry (32; the six"
        " highlights repeat main-table papers, two under shorter titles); title = the link text of the Paper cell, the"
        " bold Method nickname not included.  Navigation, Taxonomy (nickname lists) and Related Awesome Lists tables,"
        " the PR template row inside the code fence (164) and the @misc BibTeX of the list itself are not entries.",
        "Read all 190 lines; compared -v with every row of the six paper-bearing tables (51-56, 84-94, 102-105,"
        " 113-117, 125-128, 136-137): titles equal the link texts, arXiv ids from the abs links (all 32 rows have one);"
        " checked the two highlight titles that differ from the main-table titles (54 vs 103, 56 vs 127), the $\\pi$"
        " title 105, and that the taxonomy nicknames, template row 164 and BibTeX 176-181 yield nothing.",
    )


if __name__ == "__main__":
    main()
