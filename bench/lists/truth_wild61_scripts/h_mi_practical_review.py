"""Wild61 truth for Dakingrai/awesome-mechanistic-interpretability-lm-papers README.md at 617a911: the paper
collection of the survey "A Practical Review of Mechanistic Interpretability for Transformer-Based Language
Models" (arXiv 2407.02646), one small table per taxonomy node.

Shape: 201 lines.  Intro, figures, a BibTeX of the survey in a code fence (24-31), updates and a table of contents
(1-50); ``## Paper Collection`` (51) with ``### Techniques`` (53), ``### Evaluation`` (73), ``### Findings and
Applications`` (83) split into ``####``/``#####`` nodes (Features 84, circuits 100 with LM Behaviors 102 and
Transformer Components 119, Universality 133, Model Capabilities 147, Learning Dynamics 161, Applications of MI
172); each node is a ``([Back to Table of Contents](#table-of-contents))`` line and a table whose first column is
``Paper`` (``|  Paper  |      Techniques    |      TL;DR    |``, ``| Paper | Techniques | Evaluation | TL;DR |``,
``| Paper | TL;DR |``) with the title as a link: ``| [Analyzing Transformers in Embedding Space (ACL'23)](https://
arxiv.org/pdf/2209.02535) | Logit lens | The paper proposed ... |``.  ``### Tools`` (188) is a table ``| Tool |
TL;DR |`` of software (192-200).

Special cases:
- The link text usually appends the venue in parentheses: ``(EMNLP'22)``, ``(NeurIPS'22) `` with a trailing
  space (66), ``(ACL'23 BlackboxNLP)`` (181); it is not part of the title.
- 65 ``[Causal Scrubbing: a method for rigorously testing interpretability hypotheses [Redwood Research]](...)``
  nests the organisation in brackets inside the link text; dropped from the title.
- 96 ``[[Interim research report] Taking features out of superposition with sparse autoencoders](...)`` and 97
  ``[ (tentatively) Found 600+ Monosemantic Features ...](...)``: the bracket / parenthesis prefix is part of the
  real LessWrong post titles and is kept.
- Several link texts start with a space (97, 98, 109, 113, 115, 116, 178); stripped.
- Many papers recur in several nodes (IOI circuit 64/77/125/139/185, induction heads 106/126/138/152/165, ...);
  each row is its own entry.  177 (Dissecting Recall ...) links the arXiv id of ROME (2202.05262); taken as written.
- Blog posts and research updates (LessWrong, transformer-circuits.pub, neelnanda.io, OpenAI) are listed among the
  papers and are entries like the rest.

Decisions:
- Entry = every body row of a table whose header's first cell is ``Paper`` (85 rows), one line each; the Tools
  table rows (192-200) are software, not entries; the survey's own BibTeX is not an entry.
- Title = the link text of the Paper cell, stripped, without a trailing venue parenthesis ``(Xxx'NN ...)`` and
  without the ``[Redwood Research]`` tag.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "Dakingrai__awesome-mechanistic-interpretability-lm-papers__README@617a911.md"
PART = "wild61_development"

LINK = re.compile(r"^\s*\|\s*\[(.*?)\]\(http")
VENUE = re.compile(r"\s*\([A-Za-z]+'\d\d[^)]*\)\s*$")
ORG = re.compile(r"\s*\[Redwood Research\]\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        s = ln.strip()
        if not s.startswith("|"):
            in_table = False
            continue
        first = s.strip("|").split("|")[0].strip()
        if first in ("Paper", "Tool"):
            in_table = first == "Paper"
            continue
        m = LINK.match(ln)
        if in_table and m:
            title = ORG.sub("", VENUE.sub("", m.group(1).strip())).strip()
            papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 85, len(papers)
    assert min(by) == 57 and max(by) == 186, (min(by), max(by))
    assert by[57]["title"] == "Interpreting GPT: the logit lens", by[57]
    assert by[58]["title"] == (
        "Transformer Feed-Forward Layers Build Predictions by Promoting Concepts in the Vocabulary Space"
    ), by[58]
    assert by[58]["arxiv"] == "2203.14680", by[58]
    assert by[65]["title"] == "Causal Scrubbing: a method for rigorously testing interpretability hypotheses", by[65]
    assert by[66]["title"] == "Locating and Editing Factual Associations in GPT", by[66]
    assert by[96]["title"] == (
        "[Interim research report] Taking features out of superposition with sparse autoencoders"
    ), by[96]
    assert by[97]["title"].startswith("(tentatively) Found 600+ Monosemantic Features"), by[97]
    assert by[181]["title"] == "Emergent linear representations in world models of self-supervised sequence models"
    assert by[177]["arxiv"] == "2202.05262", by[177]
    assert by[183]["title"] == "What would be the most safety-relevant features in Language Models?", by[183]
    for n in (26, 55, 56, 190, 192, 200):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of a table whose first header cell is 'Paper' (Techniques, Evaluation and the"
        " Findings/Applications nodes; 85 rows) is one entry, one line each, repeats across nodes included."
        "  Title = the link text of the Paper cell, stripped, without a trailing venue parenthesis such as"
        " (EMNLP'22) or (ACL'23 BlackboxNLP) and without the '[Redwood Research]' tag; the '[Interim research"
        " report]' and '(tentatively)' prefixes belong to the real post titles and are kept.  The Tools table and"
        " the survey's own BibTeX are not entries.",
        checked="Read the whole file; compared the -v output with all 85 rows: venue parentheses removed"
        " (58, 66 with trailing space, 181), nested brackets (65, 96), leading spaces (97, 98, 109, 113),"
        " repeats across nodes, the wrong arXiv link of 177, and that the Tools rows 192-200 are absent.",
    )


if __name__ == "__main__":
    main()
