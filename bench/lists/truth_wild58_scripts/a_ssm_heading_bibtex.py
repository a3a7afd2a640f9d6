"""Wild58 truth for Strivin0311/llms-learning dev/modeling/lm/ssm.md at ee81f38 (2025-01-04): one topic page of a
personal LLM reading-notes repository, "State Space Models (SSM) for Sequence Modeling": one ``####`` heading per
paper, then tag / link lines and a fenced BibTeX citation.

Shape: 377 lines.  Title (1) and an italic intro (2), then 17 paper blocks (5-376), newest first (Hymba 2024 ...
S4 2021).  Block shape:
``#### Title`` / ``tag: `Mamba2` | `Princeton University` | `CMU``` / ``paper link: [here](arxiv pdf url)`` /
optional ``blog link``, ``code link``, ``modelhub link``, ``homempage link`` (sic, 131), ``follow-up work`` lines /
``citation:`` / a ```` ```bibtex ```` fence holding one ``@misc``/``@article``/``@inproceedings`` entry.

Special cases:
- The BibTeX ``title`` field is not always the heading: 137 ``{{The illusion of state in state-space models}}``
  (lower case, double braces) under the heading ``The Illusion of State in State-Space Models`` (123).  The heading
  is taken.
- Some BibTeX entries are malformed (``primaryClass={cs.CL}`` with no comma, 72, 94): irrelevant to the truth.
- ``follow-up work: [here](https://arxiv.org/pdf/2405.21060)`` (202) and (244) link another paper of the list inside
  the Mamba and RWKV blocks; the block's own ``paper link`` comes first.
- Some fences are followed by indented blank lines (214, 317, 338).

Decisions:
- Entry = every ``####`` heading (5-361): 17 entries.  Span = the heading to the closing fence of its BibTeX block.
  Title = the heading text as written (``Retentive network: A successor to transformer for large language
  models``, 216).
- arXiv ids are the helper's from the paper link / eprint in the span; 202 and 244 must not replace the paper's own
  id (spot-checked at 194 -> 2312.00752 and 236 -> 2305.13048).
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "Strivin0311__llms-learning__dev__modeling__lm__ssm@ee81f38.md"
PART = "wild58_development"

HEAD = re.compile(r"^#### (.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = HEAD.match(ln)
        if not m:
            continue
        k = n
        while not lines[k].startswith("```bibtex"):
            k += 1
        k += 1
        while lines[k].strip() != "```":
            k += 1
        papers.append(entry(lines, n, k + 1, m.group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert by[5]["title"] == "Hymba: A Hybrid-head Architecture for Small Language Models", by[5]
    assert by[5]["end"] == 29 and by[5]["arxiv"] == "2411.13676", by[5]
    assert by[77]["title"] == (
        "Transformers are SSMs: Generalized Models and Efficient Algorithms Through Structured State Space Duality"
    ), by[77]
    assert by[123]["title"] == "The Illusion of State in State-Space Models", by[123]
    assert by[123]["arxiv"] == "2404.08819", by[123]
    assert by[194]["arxiv"] == "2312.00752", by[194]
    assert by[236]["arxiv"] == "2305.13048", by[236]
    assert by[216]["title"] == "Retentive network: A successor to transformer for large language models", by[216]
    assert by[361]["title"] == "Efficiently modeling long sequences with structured state spaces", by[361]
    assert by[361]["end"] == 376, by[361]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '#### Title' heading is one entry (17), spanning the heading, its tag / link lines and its"
        " fenced BibTeX block to the closing fence.  Title = the heading text as written (not the BibTeX title"
        " field, which differs in case at 137).",
        checked="Read the whole file; compared the -v output with all 17 headings (titles, spans to the closing"
        " fence), and checked each arXiv id against the block's own 'paper link' (not the follow-up links at 202"
        " and 244).",
    )


if __name__ == "__main__":
    main()
