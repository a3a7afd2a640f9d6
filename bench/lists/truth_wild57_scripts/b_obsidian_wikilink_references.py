"""Wild57 truth for qianzhouyi2/Research-Paper-Notes references/index.md: the "References 索引" page of a personal
paper-reading Obsidian vault (Chinese UI text, English paper names), listing the vault's one-page-per-paper reference
cards, newest commit touching the file (1dba226, 2026-04-10).

Shape: 81 lines, 5.5 KB.  YAML front matter (1-13), a ``#`` heading and a Chinese intro (15-21, line 21 says there
are 54 references), then one bullet per paper, each an Obsidian wikilink to the card file and nothing else:
``- [[references/<note name>]]`` (23-76).  A ``## 用法`` (usage) section of three plain bullets closes the file
(78-81).

Special cases:
- The note name is a file name, so titles lose their colons and question marks: ``Hyena Hierarchy Towards Larger
  Convolutional Language Models`` (46), ``LoRA Low-Rank Adaptation of Large Language Models`` (51); some write a
  colon as `` - `` (``Reliability in Semantic Segmentation - Are We on the Right Track``, 63; ``RP-PGD - ...``, 65;
  ``SegPGD - ...``, 67).  Titles are kept as written.
- Some note names are shortened titles: ``CIF Continuous Integrate-and-Fire`` (33), ``GPT-ST Spatio-Temporal
  Pretraining`` (44), ``PanGu-pi Nonlinearity Compensation`` (61): kept as written (they name the paper).
- Three names end in a parenthesised qualifier that is not part of the title: ``(CVPR 2020)`` (28), ``(IJCV 2020)``
  (29) and ``(arXiv preprint)`` (40): dropped.  28 and 29 are the conference and journal versions of the same paper:
  two entries with the same title.
- 54 and 55 are two cards for the same MeanSparse paper, one with a truncated name (``... Mean-Centered Feature``):
  two entries, titles as written.
- ``Monte Carlo Tree Search A Review of Recent Modifications and Applications`` (57) is a review article: an entry.
- No ids anywhere in the file.  The usage bullets (79-81) and the front matter name no papers.

Decisions:
- Entry = every ``- [[references/...]]`` line: 54 entries (23-76), matching the count the file states.
- Title = the wikilink target after ``references/``, minus a trailing venue/version qualifier in parentheses.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "qianzhouyi2__Research-Paper-Notes__references__index@1dba226.md"
PART = "wild57_development"

ITEM = re.compile(r"^- \[\[references/(?P<name>[^\]|]+)\]\]\s*$")
QUALIFIER = re.compile(r"\s*\((?:CVPR 2020|IJCV 2020|arXiv preprint)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert "[[references/" not in ln, (n, ln)
            continue
        title = QUALIFIER.sub("", m.group("name")).strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 54, len(papers)
    assert min(by) == 23 and max(by) == 76, (min(by), max(by))
    assert by[23]["title"] == (
        "Accessing GPT-4 level Mathematical Olympiad Solutions via Monte Carlo Tree Self-refine with LLaMa-3 8B"
        " A Technical Report"
    ), by[23]
    assert by[28]["title"] == by[29]["title"] == "Benchmarking the Robustness of Semantic Segmentation Models", by[28]
    assert by[40]["title"] == (
        "Erosion Attack for Adversarial Training to Enhance Semantic Segmentation Robustness"
    ), by[40]
    assert by[46]["title"] == "Hyena Hierarchy Towards Larger Convolutional Language Models", by[46]
    assert by[54]["title"] == "MeanSparse Post-Training Robustness Enhancement Through Mean-Centered Feature", by[54]
    assert by[63]["title"] == "Reliability in Semantic Segmentation - Are We on the Right Track", by[63]
    assert by[76]["title"] == "Uncertainty-Based Detection of Adversarial Attacks in Semantic Segmentation", by[76]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet that is exactly an Obsidian wikilink to a reference card, '- [[references/<name>]]',"
        " is one entry, lines 23-76 (54, the count the page states).  Title = the link target after 'references/',"
        " as written (file-name spelling: colons dropped or written ' - ', shortened names kept), minus a trailing"
        " '(CVPR 2020)', '(IJCV 2020)' or '(arXiv preprint)' qualifier.  Front matter, intro and usage bullets are"
        " not entries; two cards for one paper give two entries.",
        checked="Compared the -v output with every line 23-76: count 54 (= the page's own '共 54 篇'), the three"
        " qualifiers dropped (28, 29, 40), the ' - ' titles (63, 65, 67, 68, 70), the two MeanSparse cards (54, 55),"
        " and that no other line holds a references/ wikilink.",
    )


if __name__ == "__main__":
    main()
