"""Wild59 truth for HongxinXiang/awesome-ai-bioinformatics
chapters/single-modal-learning/molecules/molecular-generation-and-optimization/README.md at 1a88c2a: one chapter of
a small "awesome AI for bioinformatics" collection, listing molecular generation and optimization methods.

Shape: 154 lines, starts with an empty line, ends with three empty lines.  ``# 1. Datasets`` (2-7): four ``*``
bullets naming databases (ZINC, ChEMBL, QM9, PubChem) with sizes.  ``# 2. Algorithm`` (10-143):
``## 2.1 Molecular Generation Methods`` with ``### 2.1.1``-``### 2.1.4`` (VAEs, RNNs, GANs, Flow) and
``## 2.2 Molecular optimization Methods`` with ``### 2.2.1``-``### 2.2.7``; bold pseudo-headings
``**> SMILES-based**`` / ``**> Graph-based**`` / ``**> String-based**`` separated by ``---`` rules.
``# 3. Assessment`` (145-147) and ``# 4. Reviews`` (149-151).
Entries are bare paragraphs (no list marker), one line each, separated by empty lines:
``[**GVAE**] Grammar variational autoencoder.(*ICML* 2017) [[Paper](url)] [[Code](url)]`` -- a bold model name
in brackets (no link), the title, the venue in italics with the year in parentheses, then bracketed Paper/Code
links.  The two entries of sections 3 and 4 (147, 151) have no model tag.

Special cases:
- Some titles end with a period glued to or before the venue: ``autoencoder.(*ICML* 2017)`` (17, 26),
  ``regimes. (*Nat. Mach. Intell.* 2020)[[Paper]`` (40, no space before the links); the period is dropped.
- Titles that carry an acronym in parentheses keep it: ``... networks (ORGAN) for sequence generation models``
  (61), ``... inverse-design chemistry (ORGANIC)`` (63), ``... discovery (STONED) algorithm ...`` (97).
- 63's title has an inner sentence break (``Optimizing distributions over molecular space. An objective ...``):
  kept whole, it is the paper's title.
- 102 (``GB-GA``) and 106 (``GB-GM-MCTS``) cite the same paper under two headings: two entries.  51 and 53 are
  both ``[**Li's model**]`` but different papers.
- 151 has an empty link ``[[Paper]()]``: still an entry (the paper is named), no id.
- 72 keeps the typo ``smallmolecular``; 110's venue is spelled out (``Advances in neural information processing
  systems``).

Decisions:
- Entry = every paragraph line that is ``[**Model**] Title (*Venue* Year) ...`` (41 lines, 17-143) plus the two
  untagged paper lines 147 and 151: 43 entries, one line each.  Title = the text between the model tag (if
  any) and the ``(*Venue*`` parenthesis, without the trailing period.
- The dataset bullets (4-7) name databases, not papers: not entries.
- arXiv ids and DOIs come from the Paper links (helper).
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = (
    "HongxinXiang__awesome-ai-bioinformatics__chapters__single-modal-learning__molecules__"
    "molecular-generation-and-optimization__README@1a88c2a.md"
)
PART = "wild59_development"

ROW = re.compile(r"^(?:\[\*\*(?P<model>.+?)\*\*\] )?(?P<title>[^\[*].*?)\s*\(\*(?P<venue>[^*]+)\*\s*\d{4}\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            title = m.group("title").strip().rstrip(".").strip()
            papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 43, len(papers)
    assert min(by) == 17 and max(by) == 151, (min(by), max(by))
    assert by[17]["title"] == "Grammar variational autoencoder", by[17]
    assert by[17]["arxiv"] == "1703.01925", by[17]
    assert by[40]["title"] == "Generative molecular design in low data regimes", by[40]
    assert by[63]["title"] == (
        "Optimizing distributions over molecular space. An objective reinforced generative adversarial network"
        " for inverse-design chemistry (ORGANIC)"
    ), by[63]
    assert by[61]["title"] == (
        "Objective-reinforced generative adversarial networks (ORGAN) for sequence generation models"
    ), by[61]
    assert by[102]["title"] == by[106]["title"], (by[102], by[106])
    assert by[147]["title"] == "GuacaMol: Benchmarking Models for de Novo Molecular Design", by[147]
    assert by[147]["doi"] == "10.1021/acs.jcim.8b00839", by[147]
    assert by[151]["title"] == "Sample Efficiency Matters: A Benchmark for Practical Molecular Optimization", by[151]
    assert by[151]["arxiv"] is None and by[151]["doi"] is None, by[151]
    assert not any(n < 10 for n in by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every paragraph line '[**Model**] Title (*Venue* Year) [[Paper](url)] [[Code](url)]' (17-143) and"
        " the two untagged paper lines in Assessment and Reviews (147, 151) are one entry each, one line; title ="
        " the text between the bold model tag and the '(*Venue*' parenthesis, trailing period dropped, inner"
        " acronyms such as (ORGAN) kept.  The database bullets (4-7) are not entries.",
        checked="Read the whole file; compared the -v output with all 43 paper lines, the glued periods (17, 26,"
        " 40), acronym-bearing titles (61, 63, 97), the same paper under two headings (102/106), the untagged"
        " lines 147/151 and the empty link at 151, and that the database bullets are left out.",
    )


if __name__ == "__main__":
    main()
