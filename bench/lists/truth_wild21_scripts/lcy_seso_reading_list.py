"""Wild21 truth for lcy-seso/LearningNotes paper_notes/README.md: a personal reading list on ML
systems, dataflow and DL compilers (systems / compilers), kept as a notes index.

Shape: '# Reading List', then 13 numbered items '1. [Title](url)', ten of them struck through
('1. ~~[Title](url)~~', read), a '---' rule, then '##' topic sections whose items are plain
unlinked titles: '1. Title' with at times a parenthetical note after it ('(OSDI 2016)', '(A survey)',
'(This is JAX based on TensorFlow XLA)', '(EuroSys 19, git link)'), and a few items that are only
group labels ('1. TensorFlow', '1. TensorFlow's controlflow design and implementation',
'1. Halide', '1. nGraph') with the papers as four-space-indented '- Title' sub-items.  Many plain
titles begin with the system's name without the colon of the real title ('Theano A CPU and GPU
Math Compiler in Python', 'MxNet MXNet: ...', 'PyTorch Automatic differentiation in PyTorch').
Two sections start with a quoted italic note ('>_**...**_'), not entries.
Entry = every list item naming a paper: the 13 linked items and every plain item or sub-item,
except the four group labels and the item '[This is not a research paper]
Habana-Gaudi-Training-Platform-whitepaper' (the list itself says it is no paper) -> 71 entries.
Title = the link text (strike-through removed) or the plain text without the closing
parenthetical note; the name prefix written into the text is kept as the file writes it.
Ids: arXiv from the arxiv.org links of the first list; no DOIs (one dl.acm.org citation.cfm link
has no DOI).  A paper may appear in both parts (Dryad, JANUS, AutoGraph, ...): separate entries.
Count checks: 76 list items (grep '^ *(1\\.|-) '), 13 in the first list, 4 group labels, 1 whitepaper,
21 items with a closing parenthetical note (grep).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "lcy-seso__LearningNotes__paper_notes__README@6b63c89.md"
PART = "wild21_development"
LINES = read_lines(NAME)
GROUPS = {"TensorFlow", "TensorFlow's controlflow design and implementation", "Halide", "nGraph"}


def main() -> None:
    papers, items, groups, linked, cut = [], 0, [], 0, 0
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"(?:1\.|    -) (.+)", text)
        if not m:
            assert not re.match(r"\s*(1\.|-) ", text), i
            continue
        items += 1
        body = m.group(1).strip()
        link = re.fullmatch(r"(~~)?\[(.+?)\]\((\S+)\)(~~)?", body)
        if link:
            linked += 1
            papers.append(entry(LINES, i, i, link.group(2)))
            continue
        if body in GROUPS:
            groups.append(body)
            continue
        if body.startswith("[This is not a research paper]"):
            continue
        title = re.sub(r"\s*\([^()]*\)$", "", body)
        cut += title != body
        papers.append(entry(LINES, i, i, title))
    assert items == 76, items
    assert linked == 13, linked
    assert sorted(groups) == sorted(GROUPS), groups
    assert len(papers) == 71, len(papers)
    assert cut == 21, cut
    write_truth(NAME, PART, papers,
                "every numbered item or indented sub-item naming a paper is an entry: title = link text"
                " (strike-through removed) in the first list, else the plain item text without its closing"
                " parenthetical note; group labels (TensorFlow, controlflow, Halide, nGraph) and the item the"
                " list marks as not a research paper (a Habana whitepaper) are not entries",
                "all 71 titles by eye against the file, the 21 cut parentheticals, the 4 group labels and"
                " the skipped whitepaper, counts 76 items / 13 linked by grep, arXiv ids of the first list")


if __name__ == "__main__":
    main()
