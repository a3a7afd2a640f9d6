"""Wild33 truth for maxschmaltz/Course-LLM-based-Assistants llm-based-assistants/infos/topic_overview.md:
the session-by-session topic overview (syllabus) of a university course on LLM-based assistants.

Shape: a nested table of contents of the sessions (lines 4-34, bullets of anchor links, not entries),
an HTML ``<div>`` of notes, then one ``####`` heading per session with a ``**Key points**:`` bullet list
(topics, not entries) and a ``**Sources**:`` bullet list.  Each source bullet is
``* [emoji] [Title](url) (pages ...), `Institution` (kind)``.

Entries: every bullet of a ``**Sources**:`` block whose link is a scholarly work (arXiv, ACL Anthology,
ACM DL, MIT Press journal, SSRN, PubMed).  Not entries: bullets marked with the popcorn emoji
(the file's own marker for blog posts, leaderboards, web pages: lines 130, 135, 247-249, 306), the
lab "sources" that are framework documentation (institution `LangChain`, `LangGraph`, `MDN`,
lines 148-149, 198-199, 215-223, 262-266, 281-282) and the cross reference ``see [_Lab_: ...]`` (line 280).
The Wharton "AI Adoption Report: Executive Summary" (line 307) is unmarked among the lecture readings and
is a research report of an academic institute, so it is kept as an entry.  Line 301 writes its
institution without backticks; that changes nothing.  Title = the link text (the 🦜 of line 97 is part of
the paper's title and is kept); page/chapter spans in parentheses and the institution are not.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "maxschmaltz__Course-LLM-based-Assistants__llm-based-assistants__infos__topic_overview@fae2d01.md"
PART = "wild33_development"

DOCS = ("`LangChain`", "`LangGraph`", "`MDN`")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_sources = False
    for i, ln in enumerate(lines, 1):
        if ln.startswith("**Sources**:"):
            in_sources = True
            continue
        if ln.startswith(("#", "**Key points**")):
            in_sources = False
            continue
        if not in_sources or not ln.startswith("* "):
            continue
        if "🍿" in ln or ln.rstrip().endswith(DOCS) or ln.startswith("* see "):
            continue
        m = re.match(r"\* (?:📌 )?\[(.+?)\]\(", ln)
        assert m, (i, ln)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 53, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each bullet of a **Sources** block linking a scholarly work is an entry (popcorn-marked misc items and "
        "framework documentation of the labs are not); title = the link text.",
        "Every source bullet of the file read by eye against the output; non-entries (popcorn items, LangChain/"
        "LangGraph/MDN docs, the 'see' cross reference, TOC and key-point bullets) checked to be absent.",
    )


if __name__ == "__main__":
    main()
