"""Wild36 truth for LLM-low-resource-lang/LLM-low-resource-lang.github.io reading_list.md: the reading list
of the EACL 2024 tutorial "LLMs for Low Resource Languages in Multilingual, Multimodal and Dialectal
Settings" (a Jekyll page titled "Papers").

Shape: a "Paper to cite" block (line 15: the tutorial's own reference paragraph, then its BibTeX in a
fenced block, 17-35), then "Papers to read" under four topic headings: ``- `` bullets, one per line with a
blank line between, each a Chicago-style reference ``Surname, First, Second Author, ... et al. "Title."
Venue, pages. Year. URL`` -- the title is the quoted part; a URL follows only in some bullets
(aclanthology.org, arxiv.org, openreview.net) and some give ``arXiv:NNNN.NNNNN`` in the text or a ``doi:``
(line 51).  Titles keep the BibTeX braces the file writes (``{MEGA}: Multilingual Evaluation of Generative
{AI}``, ``{LLM}e{B}ench``, ``{C}hat{GPT}``): they are not Markdown or HTML markup.

Entries: every bullet (41-161) except line 133 ("A framework for few-shot language model evaluation",
Version v0.0.1 -- the Zenodo software release of the lm-evaluation-harness, a tool).  Lines 143 and 145 are
the same reference twice: two entries.  Not entries: the tutorial's own "please cite" reference and BibTeX
(15-35, the list's boilerplate citation of itself).
Title: the text between the first pair of double quotes, its final ``.`` dropped (``?.`` keeps the ``?``).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "LLM-low-resource-lang__LLM-low-resource-lang.github.io__reading_list@e6687da.md"
PART = "wild36_development"

QUOTED = re.compile(r'"([^"]+)"')
NOT_PAPERS = {133}  # lm-evaluation-harness software release


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("- ") or i in NOT_PAPERS:
            continue
        m = QUOTED.search(ln)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert all(p["line"] >= 41 for p in papers)
    assert len(papers) == 56, len(papers)
    write_truth(NAME, PART, papers,
                "Each '- ' reference bullet under 'Papers to read' is an entry, title = the quoted title (BibTeX"
                " braces kept as written, final '.' dropped); the lm-evaluation-harness software release (133)"
                " and the tutorial's own cite-us reference and BibTeX block are not entries; the duplicated"
                " reference (143, 145) gives two entries.",
                "All 161 lines read by eye against the -v output: every section's first and last bullet, the"
                " cite-us block, the braces titles (51, 53, 129), the '?.' ending (147), the duplicate pair, the"
                " software citation at 133, and the ids (arXiv from 'arXiv:' text and abs URLs, the doi: at 51,"
                " no ids from aclanthology or openreview URLs).")


if __name__ == "__main__":
    main()
