"""Wild31 truth for yichousun/Winter2021_CS249_GNN Paper_Presentation/README.md: the paper-presentation
schedule of a graduate seminar (UCLA CS 249 Graph Neural Networks, Winter 2021).

Shape: topic bullets (`- GNNs and Knowledge Graphs (4 lectures)`), under each a `  - [date] Authors, Title.
Venue Year. bare-url` line for each presented paper, followed by a deeper `    - [**(Presentation)**](folder)
Presenters: ...` line (line 43 has no link); plus `  - (Optional Reading) ...` lines.  Citations are plain
text, so the title is read by hand per line:
- most are `Authors, Title. Venue` or `Authors, Title, Venue` (23, 25, 27, 31, 33, 36, 38, 45, 50);
- 44 and 52 use initials-style authors (`You, J., Ying, R., ... GraphRNN: ...`, `Ryoma Sato, Makoto Yamada,
  and Hisashi Kashima.  Random features ...`);
- 46 and 53 name no authors (`Scalable Deep Generative Modeling for Sparse Graphs. ICML 2020.`);
- 48 and 50 carry a topic tag in brackets `(GNN and WL)` / `(High-Order GNNs)` before the authors, dropped;
- nicknames written into the title (`GCPN: ...`, `MolGAN: ...`, `GraphAF: ...`, `Hoppity: ...`) are kept.
An entry runs from its paper line through its presenter sub-bullet; optional readings are one line.
The intro paragraph (1-11) and topic bullets are not entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "yichousun__Winter2021_CS249_GNN__Paper_Presentation__README@8275852.md"
PART = "wild31_development"

# (first line, last line, title as written)
RECORDS = [
    (14, 15, "Heterogeneous Graph Transformer"),
    (16, 17, "Composition-based Multi-Relational Graph Convolutional Networks"),
    (18, 19, "Efficient Probabilistic Logic Reasoning with Graph Neural Networks"),
    (20, 21, "Beta Embeddings for Multi-Hop Logical Reasoning in Knowledge Graphs"),
    (23, 24, "Interaction Networks for Learning about Objects, Relations and Physics"),
    (25, 26, "Learning Continuous System Dynamics from Irregularly-Sampled Partial Observations"),
    (27, 28, "Learning to Simulate Complex Physics with Graph Networks"),
    (31, 32, "Hoppity: Learning Graph Transformations to Detect and Fix Bugs In Programs"),
    (33, 34, "Learning to Execute Programs with Instruction Pointer Attention Graph Neural Networks"),
    (36, 37, "GCPN: Graph Convolutional Policy Network"),
    (38, 39, "MolGAN: An implicit generative model for small molecular graphs"),
    (40, 41, "Graphite: Iterative Generative Modeling of Graphs"),
    (42, 43, "GraphAF: a Flow-based Autoregressive Model for Molecular Graph Generation"),
    (44, 44, "GraphRNN: A deep generative model for graphs"),
    (45, 45, "Efficient Graph Generation with Graph Recurrent Attention Networks"),
    (46, 46, "Scalable Deep Generative Modeling for Sparse Graphs"),
    (48, 49, "How powerful are graph neural networks?"),
    (50, 51, "Provably Powerful Graph Networks"),
    (52, 52, "Random features strengthen graph neural networks"),
    (53, 53, "Can Graph Neural Networks Count Substructures"),
    (54, 54, "A Survey on The Expressive Power of Graph Neural Networks"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title in RECORDS:
        assert title in lines[first - 1], (first, title)
        assert lines[first - 1].lstrip().startswith("- "), first
        papers.append(entry(lines, first, last, title))
    # every schedule/optional line at the second level is covered
    starts = {r[0] for r in RECORDS}
    for no, ln in enumerate(lines, 1):
        if ln.startswith("  - ") and not ln.startswith("    "):
            assert no in starts, no
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each second-level schedule bullet ('[date] Authors, Title. Venue. url') or '(Optional Reading)' bullet is one "
        "entry, spanning its presenter sub-bullet; titles read by hand from the plain-text citations, bracketed topic "
        "tags dropped, nicknames in the title kept.",
        "Every entry checked by eye against the file (all 21), including the author-less optional readings (46, 53), "
        "the initials-style citations (44, 52), the tagged lines (48, 50) and the presenter line without a link (43).",
    )


if __name__ == "__main__":
    main()
