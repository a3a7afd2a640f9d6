"""Wild11 truth for Ghy0501/Awesome-Continual-Learning-in-Generative-Models README: the paper list
of a survey of continual learning in generative models (LLMs, MLLMs, VLA models, diffusion),
bullets with venue badges.

Shape: '* Title [[Paper]](url) [[Code]](url) ![](https://img.shields.io/badge/VENUE-YEAR-blue)'
(the '[[Code]]' link optional; arXiv-only papers get a red 'arXiv-yyyy.mm' badge) under
'## <model family>' / '### <approach>' headings.  Above them, '## Benchmarks ...' lists nine
benchmarks as '* Name Benchmark [[Paper]](url)' (a short name, then the link to its paper).

Entries: every '* ' bullet from the Benchmarks heading (line 29) to '## Citation'.  Title of a
paper bullet = the text before ' [[Paper]]'.  The nine benchmark bullets are entries too (each
links the paper that introduced the benchmark), with title null: they name only the benchmark
('SuperNI Benchmark', 'LIBERO'), not the paper's title.
Not entries: the Motivation bullets, the News bullets (which link the list's own survey and
MCITlib/FCIT inline), the Framework table of contents, the boilerplate BibTeX under Citation.

Counts (awk per heading): benchmarks 3+4+1+1 = 9; LLM 14/13/17, MLLM 21/16/7, VLA 8/3/2,
diffusion 2/6/1 = 110 papers; 119 entries; every paper bullet has '[[Paper]]' and a badge.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "Ghy0501__Awesome-Continual-Learning-in-Generative-Models__README@3de5e2d.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    part = None
    bench = 0
    per: list[int] = []
    for n, text in enumerate(lines, 1):
        if text.startswith("## "):
            part = "bench" if "Benchmarks" in text else ("end" if "Citation" in text else
                                                          ("list" if part in ("bench", "list") else None))
        if text.startswith("### ") and part == "list":
            per.append(0)
        if part not in ("bench", "list") or not text.startswith("* "):
            continue
        m = re.match(r"\* (.+?) \[\[Paper\]\]\(", text)
        assert m, n
        if part == "bench":
            papers.append(entry(lines, n, n, None))
            bench += 1
        else:
            assert "img.shields.io/badge/" in text, n
            papers.append(entry(lines, n, n, m.group(1)))
            per[-1] += 1
    assert bench == 9, bench
    assert per == [14, 13, 17, 21, 16, 7, 8, 3, 2, 2, 6, 1], per
    assert len(papers) == 119
    write_truth(
        NAME, "wild11_development", papers,
        "every '* Title [[Paper]](url) [[Code]](url) ![](venue badge)' bullet of the model-family sections is an"
        " entry, title = the text before [[Paper]]; the nine '* Name Benchmark [[Paper]](url)' bullets are"
        " entries with title null (a benchmark's name, not its paper's title); motivation, news, TOC and the"
        " survey's BibTeX are not",
        "all 119 bullets' titles and ids by eye against the file; per-heading counts by awk; every paper bullet"
        " has a badge; arXiv ids from arxiv.org/pdf links (trailing '?' and 'v1' dropped), one ACM DOI; the"
        " Nature link's article id is not taken as a DOI")


if __name__ == "__main__":
    main()
