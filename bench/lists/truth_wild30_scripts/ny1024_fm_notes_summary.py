"""Wild30 truth for NY1024/Foundation-Model-Paper-Notes SUMMARY.md: the GitBook table of contents of
one researcher's reading notes on foundation-model safety papers, one page per paper read.

Shape: top-level items ``* [Category](cat/README.md)`` (MM-LLM, LLM-Attack, VLM-Defense, ...) are the
book's chapter pages, not entries; every nested item ``  * [Paper title](cat/slug.md)`` is the note page
of one paper and is an entry (121).  The link text is the paper title as the note page was named,
copied from the PDF: runs of two spaces, words glued or split by the PDF extraction ("LLMsinTruthfulness",
"LAN GUAGE", "AT TACKS", "AWolf"), all-capital titles, and titles cut off at ~100 characters ("... Easi",
"... Visual Illusi", "IN FORMATION:").  The title is the link text as written, whitespace collapsed; no
repair.  Repeated papers are separate entries (11/21, 19/31, 35/40, 36/113).  Links point to the local
note pages, so no record carries an arXiv id or DOI.

Commit: the newest SUMMARY.md (2026) lists 587 papers, over the set's size limit, so the file is taken
at 6aa88e4 (2024-03-06), when it listed 121.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "NY1024__Foundation-Model-Paper-Notes__SUMMARY@6aa88e4.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = re.match(r"^  \* \[(.+)\]\([^)]*\)\s*$", ln)
        if not m:
            continue
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 121, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every nested item of the GitBook table of contents (one note page per paper) is an entry, title ="
        " its link text as written (PDF-extraction spacing and truncation kept, whitespace collapsed); the"
        " top-level category pages are not entries.",
        "Every line of the file read by eye (12 category items left out, 121 paper items, 4 repeats);"
        " titles checked mechanically against the entry lines.",
    )


if __name__ == "__main__":
    main()
