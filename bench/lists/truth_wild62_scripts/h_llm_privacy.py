"""Wild62 truth for safr-ai-lab/survey-llm README.md at bc373c9 (2024-05-30): the companion repository of the
survey "Privacy Issues in Large Language Models: A Survey" (Neel & Chang); per survey section a Markdown table
``| **Paper Title** | **Year** | **Author** | **Code** |`` whose first cell is ``[title](url)``.

Shape: 205 lines.  Intro (1-14) with the survey's arXiv URL as bare text (4) and a note that papers added after
the survey are "marked with asterisks" (7-8); table of contents (16-25); the survey's own BibTeX in a code block
(30-39).  Sections ``# Memorization`` (41, table 46-66), ``# Privacy Attacks`` (72, table 77-102), ``# Private
LLMs`` (110, table 115-139), ``# Unlearning`` (145, table 150-166), ``# Copyright`` (173, table 178-186),
``# Additional Related Surveys`` (192, table 194-200), ``# Contact Info`` (203).  Each section opens with an image
and an "Image from [Carlini 2020](https://arxiv.org/abs/2012.07805)"-style credit line (44, 75, 113, 148), and
is followed by an HTML comment ``<!--- ... --->`` (68-70, 106-108, 141-143, 168-171, 188-190).

Special cases:
- Three table rows sit inside HTML comments and do not render: 69 (Understanding deep learning requires
  rethinking generalization), 169 and 170 (influence functions).  Not entries.
- The asterisk marker is written inside the link text as an unclosed ``***`` (138, 139, 200:
  ``[***Silent Guardian: ...](...)``); it is not part of the title and is removed.
- Some papers recur, in the same table (Detecting Pretraining Data ... on 79 and 94) or across tables (e.g. 53
  and 183, 85 and 196, 88 and 197, 163 and 199, 59 and 133, 61 and 135, 65 and 137): every row is its own entry.
- Links go to arXiv (abs, one pdf, one with ``v1``), ACM DOI URLs (88, 119, 196, 197), ACL Anthology,
  paperswithcode, ResearchGate, OpenReview and a PDF of the Dwork-Roth monograph (122, kept as a row of the list).
- The image credit links (44: Carlini 2020 on arXiv; 148: a ResearchGate publication) and the survey's own URL
  and BibTeX are not list entries.

Decisions:
- Entry = each rendered table row whose first cell is a link ``| [title](url) |`` (93 entries); rows inside
  ``<!--- ... --->`` comments are skipped.
- Title = the link text without the leading ``***``.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "safr-ai-lab__survey-llm__README@bc373c9.md"
PART = "wild62_held_out"

ROW = re.compile(r"^\| \[(.+?)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_comment = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("<!--"):
            in_comment = True
        if in_comment:
            if ln.rstrip().endswith("-->"):
                in_comment = False
            continue
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group(1).lstrip("*").strip()))
    on = {p["line"]: p for p in papers}
    assert len(papers) == 93, len(papers)
    for n in (44, 69, 75, 148, 169, 170):
        assert n not in on, n
    assert [n for n in on if 48 <= n <= 66] == list(range(48, 67))
    assert on[48]["title"] == "Emergent and Predictable Memorization in Large Language Models", on[48]
    assert on[79]["title"] == on[94]["title"] == "Detecting Pretraining Data from Large Language Models"
    assert on[88]["doi"] == "10.1145/3436755" and on[88]["arxiv"] is None, on[88]
    assert on[134]["arxiv"] == "2309.11765", on[134]
    assert on[138]["title"].startswith("Can LLMs Keep a Secret? Testing Privacy"), on[138]
    assert on[139]["title"] == "Silent Guardian: Protecting Text from Malicious Exploitation by Large Language Models"
    assert on[200]["title"] == "A Survey of Large Language Models" and on[200]["arxiv"] == "2303.18223", on[200]
    assert on[160]["arxiv"] == "2210.01504", on[160]
    assert on[119]["title"] == "Sanitizing Sentence Embeddings (and Labels) for Local Differential Privacy", on[119]
    assert on[185]["title"].endswith("Copyright Law's Substantial Similarity"), on[185]
    write_truth(
        NAME,
        PART,
        papers,
        method="Each rendered row of the per-section tables (| [title](url) | Year | Author | Code |) is one entry"
        " (93 on 93 lines); duplicates across or within tables are kept.  Rows inside the <!--- ... ---> HTML"
        " comments (69, 169, 170) do not render and are not entries.  Title = the link text of the first cell"
        " without the unclosed '***' marker for papers added after the survey (138, 139, 200).  Image-credit links,"
        " the survey's own arXiv URL and BibTeX are not entries.",
        checked="Read the whole file; compared the -v output with every table row: the three commented-out rows,"
        " the '***' rows, the repeated papers (79/94 and the cross-table repeats), the ACM DOI and arXiv v1/pdf"
        " links, and that the image-credit lines give nothing.",
    )


if __name__ == "__main__":
    main()
