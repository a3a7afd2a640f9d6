"""Wild28 truth for geometric-intelligence/ece594n hw_papers/README.md: the paper-presentation schedule of a
graduate course on equivariant, geometric and topological deep learning (UCSB ECE 594N, winter 2024).

Shape: '###' topic headings, then dated session lines ('01/22/2024 Monday.', tab-separated on some
lines, line 61 with a leading space) each followed by task-list items '- [X] Presenter -- Authors.
Title. (Year).' or '- [ ] Authors. Title (Year).'.  No links, no ids: each item is a short
author-first citation, the author part being 'X et al.' or 'X and Y.' (lines 12, 16, 42), the presenter prefix 'Name -- ' optional; line 16 writes the presenter as 'Seoyeon. ' (a
period, not ' -- '); line 42 has two spaces after '[ ]'.  Title = the text between the author part and
the '(Year)' (a separating '.' dropped); the year sits in parentheses after the title, with or
without a period before it.
Two items name two papers each (two entries on the same line): line 38 ('Qi et al. Pointnet: ...
(2017). Qi et al. PointNet++: Pointnet++: ... (2017).') and line 53 ('Veličković et al. Graph
Attention Networks. (2018). AND: Brody et al. How Attentive Are Graph Attention Networks? (2022)').
Titles keep the file's text: 'PointNet++: Pointnet++: ...' (38, the nickname written twice), 'GCNs:
Semi-Supervised ...' (42), 'Transformers Image Recognition' (59, a word missing), lower-case
'lehman' (52).  Not entries: the cancelled/holiday session lines (29, 45), the homework Guidelines and
Grading Criteria below line 69 (GitHub, Anaconda, git-guides links).
Count check: 24 task-list items (all between lines 12 and 67) + 2 second papers = 26 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "geometric-intelligence__ece594n__hw_papers__README@f30b521.md"
PART = "wild28_development"
EXPECTED = {
    12: ["Group Equivariant neural networks"],
    13: ["Rotation equivariant vector field networks"],
    16: ["Steerable CNNs"],
    17: ["Group Equivariant Capsule Networks"],
    20: ["A practical method for constructing equivariant multilayer perceptrons for arbitrary matrix groups"],
    21: ["Clifford Group Equivariant Neural Networks"],
    24: ["Gauge Equivariant convolutional networks and the icosahedral CNN"],
    25: ["Gauge Equivariant Mesh CNNs: Anisotropic convolutions on geometric graphs"],
    32: ["Geodesic convolutional neural networks on Riemannian manifolds"],
    33: ["Learning shape correspondence with anisotropic convolutional neural networks"],
    38: ["Pointnet: Deep learning on point sets for 3d classification and segmentation",
         "PointNet++: Pointnet++: Deep hierarchical feature learning on point sets in a metric space"],
    39: ["Tensor field networks: Rotation-and translation-equivariant neural networks for 3D point clouds"],
    42: ["GCNs: Semi-Supervised Classification with Graph Convolutional Networks"],
    43: ["Neural Message Passing for Quantum Chemistry"],
    48: ["Hyperbolic Neural Networks"],
    49: ["Hypergraph Neural Networks"],
    52: ["Weisfeiler and lehman go cellular: CW networks"],
    53: ["Graph Attention Networks", "How Attentive Are Graph Attention Networks?"],
    58: ["A Generalization of Transformer Networks to Graphs"],
    59: ["An Image is Worth 16x16 Words: Transformers Image Recognition at Scale"],
    62: ["Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"],
    63: ["Equivariant Transformer Networks"],
    66: ["Lietransformer: Equivariant self-attention for lie groups"],
    67: ["Geometric Algebra Transformers"],
}
# one citation: authors ('X et al.' or 'X and Y.'), title, '(YYYY)'
CITE = re.compile(r"(?:[A-Z][\w\u00C0-\u017F]*(?: [A-Z]\w*)*(?: et al\.| and [A-Z]\w*\.))\s+(.+?)\.?\s*\((?:19|20)\d\d\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r"- \[[ X]\]", text):
            continue
        items += 1
        body = re.sub(r"^- \[[ X]\]\s+", "", text)
        body = re.sub(r"^[A-Z][a-z]+(?: [A-Z][\w-]+)*(?: --|\.) (?=[A-Z])", "", body) if " -- " in body or i == 16 else body
        found = [m.group(1) for m in CITE.finditer(body)]
        assert found == EXPECTED[i], (i, found)
        for t in found:
            papers.append(entry(lines, i, i, t))
    assert items == 24 and max(EXPECTED) < 69, items
    assert len(papers) == 26, len(papers)
    write_truth(NAME, PART, papers,
                "every author-first citation in the task-list items of the presentation schedule is an entry (two on"
                " lines 38 and 53); title = the text between the authors ('X et al.' / 'X and Y.') and '(Year)',"
                " presenter prefixes dropped; no ids in the file",
                "every entry (all 26) checked by eye against its line, incl. the 'Seoyeon. ' presenter on 16, the"
                " two-paper items 38 and 53, and the file's own spellings on 38, 42, 52, 59; the guidelines part"
                " after line 69 read to confirm it holds no papers")


if __name__ == "__main__":
    main()
