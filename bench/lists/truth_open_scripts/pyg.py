"""Open truth (batch 3) for pyg-team/pytorch_geometric README: a library README whose 'Implemented GNN Models'
section lists the layers, pooling layers, models, operators and samplers PyG implements, each with
the paper it comes from.

A bullet reads '- **[GCNConv](docs url)** from Kipf and Welling: [Paper Title](paper url) (ICLR 2017)
\\[[**Example**](github url)\\]'.  Its subject is the paper(s) it names: each paper link is an entry,
title = the link text, ids from that link only.  A bullet naming two or three papers ('... and
[PointNet++: ...](...)', Top-K Pooling's three) gives one entry per paper on the same line(s); the
Graph Autoencoders bullet names its three papers in sub-bullets, one entry each; LINKX's title link
is wrapped over two lines (entry on both).  Papers implemented twice (Graph U-Nets, Deep Graph Infomax,
HGT, ...) count each time.  Equilibrium Aggregation's paper link has an empty text: title None, its
arXiv id kept.  Not entries: links to the docs and to GitHub (examples, the Graph Nets library),
the header's 'PyG 1.0 Paper' / 'PyG 2.0 Paper' navigation links and the 'Cite' section (the
library's own papers and BibTeX), the inline edge-convolution link in the tour, and everything
outside that section (code, installation tables).
"""
import re

from _open import Open

NAME = "pyg-team__pytorch_geometric__README@5c6461b.md"

LINK = re.compile(r"\[([^\[\]]*)\]\((https?://[^)\s]+)\)")


def main() -> None:
    t = Open(NAME)
    first = t.lines.index("## Implemented GNN Models") + 1
    last = t.lines.index("## Installation")
    i = first
    while i <= last:
        text = t.line(i)
        if not re.match(r"\s*- ", text):
            i += 1
            continue
        end = i
        while end + 1 <= last and t.line(end + 1).strip() and not re.match(r"\s*- ", t.line(end + 1)) \
                and not t.line(end + 1).startswith("<"):
            end += 1
        block = t.span(i, end)
        for m in LINK.finditer(block):
            url = m.group(2)
            if "pytorch-geometric.readthedocs.io" in url or "github.com" in url:
                continue
            t.add(i, end, m.group(1) or None, own=url)
        i = end + 1
    t.write("in 'Implemented GNN Models', every paper link of a bullet (not docs or GitHub links) is an entry on"
            " that bullet's line(s), several per bullet when it names several papers; title = the link text",
            "every bullet of the section one by one (each paper link, the multi-paper bullets, the wrapped LINKX"
            " link, the empty-text link), and the rest of the README: header links, tour, installation, Cite")


if __name__ == "__main__":
    main()
