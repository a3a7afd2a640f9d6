"""Wild41 truth for suanlab/Awesome-Neural-Network-Interpretability README.md: a lab's awesome list of neural
network interpretability (self-interpretable models, mechanistic interpretability, probing, causal
abstraction, KANs, neuro-symbolic AI, steering, ...); newest commit (768105b, 2026-03-22).

Shape: title and badge (1), a quote and "Last updated" line, a Table of Contents of anchor links (9-74), then
``##``/``###``/``####`` sections each holding a pipe table ``| Year | Title | Venue | Links |`` (76-688) with the
title bolded in the Title cell (``**Attention is not Explanation**``), the venue as text (``NeurIPS``, ``ICLR
2025``, ``Anthropic``, ``LessWrong``, ``Alignment Forum``, ``Google Research``, ``ICLR Blog Track``) and links
``[arXiv](url) / [Code](url)``; 12 rows have an empty Links cell (165-168, 185, 186, 205, 633, 640, 662).  The
same paper often sits in two sections (KAN 148/393, ConceptAttention 169/478/623, Toy Models of Superposition
246/595 ...).  A KAN "Resources" bullet list (406-411: code repositories and link lists), then tool tables
``| Tool | Description | Links |`` (696-733), a Datasets table ``| Name | Description | Links |`` (741-747),
Tutorials and Workshops (753-759), Books (763), Related Awesome Lists (769-785), Contributing, License.

Decisions:
- Every data row of a ``| Year | Title |`` table is one entry on its own line, except the 9 rows whose record
  is a blog post, forum post or release rather than a paper: 235 Gemma Scope 2 (Google DeepMind blog +
  HuggingFace weights), 271 Interpreting GPT: The Logit Lens (LessWrong post), 323 Causal Scrubbing and 334
  Attribution Patching (Alignment Forum posts), 356 Inceptionism / DeepDream (Google Research blog), 498
  Mechanistic Interpretability Meets Vision Language Models (ICLR Blog Track post), 510 Simple Probes Can
  Catch Sleeper Agents (Anthropic blog), 544 LLM Salting (CAMLIS talk, blog link), 597 Scaling Interpretable
  Language Models to 8 Billion Parameters (Guide Labs blog).  Anthropic/OpenAI research reports on
  transformer-circuits.pub or arXiv (221, 222, 232, 234, 246, 460, 462, 595, 596, 634), Distill articles (359,
  362), the 2009 technical report (354), the PRISM poster link (248, a NeurIPS paper) and the ECML survey
  linked to Molnar's online book (94, the record names the paper) are entries; rows without links are entries.
- Title = the bolded Title cell without the trailing parenthesised nickname the list appends (``(SENN)``,
  ``(CBM)``, ``(ACDC)``, ``(ROME)``, ``(β-TCVAE)``, ``(Exp-KD)`` ...: 22 labels, all checked to be labels);
  the list's shortened titles (``This Looks Like That: ProtoPNet``, ``Scaling Monosemanticity``) are kept as
  written.
- The Datasets table rows that cite the benchmark's paper by a ``[Paper]`` link (741-747: MIB, M4, DERI1000,
  FaithCoT-Bench) are entries named only by the benchmark's nickname: title null.  Liars' Bench (HuggingFace
  dataset link only) is not an entry.
- Not entries: the Table of Contents, the KAN Resources bullets, the tool tables, the Tutorials and Workshops
  table, the Books bullet, the Related Awesome Lists table, badges.
- Ids: arXiv ids from arxiv.org links (the first link of the cell; 401 ``[arXiv] / [Paper]``); DOIs from
  dl.acm.org/doi (81) and other publisher URLs that hold one; openreview, ACL Anthology, cell.com pii and
  Nature article links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "suanlab__Awesome-Neural-Network-Interpretability__README@768105b.md"
PART = "wild41_development"

NOT_PAPERS = {235, 271, 323, 334, 356, 498, 510, 544, 597}
LABEL = re.compile(r"\s*\(([^()]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    labels = []
    table = None
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            table = None
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if cells[:2] == ["Year", "Title"]:
            table = "papers"
            continue
        if cells[0] == "Name" and cells[1] == "Description":
            table = "datasets"
            continue
        if table is None or re.fullmatch(r"[|\s:-]+", ln):
            continue
        if table == "datasets":
            if cells[2].startswith("[Paper]("):
                papers.append(entry(lines, i, i, None))
            continue
        assert re.fullmatch(r"\d{4}", cells[0]), (i, cells)
        m = re.fullmatch(r"\*\*(.+)\*\*", cells[1])
        assert m, (i, cells[1])
        if i in NOT_PAPERS:
            continue
        title = m.group(1)
        lab = LABEL.search(title)
        if lab:
            labels.append(lab.group(1))
            title = title[: lab.start()]
        papers.append(entry(lines, i, i, title))
    if "-v" in sys.argv:
        print("dropped labels:", labels)
    assert len(labels) == 22, len(labels)
    assert len(papers) == 279, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the '| Year | Title | Venue | Links |' tables is one entry on its line, title = the bolded"
        " Title cell without the trailing parenthesised nickname label; 9 rows whose record is a blog/forum post or"
        " model release (235, 271, 323, 334, 356, 498, 510, 544, 597) are left out; the 4 Datasets rows citing the"
        " benchmark's paper by a [Paper] link are entries with title null; tool, tutorial, book and related-list"
        " tables are not entries.",
        "Whole 797-line file read: all 284 paper-table rows listed with their venue and link labels and compared"
        " with the -v output; first/last row of every table; the 9 left-out rows checked against their venue and"
        " link (LessWrong, Alignment Forum, Google Research blog, ICLR Blog Track, Anthropic/Guide Labs blogs,"
        " CAMLIS, Gemma Scope release); the 22 dropped labels listed; the 12 link-less rows kept; repeats (148/393,"
        " 169/478/623, 246/595, 265/93, 291/520 ...) kept as separate entries; the Datasets table (MIB, M4,"
        " DERI1000, FaithCoT-Bench null-titled; Liars' Bench left out), tool tables and Resources bullets left"
        " out; ids: arXiv links, the ACM DOI on 81, no id from openreview/ACL/pii/Nature links.",
    )


if __name__ == "__main__":
    main()
