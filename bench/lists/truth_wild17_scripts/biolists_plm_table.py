"""Wild17 truth for biolists/folding_tools pLM.md: a bioinformatics table of protein (and DNA)
language models, 'sorted by number of parameters'.

Shape: five Markdown tables (general pLMs, special purpose, non-transformer sequence models,
antibody pLMs, DNA language models) with the columns | Name | Params | Paper | Code | Notes |.
The Name cell holds the model's nickname (ESM2, ProGen2, AbLang, ...); the Paper cell holds one
link whose text is only the host ('[bioRxiv](url)', '[arXiv](url)', '[Paper](url)'); the file ends
with a '# Building on pLMs' bullet linking a Hugging Face space.

Entries: every table row whose Paper cell links a paper (all 32 rows do); the record's subject is
the model's paper, and the row names no title (a nickname and a host label only), so title = null.
arXiv ids and DOIs come from the row (the Paper link; doi.org, bioRxiv 10.1101, PNAS, ACM, OUP
bioinformatics, BMC, Taylor & Francis URLs hold a DOI; ScienceDirect pii, Nature article ids,
IEEE document numbers and the bioRxiv 'content/early' URL do not).  Not entries: header and
separator rows, the '(sorted by ...)' note, the Hugging Face space bullet.

Counts: 42 lines starting '| ' = 5 header + 5 separator + 32 data rows (18 + 1 + 4 + 6 + 3).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "biolists__folding_tools__pLM@deddb2c.md"
PART = "wild17_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("| "):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if cells[0] == "Name" or set(cells[0]) <= set(":- "):
            continue
        rows += 1
        assert re.match(r"\[(bioRxiv|arXiv|Paper)\]\(https?://", cells[2]), (i, cells[2])
        papers.append(entry(lines, i, i, None))
    assert rows == 32 and len(papers) == 32
    assert sum(1 for t in lines if t.startswith("| ")) == 42
    write_truth(NAME, PART, papers,
                "every table row (model name, params, a Paper cell linking the paper under a host label) is an"
                " entry with title null, since the row names the model, not the paper's title; ids from the row",
                "42 '| ' lines = 5 headers + 5 separators + 32 rows (18/1/4/6/3 by table); every Paper cell read"
                " (all 32 link a paper); DOIs and arXiv ids of all rows checked against the links; the Hugging"
                " Face space bullet left out")


if __name__ == "__main__":
    main()
