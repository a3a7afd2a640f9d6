"""Wild61 truth for Buguemar/xai-for-graphs README.md at 4cc6f27 (2026-02-02): the companion repository of a survey
on explainable AI for graph-based learning; per category a comparison table of methods and a numbered list of
APA-style references.

Shape: 268 lines.  Title, authors and intro (1-43), with a link to the survey's own HAL preprint (13).  Sections
``## Scoring-Based Explainers`` (45), ``## Extraction-Based Explainers`` (86: ``### Sequential Paths`` 88,
``### Logic Rules`` 134, ``### Subgraph`` 155), ``## Generation-based Explainers`` (240).  Each has a table
``| Method | Year | Approach | ... |`` (49-65, 92-110, 137-143, 158-196, 243-251) with method names only, a legend,
and ``#### :books: List of Papers in This Category`` followed by numbered references (71-84, 116-132, 149-153,
202-238, 257-263):
``N. (**<method>**) <Authors> (<year>). **<title>**. <venue>. [[Paper]](url) [[Source Code]](url)``.

Special cases:
- Seven references give two papers on one line, ``[_Original_] <ref 1> --- [_Applied_] <ref 2>`` (73-77, 79), and
  262 (LLM-KG) joins two references with `` --- `` without labels: two entries each, same line.  The ``[[Paper]]``
  link at the end belongs to the second reference; ids are therefore taken per reference (arXiv ids written in
  the text, e.g. 74 ``arXiv:1312.6034``, count for the reference they are in).
- Some papers recur (Pope et al. 2019 on 74, 76, 77, 78; Baldassarre & Azizpour on 73, 75, 79): every
  reference is its own entry.
- 207 bolds only part of the title: ``Pgm-explainer: **Probabilistic graphical model explanations ...**``; the
  title is the whole ``Pgm-explainer: Probabilistic graphical model explanations for graph neural networks``.
- 236 (GAFExplainer) has no bold at all; its title is the sentence after ``(2025).``.
- The list's numbering jumps (79 is ``9.``, 80 is ``12.``); titles keep the APA sentence case of the file
  (``Gnes: Learning to explain graph neural networks``).  208 has no venue.
- The comparison tables name methods only (no titles) and repeat the numbered lists: not entries.  The link to
  the survey's own HAL preprint in the intro (13) is not a list entry.

Decisions:
- Entry = each reference in the numbered lists: a numbered line split on `` --- `` (87 entries on 80 lines).
- Title = the first bold segment after the ``(**method**)`` label, without the asterisks; the two exceptions
  above (207, 236) are written by hand.  arXiv/DOI ids are recomputed from the text of the reference itself
  (helper ``arxiv_of``/``doi_of`` on that part of the line).
"""
import re

from _wild61 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "Buguemar__xai-for-graphs__README@4cc6f27.md"
PART = "wild61_development"

NUM = re.compile(r"^\d+\. \(\*\*[^*]+\*\*\) ")
BOLD = re.compile(r"\*\*(.+?)\*\*")
BY_HAND = {
    207: "Pgm-explainer: Probabilistic graphical model explanations for graph neural networks",
    236: "GAFExplainer: Global View Explanation of Graph Neural Networks Through Attribute Augmentation and Fusion"
    " Embedding",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = NUM.match(ln)
        if not m:
            continue
        parts = ln[m.end():].split(" --- ")
        for part in parts:
            if n in BY_HAND:
                title = BY_HAND[n]
            else:
                title = BOLD.search(part).group(1).strip()
            p = entry(lines, n, n, title)
            if len(parts) > 1:
                p["arxiv"] = arxiv_of(part)
                p["doi"] = doi_of(part)
            papers.append(p)
    assert len(papers) == 87, len(papers)
    on = {}
    for p in papers:
        on.setdefault(p["line"], []).append(p)
    assert len(on) == 80, len(on)
    assert sorted(n for n, ps in on.items() if len(ps) == 2) == [73, 74, 75, 76, 77, 79, 262]
    assert on[71][0]["title"] == "Axiomatic attribution for deep networks", on[71]
    assert on[73][0]["title"] == "How to explain individual classification decisions", on[73]
    assert on[73][0]["arxiv"] is None and on[73][1]["arxiv"] == "1905.13686", on[73]
    assert on[74][0]["title"].startswith("Deep inside convolutional networks:") and on[74][0]["arxiv"] == "1312.6034"
    assert on[74][1]["title"] == "Explainability methods for graph convolutional neural networks", on[74]
    assert on[81][0]["title"].endswith("responsible for metastasis prediction in breast cancer"), on[81]
    assert on[132][0]["title"].startswith("Max Explainability Score–A quantitative metric"), on[132]
    assert on[207][0]["title"].startswith("Pgm-explainer: Probabilistic"), on[207]
    assert on[236][0]["title"].startswith("GAFExplainer: Global View"), on[236]
    assert on[262][1]["title"].startswith("Combining ChatGPT and knowledge graph"), on[262]
    assert on[262][1]["doi"] == "10.1080/09544828.2024.2355758" and on[262][0]["arxiv"] == "2401.08517", on[262]
    assert on[263][0]["title"].startswith("KnowGNN: a knowledge-aware"), on[263]
    for n in (13, 51, 94, 160, 244):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each APA reference in the numbered 'List of Papers' blocks is one entry: a numbered line"
        " 'N. (**method**) Authors (year). **title**. venue. [[Paper]](..)' is split on ' --- ' so the"
        " '[_Original_] ... --- [_Applied_] ...' lines and the two-reference LLM-KG line give two entries on the"
        " same line (87 entries on 80 lines).  Title = the first bold segment after the method label, without"
        " asterisks; 207 (title bold only after 'Pgm-explainer: ') and 236 (no bold) are written by hand.  ids are"
        " taken from each reference's own text.  Comparison tables (method names only) and the intro link to the"
        " survey's own preprint are not entries.",
        checked="Read the whole file; compared the -v output with all 80 numbered lines: the seven two-reference"
        " lines and their per-reference ids (73-79, 262), partially bolded and unbolded titles (207, 236), repeated"
        " Pope/Baldassarre references, the numbering jump at 80, and that no table row is an entry.",
    )


if __name__ == "__main__":
    main()
