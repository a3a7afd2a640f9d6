"""Wild15 truth for XiaoxinHe/Awesome-Graph-LLM README: topic sections ('##' and '###') of
one-line bullets '- (*Venue'YY*) Title [[paper](url)][[code](url)]![GitHub Repo stars](badge)'.
The venue tag comes first in parentheses, mostly italic ('(*ICLR'25*)', '(*arXiv 2024.10*)',
'(*IEEE Intelligent Systems 2023*)', '(*EACL'24'*)'), three plain ('(NeurIPS'24)', '(WWW'24)',
'(AAAI'25)'), one title glued to its label ('…Language Models[[paper](…)]'); the title is plain text, then
'[[paper](url)]' (once '[[pdf](url)]'), optional code/project/blog/datasets links, a stars badge.

Entries: every '- (' bullet from '## Datasets, Benchmarks & Surveys' to '### Others' (178; awk per
section: Datasets/Benchmarks/Surveys 26, Prompting 8, General Graph Model 18, LMMs 6, Basic
Graph Reasoning 9, Node Classification 24, Knowledge Graph 31, Molecular Graph 8, GraphRAG 17,
Planning 3, Multi-Agent Systems 6, Graph Robustness 3, Others 19).  Title = the text between
the venue tag and the first '[[' label; the venue tag is dropped (bracketed tag before a
title).  Repeated papers (e.g. 'Distilling Large Language Models for Text-Attributed Graph
Learning' twice in Node Classification) are separate entries.

Not entries: the table of contents, the '## Resources & Tools' bullets (a GitHub tool, two graph
file formats, PyG examples), the fenced contribution template '- (*conference|journal*)
paper_name [[pdf](link)]…', the star-history chart.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "XiaoxinHe__Awesome-Graph-LLM__README@fc0d44b.md"
LINES = read_lines(NAME)

SECTION_COUNTS = {
    "Datasets, Benchmarks & Surveys": 26, "Prompting": 8, "General Graph Model": 18,
    "Large Multimodal Models (LMMs)": 6, "Basic Graph Reasoning": 9, "Node Classification": 24,
    "Knowledge Graph": 31, "Molecular Graph": 8, "Graph Retrieval Augmented Generation (GraphRAG)": 17,
    "Planning": 3, "Multi-Agent Systems": 6, "Graph Robustness": 3, "Others": 19,
}
BULLET = re.compile(r"- \((\*[^*]+\*|[^)]+)\)\s*(.+?)\s*\[\[(?:paper|pdf)\]\(")


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    section = None
    fence = False
    for i, text in enumerate(LINES, 1):
        if text.startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        if text.startswith("#"):
            section = text.lstrip("#").strip()
            continue
        if section not in SECTION_COUNTS or not text.startswith("- "):
            continue
        m = BULLET.match(text)
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(2)))
        per[section] = per.get(section, 0) + 1
    assert per == SECTION_COUNTS, per
    assert len(papers) == 178
    write_truth(
        NAME, "wild15_development", papers,
        "every '- (Venue) Title [[paper](url)]…' bullet of the topic sections is an entry; title = the text"
        " between the parenthesised venue tag and the first '[[' label; the TOC, the Resources & Tools"
        " bullets, the fenced contribution template and the star chart are not entries",
        "per-section counts by awk (178), every '- ' bullet in the topic sections has the venue-tag shape,"
         " the first and last entry of each section, 35 random titles, the three plain '(Venue)' tags"
        " (lines 73, 74, 229), the '[[pdf]' bullet (36), the glued 'Models[[paper]' bullet (161), titles"
        " ending in '?', repeated papers",
    )


if __name__ == "__main__":
    main()
