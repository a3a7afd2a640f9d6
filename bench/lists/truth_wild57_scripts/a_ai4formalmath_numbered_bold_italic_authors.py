"""Wild57 truth for RZFan525/AI4FormalMathReasoning README.md: "AI for Formal Mathematics Reasoning", a list of
papers on machine learning for formal mathematics (automated theorem proving, synthetic theorem generation,
autoformalization, proof refactoring, premise selection, benchmarks, human-in-the-loop, constructing
counterexamples), newest commit touching the file (53d2bdd, 2025-05-12).

Shape: 403 lines, 27 KB.  A ``- [Section](#anchor)`` table of contents (5-13), then ``##`` section headings, each
followed by a loose numbered list (every item written ``1.``), one paper per item over three lines:
``1. **Title.** *Venue YEAR* [[pdf](url)] [[code](url)]``, a blank line, then the indented italic author line
``    *First Author, Second Author, ...*``.

Special cases:
- 30-31: the venue wraps onto a second, unindented line (``*21st International`` / ``Conference on Logic ...
  2017* [[pdf](...)]``); the entry spans 30-33.
- 365-366: no blank line between the authors of ATG (365) and the next item FormalMATH (366).
- Bold titles mostly end with a period inside the bold (dropped), a few have none (103 Baldur, 187, 256, 287,
  366); 387 ends with ``?`` (kept: ``Can Transformers Do Enumerative Geometry?``).
- 271: the file writes ``DeepMath 1. Deep Sequence Models for Premise Selection`` (a stray ``1.`` in the
  title): kept as written.
- 199, 256, 375 keep double hyphens (``From Informal to Formal -- ...``, ``Don't Trust: Verify -- ...``,
  ``Kreuzer--Skarke Calabi--Yau``).
- The same paper is listed under several sections (e.g. Learning to Prove Theorems by Learning to Generate
  Theorems 59 and 209, LeanDojo 111 and 335, INT 213 and 315, HOList 43 and 307): one entry per listing.
- Link hosts vary: arxiv.org abs/pdf, ``www.arxiv.org/pdf`` (179, 387), ``browse.arxiv.org/pdf`` (123),
  openreview.net, proceedings.mlr.press, neurips.cc, aclanthology.org, nature.com/articles (143, 217, 371, 401)
  and mdpi.com (155); arXiv ids come from all three arxiv hosts (58 entries), the nature.com article links give
  no DOI (the DOI is not written there) and none is set by hand.

Decisions:
- Entry = every ``1. **...**`` item, spanning from the item line to its italic author line: 92 entries.
- Title = the bold text, without the final period inside the bold.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "RZFan525__AI4FormalMathReasoning__README@53d2bdd.md"
PART = "wild57_development"

ITEM = re.compile(r"^1\. \*\*(.+?)\*\*")
AUTHORS = re.compile(r"^\s+\*[^*].*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        last = n + 1
        while not AUTHORS.match(lines[last - 1]):
            assert not ITEM.match(lines[last - 1]), (n, last)
            last += 1
        assert last - n <= 3, (n, last)
        title = m.group(1).strip()
        title = title.removesuffix(".")
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 92, len(papers)
    assert min(by) == 16 and max(by) == 401, (min(by), max(by))
    assert by[16]["title"] == "A Survey on Deep Learning for Theorem Proving", by[16]
    assert by[16]["end"] == 18 and by[16]["arxiv"] == "2404.09939", by[16]
    assert by[30]["end"] == 33 and by[30]["title"] == "Deep Network Guided Proof Search", by[30]
    assert by[103]["title"] == "Baldur: Whole-Proof Generation and Repair with Large Language Models", by[103]
    assert by[271]["title"] == "DeepMath 1. Deep Sequence Models for Premise Selection", by[271]
    assert by[363]["end"] == 365 and by[366]["end"] == 368, (by[363], by[366])
    assert by[387]["title"] == "Can Transformers Do Enumerative Geometry?", by[387]
    assert by[375]["title"] == "Machine Learning Kreuzer--Skarke Calabi--Yau Threefolds", by[375]
    assert by[123]["arxiv"] == "2310.04353" and by[179]["arxiv"] == "2408.08152", (by[123], by[179])
    assert sum(1 for p in papers if p["arxiv"]) == 58
    assert by[401]["title"] == "Mathematical discoveries from program search with large language models", by[401]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered item '1. **Title.** *Venue YEAR* [[pdf](...)] ...' is one entry, spanning from the"
        " item line to the indented italic author line below it (2-3 lines later; 30-33 where the venue wraps).  Title"
        " = the bold text without its final period (titles without a period or ending in '?' kept as they are)."
        "  The table of contents is not an entry; a paper listed under two sections counts twice.",
        checked="Read the whole file against the -v output: every item's title (the ones without a final period,"
        " the '?' title, the stray '1.' in the DeepMath title, the double hyphens), each span ending on the author"
        " line including the wrapped venue at 30-31 and the missing blank line at 365-366, and the arXiv ids"
        " from arxiv.org (also www./browse. hosts); nature.com links carry no written DOI.",
    )


if __name__ == "__main__":
    main()
