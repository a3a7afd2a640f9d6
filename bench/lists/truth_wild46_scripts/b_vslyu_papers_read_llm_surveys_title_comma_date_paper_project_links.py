"""Wild46 truth for vslyu/Awesome-AI-in-Accouting papers_read.md (newest commit 851e68f, 2024-01-08, "add
papers_read.md", the file's only commit): the "papers read" log the owner of an AI-in-accounting list kept beside
it, mostly LLM surveys sorted by topic.

Shape (68 lines, LF, final newline, 4 KB, no title heading): starts with a blank line and a ``---`` rule; topic
headings ``## Data Processing`` (4, trailing space), ``## General Survey`` (12), ``## Training of LLM`` (31) with
``### Instruction Tuning`` (34) and ``### Human Alignment for LLM`` (43), ``## Evaluation of LLM`` (54),
``## Hallucination in LLM`` (63), separated by ``---`` rules (two in a row at 7/10).  Records are one-line column-0
bullets ``- Title, YYYY.MM [[paper]](url)`` optionally followed by ``[[project]](url)``, mostly separated by blank
lines (or by lines of two spaces, 47/49/56/65); 27/28 have no blank line between them, and 28 is followed directly
by the ``---`` rule.
Special cases: 37 writes its date ``2023,11`` (comma); 19 has two spaces before ``[[paper]]``; 64's title keeps
the file's `` ? : A Survey``; 35 "Are Prompts All the Story? No. ..." has a question mark and full stop inside the
title; 48 has `` -- `` inside the title.  Links: arXiv abs and pdf links (with or without ``.pdf``), TechRxiv
``doi/full/10.36227/techrxiv.<n>.v<k>`` pages (23, 27; the version is part of TechRxiv DOIs), an SSRN abstract page
(25, no id); ``[[project]]`` links go to GitHub repositories or project sites.

Decisions:
- Entry = each ``- `` bullet (all 23 name one paper: surveys, DPO, Data-Juicer, C-Eval); headings and rules are not
  entries, and the ``[[project]]`` links are part of their paper's line, not separate entries.
- Title = the text before the final ``, YYYY.MM`` (or ``, YYYY,MM``) date, as written.
- Ids from the entry's line: arXiv id from the ``[[paper]]`` link, DOI from the TechRxiv ``doi/full/`` URL.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "vslyu__Awesome-AI-in-Accouting__papers_read@851e68f.md"
PART = "wild46_development"

RECORD = re.compile(r"^- (?P<title>.+), (?P<date>\d{4}[.,]\d{2}) +\[\[paper\]\]\((?P<url>[^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if not text.startswith("- "):
            assert not text.strip() or text.startswith("#") or text == "---", (n, text)
            continue
        m = RECORD.match(text)
        assert m, (n, text)
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each column-0 '- Title, YYYY.MM [[paper]](url)[[project]](url)' bullet is an entry (23, all papers);"
        " title = text before the final ', YYYY.MM' date (37's '2023,11' too), as written; [[project]] links belong"
        " to their paper's line.",
        "Whole file read (68 lines) against the -v output: all 23 bullets under the seven topic headings, the first"
        " record 5 after the leading rule, 27/28 with no blank line between them and 28 followed by '---', 37's"
        " comma date, 19's double space, titles with inner '?', '.', ':' and '--' kept (35, 48, 64), arXiv ids from"
        " abs and pdf links, TechRxiv DOIs with their .v4/.v1 version (23, 27), no id for the SSRN page 25.",
    )


if __name__ == "__main__":
    main()
