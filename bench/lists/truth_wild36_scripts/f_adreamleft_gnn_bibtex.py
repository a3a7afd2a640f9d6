"""Wild36 truth for ADreamLeft/review-of-graph-neural-network GraphNeuralNetwork.md: a Chinese student's
literature file for a review on graph learning for financial markets (renamed from "文献综述.md"): under
Chinese topic headings, the BibTeX records (Google Scholar export) of the works each topic cites.

Shape: "# introduction" (1), then 74 "## " headings (and 8 "### " baseline-method headings under
"## Baseline 算法" 1746 and "## 三种拉普拉斯约束模型" 1888), nearly all Chinese phrases naming the claim the
works support ("## 无监督学习、聚类", "## 应用型金融", "## 图神经网络", "## 金融时间序列的聚类",
"## 谱图理论", some with LaTeX: "## 与 $\\log \\det^*(\\mathbf{L})$ 项的计算相关的可扩展性问题").  Under each
heading, one to eight fenced "```" blocks, each holding exactly one BibTeX record "@type{key, title={...},
author={...}, journal=..., ...}" and nothing else.  There is no prose and there are no bullets: the file
has 152 blocks, 1935 lines.
Entry = one fenced block whose record is a scholarly work: @article and @inproceedings records (139).
Not entries: the 12 @book records (econophysics and time-series textbooks, Rue & Held, Horn & Johnson's
Matrix analysis, Absil's Optimization algorithms on matrix manifolds, Resnick, de Prado's Machine
learning for asset managers, Schreiner's equity valuation, Malevergne & Sornette, ...) and the @misc
record for the GICS industry classification standard (841-848).  The @article biggs1998spectral
(1237-1248) is Norman Biggs's book review in the Bulletin of the London Mathematical Society: one journal
article, an entry, its title the review heading as written (two book descriptions with prices and
ISBNs).  The same paper cited under several headings (egilmez2017graph 9 times, zhao2019optimization 8,
kumar2020unified, nie2016constrained, ...) gives separate entries, one per block.
Lines: the opening fence to the closing fence.  Title: the BibTeX title field, its outer braces and
case-protecting braces dropped ("M{\\'e}moli" is only in author fields); LaTeX left in a title is kept as
written ("Does the $$\\backslash$ell\\_1 $-norm Learn ...?", the Markdown escape "\\_" rendering "_";
"{\\pounds}" -> "\\pounds"), and a final "." inside the field (carlsson2010characterization) is a
separator and dropped.  arXiv ids come from the journal fields "arXiv preprint arXiv:NNNN.NNNNN"
(chen2017supervised, pal2019bayesian, marti2016clustering, soloff2020covariance, ying2020does x4); there
are no DOIs or URLs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "ADreamLeft__review-of-graph-neural-network__GraphNeuralNetwork@02aa3d3.md"
PART = "wild36_development"

PAPER_TYPES = {"article", "inproceedings"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    kinds: dict[str, int] = {}
    n = 1
    while n <= len(lines):
        if lines[n - 1] != "```":
            assert not lines[n - 1].startswith(("@", "- ", "* ")), n
            n += 1
            continue
        end = n + 1
        while lines[end - 1] != "```":
            end += 1
        block = lines[n:end - 1]
        head = re.match(r"@(\w+)\{", block[0])
        assert head and sum(1 for b in block if b.startswith("@")) == 1, n
        kind = head.group(1)
        kinds[kind] = kinds.get(kind, 0) + 1
        titles = [b for b in block if re.match(r"\s*title=\{", b)]
        assert len(titles) == 1, n
        if kind in PAPER_TYPES:
            m = re.fullmatch(r"\s*title=\{(.*)\},?", titles[0])
            assert m, (n, titles[0])
            papers.append(entry(lines, n, end, m.group(1).replace("{", "").replace("}", "")))
        n = end + 1

    assert kinds == {"article": 117, "inproceedings": 22, "book": 12, "misc": 1}, kinds
    assert len(papers) == 139, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each fenced block holding an @article or @inproceedings BibTeX record is an entry (repeats under "
        "different Chinese topic headings are separate entries), its title the BibTeX title field without "
        "braces; the 12 @book records and the @misc GICS standard are not.",
        "All 152 blocks listed by script with type, key and title and compared by eye with the file; the 13 "
        "non-entries (12 @book, 1 @misc) checked; every heading line (1-1920) seen to hold no record; titles "
        "with LaTeX (1146, 1237), '?' and a field-final '.' (780) and the 8 arXiv ids checked.",
    )


if __name__ == "__main__":
    main()
