"""Wild18 truth for SJTU-ReArch-Group/Paper-Reading-List README.md: a computer-architecture lab's seminar
log (setext headings, 207 lines).

Shape: under 'Seminars', one '### <Term Year>' heading per term, each with a table
'| Date | Paper Title | Presenter | Notes |'.  The 'Paper Title' cell is either
  - one or several Markdown links '[Title](url)', joined by ';', ' and ', ',' or '<br />', sometimes
    after a topic label ('Speculation Attack: [Meltdown](..), [Spectre](..), [Pinned-Loads](..)');
  - plain text: a paper title without a link (the link, if any, is in Notes: '[Link](usenix...)'),
    or the title of a topic talk ('LLM Quantization', 'GPU Warp Scheduling and Control Code').
The Notes cell holds slides, videos and once '[Related Work](ieee url)' / '[Paper2](nature url)'
(links without a title: not entries).  After the tables come links to sub-lists and to other groups'
reading lists (not entries).

Entries: every paper a Paper Title cell names; a cell naming several papers gives one entry per paper,
all on the row's line.  Decisions (the row's line in brackets):
  - link text is the title, except: [17] the IEEE link text is a topic plus the paper title in
    parentheses: the title is the parenthesised part; [28] the trailing '(PLDI 2021)' is dropped;
    [32] 'A Useful Tool CKA: ' and "It's application: " are labels before the (partial) titles;
  - links naming a paper only by its system's nickname have title null: Meltdown, Spectre,
    Pinned-Loads [53], 'Shared SIMD unit: Occamy', NOREBA, Orinoco [85]; 'WaveScalar' [91] is that
    MICRO 2003 paper's whole title, so it is kept;
  - plain cells judged to be paper titles (each a published paper's title, e.g. SparTA, ROLLER,
    CORTEX, JUNO, SMG, DistServe, TCP, dLoRA, ByteCheckpoint, Gemini, HybridFlow, NSA, Ayo, FSMoE,
    EXION, Hydra, Helix's 'A Sample-Free Compilation Framework ...', 'Breaking the Layer Barrier')
    are entries with the cell as title; [139] names two papers in one cell ('Ditto: ... Similarity'
    and 'CMC: ...'): two entries; [76] 'FlexGen and FlashAttention': two entries, title null
    (nicknames only);
  - plain cells naming a topic, a survey talk, a tutorial or conference notes are not entries
    (29, 39, 58, 66, 67, 68, 77, 83, 86, 90, 99, 108, 109, 110, 113, 115, 116, 117, 118, 120, 130,
    132, 133, 137, 138, 140, 141, 142, 149, 152-155, 162, 163).  'Taming Load Balancing in
    Distributed LLM Training' [132] and 'Auto-Vectorization in Compilers: ...' [130] read as talk
    titles (no paper of that title known); [162] is a talk whose Notes link FAST'26 slides and a
    Nature paper without naming either.
The Hydra cell [151] has a vertical-tab character between 'Efficient' and 'Mixture': whitespace,
collapsed to a space in the title.
Ids: for a linked paper, from its own link's URL only (a row may link several papers; [43] links
the same arXiv id for DTR and Checkmate, kept as written); for a plain-cell paper, from the row.

Count check: 85 entries = Spring 2021 9 + Summer 2021 6 + Fall 2021 9 + Spring 2022 8 + Fall 2022 2
+ Spring 2023 13 + Fall 2023 18 + Spring 2024 3 + Fall 2024 6 + Spring 2025 8 + Fall 2025 2 +
Spring 2026 1 (counted by eye per term); 97 table rows with a date (grep), each classified (asserted).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "SJTU-ReArch-Group__Paper-Reading-List__README@3c38817.md"
PART = "wild18_development"

# linked cells whose link texts are not (all) plain titles: line -> one title (or None) per link
LINK_TITLES = {
    17: ["Optimizing the Memory Hierarchy by Compositing Automatic Transformations on Computations and Data"],
    28: ["AKG: automatic kernel generation for neural processing units using polyhedral transformations"],
    32: ["Similarity of Neural Network Representations Revisited",
         "Uncovering How Neural Network Representations Vary with Width and Depth"],
    53: [None, None, None],
    85: [None, None, None],
}
# plain cells that are paper titles: line -> titles (None = nickname only)
PLAIN_PAPERS = {
    54: ["SparTA: Deep-Learning Model Sparsity via Tensor-with-Sparsity-Attribute"],
    55: ["ROLLER: Fast and Efficient Tensor Compilation for Deep Learning"],
    56: ["Adaptable Register File Organization for Vector Processors"],
    57: ["CORTEX: A COMPILER FOR RECURSIVE DEEP LEARNING MODELS"],
    73: [("JUNO: Algorithm-Hardware Mapping Co-design for Efficient\\\\Approximate Nearest Neighbour Search in High"
         " Dimensional Space")],
    75: ["SMG: Towards Efficient Execution and Adequate Encryption of Private DNN Inference via Secure Micro-Graph"],
    76: [None, None],
    100: ["Transparent GPU Sharing in Container Clouds for Deep Learning Workloads"],
    101: ["DistServe: Disaggregating Prefill and Decoding for Goodput-optimized Large Language Model Serving"],
    111: ["TCP: A Tensor Contraction Processor for AI Workloads"],
    112: ["dLoRA: Dynamically Orchestrating Requests and Adapters for LoRA LLM Serving"],
    114: ["ByteCheckpoint A Unified Checkpointing System for Large Foundation Model Development"],
    119: ["Stealing Part of a Production Language Model"],
    121: ["Byte Latent Transformer: Patches Scale Better Than Tokens"],
    122: ["Gemini Mapping and Architecture Co-exploration for Large-scale DNN Chiplet Accelerators"],
    128: ["HybridFlow: A Flexible and Efficient RLHF Framework"],
    129: ["Chimera: An Analytical Optimizing Framework for Effective Compute-intensive Operators Fusion"],
    131: ["Native Sparse Attention: Hardware-Aligned and Natively Trainable Sparse Attention"],
    134: ["Towards End-to-End Optimization of LLM-based Applications with Ayo"],
    135: ["FSMoE: A Flexible and Scalable Training System for Sparse Mixture-of-Experts Models"],
    136: ["EXION: Exploiting Inter- and Intra-Iteration Output Sparsity for Diffusion Models"],
    139: ["Ditto: Accelerating Diffusion Model via Temporal Value Similarity",
          "CMC: Video Transformer Acceleration via CODEC Assisted Matrix Condensing"],
    150: ["A Sample-Free Compilation Framework for Efficient Dynamic Tensor Computation"],
    151: ["Hydra: Harnessing Expert Popularity for Efficient\x0bMixture-of-Expert Inference on Chiplet System"],
    161: ["Breaking the Layer Barrier: Remodeling Private Transformer Inference with Hybrid CKKS and MPC"],
}
TOPICS = {29, 39, 58, 66, 67, 68, 77, 83, 86, 90, 99, 108, 109, 110, 113, 115, 116, 117, 118, 120, 130,
          132, 133, 137, 138, 140, 141, 142, 149, 152, 153, 154, 155, 162, 163}
PER_TERM = {"Spring 2021": 9, "Summer 2021": 6, "Fall 2021": 9, "Spring 2022": 8, "Fall 2022": 2,
            "Spring 2023": 13, "Fall 2023": 18, "Spring 2024": 3, "Fall 2024": 6, "Spring 2025": 8,
            "Fall 2025": 2, "Spring 2026": 1}

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    stop = lines.index("DNN Architecture")
    papers, rows, term, per_term = [], 0, "", {}
    seen_plain, seen_link = set(), set()
    for n, text in enumerate(lines[:stop], 1):
        if text.startswith("### "):
            term = text[4:].strip()
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if not text.startswith("|") or not re.match(r"\d", cells[0]):
            continue
        rows += 1
        cell = cells[1]
        links = LINK.findall(cell)
        if n in TOPICS:
            assert n not in PLAIN_PAPERS and n not in LINK_TITLES, n
            continue
        if n in PLAIN_PAPERS:
            assert not links, n
            seen_plain.add(n)
            for t in PLAIN_PAPERS[n]:
                if t is not None:
                    assert t.replace("\\\\", "\\") in cell.replace("\\\\", "\\"), (n, t)
                papers.append(entry(lines, n, n, t))
            per_term[term] = per_term.get(term, 0) + len(PLAIN_PAPERS[n])
            continue
        assert links, (n, cell)
        titles = LINK_TITLES.get(n, [t for t, _ in links])
        if n in LINK_TITLES:
            seen_link.add(n)
        assert len(titles) == len(links), n
        for t, (_, url) in zip(titles, links):
            p = entry(lines, n, n, t)
            p["arxiv"], p["doi"] = arxiv_of(url), doi_of(url)
            papers.append(p)
        per_term[term] = per_term.get(term, 0) + len(titles)
    assert rows == 97, rows
    assert seen_plain == set(PLAIN_PAPERS) and seen_link == set(LINK_TITLES)
    assert per_term == PER_TERM, per_term
    assert len(papers) == 85, len(papers)
    write_truth(NAME, PART, papers,
                "every paper the 'Paper Title' cell of a seminar table row names (one entry per linked paper; plain"
                " cells judged by hand to be paper titles); title = the link text or the cell (labels, a venue suffix"
                " and a topic prefix dropped, nickname-only links null); topic talks, surveys, tutorials and the"
                " Notes column's untitled links are not entries; ids from each paper's own link",
                "all 85 entries against the file row by row (titles, null nicknames, per-link arXiv ids and DOIs);"
                " every dated row classified as paper or topic; per-term counts by eye")


if __name__ == "__main__":
    main()
