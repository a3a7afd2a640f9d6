"""Wild42 truth for mosharaf/cse585 README.md: the course README of Michigan's CSE 585 (Advanced Scalable Systems for
Generative AI, Fall 2025), Mosharaf Chowdhury's seminar.

Shape: administrivia, team table (11-14), course description, then "Tentative Schedule and Reading List" (41-120): a
pipe table ``| Date | Readings | Presenter | Summary | Reviewer |`` with one reading per row.  The Date cell is filled
on a class's first row and empty (``|  |``) on the following ones; the Readings cell is ``[Title](url)`` followed by
`` (Required)`` or nothing, a bold session label (``**Introduction**``, ``**GenAI Basics**``, ``**No Lecture: ...**``,
``**Fall Study Break**``, ``**Mid-Semester Presentations**``) or a bold part label on an otherwise empty row
(``**Pre-Training**`` 63, ``**Post-Training**`` 74, ``**Inference**`` 79, ``**Agentic Systems**`` 98, ``**Hardware /
Infrastructure**`` 103, ``**Power and Energy Management**`` 108, ``**Ethical Considerations**`` 114).  Two readings
are named by a bare system name without link: ``Cornserve (Required)`` (89) and ``Kareus`` (111).  After the table,
policies and a grading table (no readings).  Links: arXiv abs, dl.acm.org/doi (one with a trailing ``%20``, 72),
USENIX presentation pages, NeurIPS proceedings, OpenReview, an ICML virtual page, a Nature comment, Springer book,
blogs, Wikipedia, YouTube.

Decisions:
- Every table row whose reading is a scholarly work is one entry on its line (44): conference and journal papers,
  arXiv preprints, Keshav's "How to Read a Paper" (48, an article in CCR) and the Nature comment "We Need a New
  Ethics for a World of AI Agents" (116, a signed journal commentary with its own Nature page).
- The two reading slots named only by the system they cover, ``Cornserve`` (89) and ``Kareus`` (111), are entries
  (each is the slot of one paper the class reads) with a null title: the name is a nickname, not a title.
- Not entries: Patterson's talk slides "How to Give a Bad Talk" (49), the book "The Datacenter as a Computer" (50,
  chapters of a book), the Illustrated Transformer/Stable Diffusion blog posts (53, 54), the YouTube video (55),
  Roscoe's advice handout "Writing Reviews for Systems Conferences" (61, an unpublished note), the Wikipedia article
  "Worse is Better" (62), the Google blog post on Ironwood (107), the SemiAnalysis newsletter article (113), the
  Microsoft Research talk page "How to Write a Great Research Paper" (119); session/part label rows; the poster
  template link (120).
- Title: the link text as written (the emoji of the Stochastic Parrots title is part of the paper's title); the
  `` (Required)`` flag is not part of it.
- Ids: arXiv ids from arxiv.org links; DOIs from dl.acm.org/doi URLs (72's ``%20`` tail is not part of the DOI);
  Nature's ``d41586-...`` article id, USENIX/NeurIPS/OpenReview/ICML pages give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "mosharaf__cse585__README@566bddd.md"
PART = "wild42_development"

ROW = re.compile(r"^\| (?P<date>[^|]*?) ?\| (?P<reading>.*?) \| (?P<rest>.*)\|\s*$")
LINKED = re.compile(r"^\[(?P<title>.+)\]\((?P<url>[^)\s]+)\)(?: \((?:Required|Chapters 1 and 2\\)\))?$")
NOT_PAPER = {
    49: "How to Give a Bad Talk",
    50: "The Datacenter as a Computer",
    53: "The Illustrated Transformer",
    54: "The Illustrated Stable Diffusion",
    55: "Deep Dive into LLMs like ChatGPT",
    61: "Writing Reviews for Systems Conferences",
    62: "Worse is Better",
    107: "Ironwood: The first Google TPU for the age of inference",
    113: "AI Training Load Fluctuations at Gigawatt-scale – Risk of Power Grid Blackout?",
    119: "How to Write a Great Research Paper",
}
NICKNAME = {89: "Cornserve (Required)", 111: "Kareus"}


def main() -> None:
    lines = read_lines(NAME)
    papers, rows, labels = [], 0, 0
    for n, ln in enumerate(lines[44:120], 45):
        if n in (45, 46):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        rows += 1
        reading = m.group("reading").strip()
        if reading.startswith("**"):
            labels += 1
            continue
        if n in NICKNAME:
            assert reading == NICKNAME[n], (n, reading)
            papers.append(entry(lines, n, n, None))
            continue
        lm = LINKED.match(reading)
        assert lm, (n, reading)
        if n in NOT_PAPER:
            assert lm.group("title") == NOT_PAPER[n], (n, lm.group("title"))
            continue
        papers.append(entry(lines, n, n, lm.group("title")))
    assert rows == 74 and labels == 20, (rows, labels)
    assert not any("](" in ln and "arxiv" in ln for ln in lines[120:]), "no readings after the table"
    t = {p["line"]: p["title"] for p in papers}
    assert t[48] == "How to Read a Paper" and t[89] is None and t[111] is None, t
    assert t[115] == "On the Dangers of Stochastic Parrots: Can Language Models be too Big?🦜", t[115]
    d = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert d[72] == "10.1145/3600006.3613152", d
    assert d[59] == "10.1145/3458817.3476209" and 116 not in d, d
    a = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert a[51] == "2502.06982" and a[57] == "2011.02455" and a[112] == "2508.14318", a
    assert len(a) == 10 and len(d) == 14, (len(a), len(d))
    assert len(papers) == 44, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the reading-list table whose Readings cell is a scholarly work is an entry on its line; title ="
        " the link text without ' (Required)'; the bare system names 'Cornserve' (89) and 'Kareus' (111) are entries"
        " with a null title; talk slides, a book, blog posts, a video, an advice handout, Wikipedia, a newsletter, a"
        " talk page and session/part label rows are not entries; arXiv ids from arxiv.org links, DOIs from"
        " dl.acm.org/doi URLs.",
        "Whole table (45-120) read row by row against the -v output: 74 rows, 20 bold label rows, the 10 non-paper"
        " readings named in the script (49, 50, 53-55, 61, 62, 107, 113, 119) and why, the two bare names (89, 111),"
        " the CCR article 48 and the Nature comment 116 kept, the emoji title 115 and em-dash title 86, the %20 DOI"
        " tail (72), optional rows without '(Required)' (65, 69, 97, 106); the policies and grading after the table"
        " hold no readings.",
    )


if __name__ == "__main__":
    main()
