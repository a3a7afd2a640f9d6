"""Wild22 truth for yueliu1999/Awesome-Jailbreak-on-LLMs README.md: an awesome list of LLM jailbreak papers in plain-title tables.

Shape: a 'Reference' section asking readers to cite the maintainers' papers, with five fenced
BibTeX '@article{...}' blocks (lines 11-46), a bookmarks list, then '###'/'####' sections
(Jailbreak Attack: LRMs, black-box, white-box, multi-turn, RAG, multi-modal; Jailbreak Defense:
learning-based, strategy-based, guard model, moderation API; Evaluation & Analysis; Application),
each one Markdown table '| Time | Title | Venue | Paper | Code |' (the white-box header says 'Year').
A row: '| 2024.10 | **Title (Nickname)** | Venue | [link](paper url) | [link](code url) |' - the
title cell is plain bold text with no link; the paper and code links sit in later cells as the
word 'link' (or 'Link'); '-' for an empty cell.  Line 193 has an extra empty cell, line 632 lacks
the code cell.
Entry: every table row naming a scholarly work, and each of the five BibTeX blocks (standalone
records of the maintainers' own papers - not the list itself - so entries by the README rule;
title = the 'title={...}' field, arXiv id from 'arXiv:' in the journal field; lines '@article'
to the closing '}').  Table title = the bold span of the Title cell with the list's trailing
method nickname in parentheses dropped ('... Chatbots (MASTERKEY)' -> '... Chatbots'); 156 rows
end in one: 153 entries lose it, two are non-entry rows (506, 525), and line 580 keeps it.  Exception: line 580's '(LLMs)' belongs to the paper's real title ('Operationalizing a
Threat Model for Red-Teaming Large Language Models (LLMs)') and is kept.
Special rows kept as entries: line 171 (Anthropic 'Many-shot jailbreaking' paper PDF), 331 and 560
(conference poster pages), 372 (doi.org link), 390 (project page), 469 (PDF on a personal site),
628 (DecodingTrust PDF on a blog host), 625 (IEEE Xplore).
Not entries (8 rows): line 506 (Llama 3.2 blog post), 511 (Llama Guard 2 model card page), 525
(OpenAI blog 'Using GPT-4 for content moderation'), 528 Azure AI Content Safety, 529 Detoxify,
530 promptfoo (tools with no paper), 542 guard-eval-harness (a toolkit, no paper), 633 'Evaluation
and Alignment, The Seminal Papers' (a Manning book).  Also not entries: header/separator rows,
bookmarks, related-repository bullets, contributor avatars.  Repeated rows (same paper under two
sections) are separate entries.
Count check: 444 lines starting '| ' = 12 header rows + 11 separator rows (the black-box one
starts '|-') + 421 data rows (each with a bold second cell) = 413 table entries + 8 non-entries;
with the 5 BibTeX blocks, 418 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "yueliu1999__Awesome-Jailbreak-on-LLMs__README@5d4e29a.md"
PART = "wild22_development"
NOT_PAPERS = {506, 511, 525, 528, 529, 530, 542, 633}
KEEP_PARENS = {580}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    # the five BibTeX blocks of the Reference section
    start = None
    for i, text in enumerate(lines[:60], 1):
        if text.startswith("@article{"):
            start = i
        elif text == "}" and start:
            block = "\n".join(lines[start - 1:i])
            title = re.search(r"^\s*title=\{(.+)\},$", block, re.MULTILINE).group(1)
            papers.append(entry(lines, start, i, title))
            start = None
    assert len(papers) == 5, len(papers)
    rows = headers = stripped = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("| "):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if cells[0] in ("Time", "Year"):
            headers += 1
            continue
        if all(re.fullmatch(r"[-: ]+", c) for c in cells[:2]):
            continue
        rows += 1
        m = re.fullmatch(r"\*\*([^*]+)\*\*(.*)", cells[1])
        assert m, (i, cells[1])
        assert m.group(2) == "" or i == 530, i
        if i in NOT_PAPERS:
            continue
        title = m.group(1).strip()
        if i not in KEEP_PARENS:
            title, n = re.subn(r"\s*\([^()]+\)$", "", title)
            stripped += n
        papers.append(entry(lines, i, i, title))
    assert headers == 12, headers
    assert rows == 421, rows
    assert stripped == 153, stripped
    assert len(papers) == 5 + 421 - 8 == 418, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the 12 paper tables is an entry except two blog posts, a model-card page, four"
                " tools and a book; title = the bold Title cell (no link in it) with the list's trailing"
                " '(Nickname)' dropped; plus the five BibTeX blocks of the maintainers' own papers in the"
                " Reference section (title field)",
                "all 421 rows' Title cells listed and the 156 ending in ')' read one by one (only line 580's"
                " '(LLMs)' is part of a real title); every row whose paper link is not arXiv read by eye"
                " (lines 137-633 listed in the docstring); first and last row of each table and ~25 rows"
                " compared with the -v output; the five BibTeX blocks")


if __name__ == "__main__":
    main()
