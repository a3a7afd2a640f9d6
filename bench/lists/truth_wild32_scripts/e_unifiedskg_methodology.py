"""Wild32 truth for HKUNLP/UnifiedSKGsite docs/methodology/methodology.md: the "Methods to Structured
Knowledge Grounding" page of a Jekyll (just-the-docs) site, a list of papers written as kramdown cards.

Shape: every card is a kramdown attribute line ``{: .fs-4 .fw-800 .text-blue-100}`` followed by a
paragraph of two lines, ``[Title](url).`` (the final ``.`` missing at lines 268, 390, 394
and 398) and ``**VENUE-YY** `tag` `tag```.  Below most cards sit hidden kramdown comment lines
``[comment]: <> (...)`` holding the card's old Code / Semantic Scholar buttons and "Evaluation Tasks";
they do not render and are not part of the entry (the span is the title line and the venue line).
Special cases: two whole cards are commented out (TUTA at lines 173-177, TABBIE at lines 279-283, each
``[comment]: <> ([Title]&#40;url&#41;. )``); they are not rendered and are not entries.  The tag legend at
lines 26-34 (`sk-encoding` ...) is not an entry.  "Multi-Task Pre-training for Plug-and-play Task-oriented
Dialogue System" (2109.14739) is listed twice (lines 140 and 370) with different capitalisation and venue; both are entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "HKUNLP__UnifiedSKGsite__docs__methodology__methodology@cf31d7d.md"
PART = "wild32_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if ln.strip() != "{: .fs-4 .fw-800 .text-blue-100}":
            continue
        title_line = lines[i]  # line i + 1
        m = re.match(r"\[(.+)\]\((https?://[^)\s]+)\)\.?\s*$", title_line)
        assert m, (i + 1, title_line)
        venue = lines[i + 1]
        assert re.match(r"\s*\*\*[^*]+\*\*", venue), (i + 2, venue)
        papers.append(entry(lines, i + 1, i + 2, m.group(1)))
    assert len(papers) == 48, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each visible kramdown card (attribute line {: .fs-4 .fw-800 .text-blue-100} then '[Title](url).' and a "
        "'**VENUE**' tag line) is one entry spanning its title and venue lines, title = the link text; hidden "
        "[comment]: <> lines, including the two commented-out cards (TUTA, TABBIE), are not entries.",
        "All 48 cards checked by eye against the file (titles, arXiv ids, the openreview/aclanthology links "
        "without ids); the two commented-out cards and the duplicate Multi-Task Pre-training card checked.",
    )


if __name__ == "__main__":
    main()
