"""Wild59 truth for Tebmer/Awesome-Knowledge-Distillation-of-LLMs README.md at c96c71a (2025-03-09): the companion
repository of the survey "A Survey on Knowledge Distillation of Large Language Models" (Xu et al., arXiv
2402.13116).  The surveyed papers are kept in pipe tables, one per (sub)section of the survey's taxonomy (KD
algorithms, skill distillation, verticalization distillation) plus an "Encoder-based KD" table.

Shape: 717 lines.  Badges, the survey's title in ``<h2>``, authors and affiliations in ``<p align="center">``
(1-46); news, contributing, introduction with figures (48-82); "Why KD of LLMs?" with a three-row pipe table of
roles (92-96: ``| **① Advancing SLMs** | ... |``); a nested table of contents (101-147).  Then headings ``##`` /
``###`` / ``####`` each followed by a table ``|  Title  |   Venue  |   Date   | Code | Data|`` and an alignment row
``|:--------|:--------:|...``; body rows (154-691):
``| [**Title**](paper url) | Venue | 2023-05 | [Github](url) | [Data](url)|``.  The "Summary Table" (609-615) is an
image.  A TODO list (694-695), the survey's bibtex (702-711) and a star-history badge close the file.

Special cases:
- Rows often stop early (``| arXiv | 2024-03 |`` with no Code/Data cells) or lack the final pipe
  (``... | 2023-07 | [Github](url)``, e.g. 163, 213, 661); 174 / 518 have two spaces before the link.
- 196 and 587 "Code Alpaca: An Instruction-following LLaMA model for code generation" is plain text without a link
  or bold.
- Some rows are not research papers: blog posts (Alpaca 195, Phi-2 207, Vicuna 322), a technical-report PDF
  (GPT-4All 172) and
  a model repository whose "title" is only the model name (623 ``[**Fuzi**](https://github.com/irlab-sdu/...)``).
  The list presents them exactly like the papers, so they are entries with their titles as written.
- Many papers are listed under several headings (e.g. "Is GPT-3 a Good Data Annotator?" 174 and 518; "Mammoth: ..."
  163 and 662; "Visual Instruction Tuning: ..." 607 and 671): every row is its own entry.
- Titles keep the list's casing ("Wizardlm: Empowering ...", "Annollm: ...") and punctuation (question marks,
  ``Protein’s`` with a curly apostrophe at 667, quotes in ``Small Models Can Also "Think" Step-by-Step`` 165).
- The Vicuna rows (322, 408, 418) write ``90\\%* ChatGPT Quality``: ``\\%`` is a Markdown escape, the title reads
  ``90%* ChatGPT Quality`` (the asterisk is part of the blog post's title).
- Most links are arxiv.org/pdf or /abs (ids taken by the helper); others are ACL Anthology, NeurIPS proceedings,
  OpenReview, bioRxiv (668, DOI taken from the address) or project pages.

Decisions:
- Entry = every body row of a table whose header has ``Title`` and ``Venue`` cells: one line each.  Title = the
  first cell without the link and the ``**`` markers.
- The roles table (92-96), the table of contents, the image "Summary Table", the TODO item and the survey's own
  bibtex and arXiv badge are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "Tebmer__Awesome-Knowledge-Distillation-of-LLMs__README@c96c71a.md"
PART = "wild59_development"

LINKED = re.compile(r"^\[(?P<text>.+?)\]\((?P<url>[^)\s]*)\s*\)$")


def cells(line: str) -> list[str]:
    s = line.strip()
    s = s.removeprefix("|")
    return [c.strip() for c in s.split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            in_table = False
            continue
        row = cells(ln)
        if row[:2] == ["Title", "Venue"]:
            in_table = True
            continue
        if not in_table or row[0].startswith(":--"):
            continue
        first = row[0]
        m = LINKED.match(first)
        title = (m.group("text") if m else first).replace("**", "").strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 345, len(papers)
    assert min(by) == 154 and max(by) == 691, (min(by), max(by))
    assert not any(94 <= n <= 96 for n in by)
    assert by[154]["title"] == (
        "Evidence-Focused Fact Summarization for Knowledge-Augmented Zero-Shot Question Answering"
    ), by[154]
    assert by[154]["arxiv"] == "2403.02966", by[154]
    assert by[174]["title"] == by[518]["title"] == "Is GPT-3 a Good Data Annotator?"
    assert by[196]["title"] == by[587]["title"] == (
        "Code Alpaca: An Instruction-following LLaMA model for code generation"
    )
    assert by[623]["title"] == "Fuzi", by[623]
    assert by[322]["title"] == "Vicuna: An Open-Source Chatbot Impressing GPT-4 with 90%* ChatGPT Quality", by[322]
    assert by[163]["title"] == by[662]["title"], (by[163], by[662])
    assert by[667]["title"] == "Prot2Text: Multimodal Protein’s Function Generation with GNNs and Transformers"
    assert by[668]["doi"] == "10.1101/2023.07.05.547496", by[668]
    assert by[691]["title"].startswith("Better Together: Jointly Using Masked Latent Semantic Modeling"), by[691]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the tables headed '|  Title  |   Venue  |   Date   | Code | Data|' (lines"
        " 154-691) is one entry, one line each, including rows that end early or lack the closing pipe and the"
        " unlinked 'Code Alpaca' rows; a work listed under several headings is an entry each time.  Title = the"
        " first cell without the Markdown link and bold markers (blog posts, reports and the model 'Fuzi' are kept"
        " as the list writes them).  The roles table (92-96), the table of contents, the image summary table and"
        " the survey's own bibtex are not entries.",
        checked="Read the whole file; compared the -v output with every table row (345), checked rows without a"
        " link (196, 587), rows ending early or without the final pipe, the non-paper rows (172, 195, 207, 322, 623),"
        " repeated papers across headings, curly apostrophes and quotes in titles, and arXiv ids / the bioRxiv DOI"
        " from the links.",
    )


if __name__ == "__main__":
    main()
