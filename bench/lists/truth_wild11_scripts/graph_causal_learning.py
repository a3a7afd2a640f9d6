"""Wild11 truth for TimeLovercc/Awesome-Graph-Causal-Learning README: an awesome list of graph
causal and counterfactual learning papers, nested-bullet records.

Shape (the list's own 'Markdown format'): a top-level bullet '- Paper Name.' holding the plain
title (no link), then indented '[[pdf]](url)' and optional '[[code]](url)' lines, then a nested
'  - Authors. *Venue*, Year.' bullet; a blank line (sometimes whitespace only) between records,
once none (lines 293-294).  Variants: one record has '[[pdf]](url)' on the title line (395); one
author bullet lacks the space after '-' (288); one title bullet has two spaces after '-' (422);
some titles end without the full stop.

Entries: every top-level '- ' bullet from '## Survey' (line 71) to the end, through its author
line; that includes '## Benchmark' (two benchmark papers with arXiv pdfs) and '## Not for Graph'
(general causal-learning papers and surveys).  Title = the bullet text without a '[[pdf]]' link
and the closing '.'.
Not entries: the News bullets, the survey's boilerplate BibTeX under '## Reference', the
'Markdown format' example in a code block, the table of contents; '### Unsupervised Learning' and
'## A Summary of Open-source Codes' are empty.

Counts (awk per heading, checked by eye): Survey 5, Node Classification 6, Out of Distribution 15,
Contrastive 1, Fairness 2, Explanation 5, Recommendation 5, Applications 6, Counterfactual
Fairness 6, Counterfactual Explanation 17, CF Link Prediction 7, CF Real-World 17, Causal
Discovery 3, Causal Effect 4, Benchmark 2, Not for Graph 9 = 110; 110 nested author lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "TimeLovercc__Awesome-Graph-Causal-Learning__README@829a8a5.md"
START = 71  # '## Survey'


def main() -> None:
    lines = read_lines(NAME)
    assert lines[START - 1] == "## Survey"
    papers = []
    per: dict[str, int] = {}
    heading = ""
    authors = 0
    n = START
    while n <= len(lines):
        text = lines[n - 1]
        if text.startswith("#"):
            heading = text.strip("# ").strip()
        if re.match(r"-\s+\S", text):
            last = n
            while last < len(lines):
                nxt = lines[last]
                if not nxt.strip() or re.match(r"-\s", nxt) or nxt.startswith("#"):
                    break
                last += 1
            block = lines[n - 1:last]
            assert any(re.match(r"  -\s*\S", b) for b in block), n
            authors += sum(1 for b in block if re.match(r"  -\s*\S", b))
            title = re.sub(r"\s*\[\[pdf\]\]\(.*?\)", "", text)
            title = re.sub(r"^-\s+", "", title).strip()
            title = title.removesuffix(".")
            papers.append(entry(lines, n, last, title))
            per[heading] = per.get(heading, 0) + 1
            n = last + 1
            continue
        n += 1
    assert list(per.values()) == [5, 6, 15, 1, 2, 5, 5, 6, 6, 17, 7, 17, 3, 4, 2, 9], per
    assert len(papers) == 110 and authors == 110, (len(papers), authors)
    write_truth(
        NAME, "wild11_development", papers,
        "every top-level '- Title.' bullet from '## Survey' on, with its [[pdf]]/[[code]] lines and nested"
        " author bullet, is an entry (Benchmark and Not for Graph papers included); title = the bullet text"
        " without an inline [[pdf]] link and the closing full stop; news, BibTeX, format example and TOC are not",
        "all 110 entries' titles and line spans against the file by eye (first/last of every section, the"
        " no-blank pair 290-297, the inline [[pdf]] at 395, the '-Zichong' author line, the whitespace-only"
        " separators at 316/320/425); per-heading counts by awk; arXiv ids from arxiv.org pdf links (one"
        " arxiv.org/ftp link; the bare-IP mirror link at 499 names no arXiv host and gives none), DOIs from ACM, Springer and Wiley URLs")


if __name__ == "__main__":
    main()
