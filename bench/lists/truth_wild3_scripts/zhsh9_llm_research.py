"""Wild3 truth for zhsh9/llm Research.md: a Chinese LLM reading table.

Fifteen '##' topic sections (Model, Literature Review & Evaluation, Principle, ... Mamba), each a
table '| 年份 | 名字 | 简介 | 精读 |' (year, name, Chinese one-line summary, link to the author's own
close-reading note or 'todo').  The name cell is a link.  Decisions:

- Every data row whose link goes to a paper is an entry (its line).  In '## Model' the name cell is
  the model's nickname ('Transformer', 'BERT', 'GPT-2', 'Claude', 'Llama 3'), linking its paper (arXiv
  or OpenAI's PDFs of the GPT, GPT-2 and GPT-4 papers/report): these entries name no title (null).
  The 'ChatGPT' row links OpenAI's web announcement (openai.com/index/chatgpt), not a paper: not an
  entry.  The empty row of the RWKV table is not an entry.
- In the other sections the name cell is the paper's title: title = the link text as written (the
  stray ')' of 'DoReMi: ... Pretraining)' kept), without the leading '*' the author puts before
  three must-read surveys ('[*A Survey of Large Language Models](...)'), a marker, not title text.
- arXiv id from arxiv.org links (abs or pdf, version dropped); the Qwen2.5-Coder row links Hugging
  Face's paper page (huggingface.co/papers/2409.12186), not an arXiv URL: no id.  The FlashAttention
  row links NeurIPS proceedings (no id).  No DOIs.  The Chinese summary and the note link ('here',
  './research/*.md') are not ids or titles.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild3 import entry, read_lines, write_truth

NAME = "zhsh9__llm__Research@df58a54.md"
PART = "wild3_development"


def main() -> None:
    lines = read_lines(NAME)
    section = None
    papers = []
    skipped = []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not text.startswith("|") or text.startswith(("| ----", "| 年份")):
            continue
        cells = [c.strip() for c in text.split("|")]
        if not any(cells):
            skipped.append("empty row")
            continue
        m = re.fullmatch(r"\[(.+)\]\((https?://[^)\s]+)\)", cells[2])
        assert m and re.fullmatch(r"\d{4}", cells[1]), i
        if "openai.com/index/" in m.group(2):
            skipped.append(m.group(1))
            continue
        title = None if section == "Model" else m.group(1).removeprefix("*")
        papers.append(entry(lines, i, i, title))
    assert sorted(skipped) == ["ChatGPT", "empty row"], skipped
    assert len(papers) == 60, len(papers)
    write_truth(
        NAME, PART, papers,
        "every table row linking a paper is an entry (its line); title = the linked name cell without the must-read"
        " '*' marker, except in the Model table whose cells are model nicknames (title null); the ChatGPT row (web"
        " announcement) and an empty RWKV row are not entries",
        "all 62 table rows listed by section (60 entries, ChatGPT and the empty row skipped by assertion), every"
        " title and id compared with its row by eye (15 sections, first and last of each), the nickname rows, the"
        " three '*' titles, the OpenAI PDF, NeurIPS and Hugging Face links without arXiv id",
    )


if __name__ == "__main__":
    main()
