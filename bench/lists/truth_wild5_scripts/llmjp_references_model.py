"""Wild5 truth for llm-jp/awesome-japanese-llm parts/references_model.md: the table of original papers behind
each model/architecture that the Japanese README ('日本語LLMまとめ', section '各モデル・アーキテクチャの原論文')
pulls in with a VitePress '<!--@include: @/parts/references_model.md-->' directive.

Shape: a table fragment with an empty header row '|||||' and an alignment row, then rows '| Model name(s) |
yyyy.mm.dd | Venue or - | [Title](url) |'; some rows carry a trailing space after the last pipe; the file ends
without a newline.  Model cells can list several models ('rinna GPT, rinna RoBERTa, Nekomata, Youri, etc.') for
one paper.  Links go to arXiv abs pages, the ACL Anthology, OpenAI PDFs, AAAI OJS and Meta's publication page;
technical reports and a model card on arXiv are listed like papers.

Entry: every row after the alignment row (99), one paper each.  Title: the link text of the last cell; the
model-name cell is a nickname, not the title.
Count check: grep -c '^| ' = 99 rows, each with six '|'-separated fields (awk).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "llm-jp__awesome-japanese-llm__parts__references_model@903d9db.md"
PART = "wild5_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "|||||" and lines[1].startswith("|:---")
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= 2 or not text.strip():
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 4, (i, cells)
        assert re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", cells[1]), i
        m = re.fullmatch(r"\[(.+)\]\((\S+)\)", cells[3])
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 99, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the headerless table is an entry, title = the link text of the last cell (the model-name"
                " cell is not the title)",
                "row count checked with grep (99) and every row matched against the four-cell pattern; titles of the"
                " first and last 15 rows and of the non-arXiv rows (ACL Anthology, OpenAI PDFs, AAAI, Meta) read by eye;"
                " the last line without a newline is included")


if __name__ == "__main__":
    main()
