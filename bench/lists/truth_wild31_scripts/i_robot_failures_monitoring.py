"""Wild31 truth for robot-failures/awesome-robot-failure-management monitoring-failure-detection-recovery.md:
a curated robotics list of publications on execution monitoring, anomaly / failure detection and failure
recovery, rendered as a Jekyll page.

Shape: one IEEE-style reference per line, each an ordered-list item written ``1. `` (lines 9-217, 209 items):
authors, the title in straight double quotes, the venue in ``*italics*``, then ``Available: [url](url)``
(mostly a doi.org link; some arXiv, OpenReview, PMLR, CVF, AAAI, ResearchGate or ACM 10.5555 links).  Every
item is one paper (journal article, conference or workshop paper); there are no books here.  The title is the
text between the two straight quotes with the citation's separator dropped; the file varies the separator:
``,"`` (most), ``" in`` with no comma (lines 45, 46), ``,",`` (lines 26, 72), ``".`` (line 192) and ``",``
(line 198).  Author names use HTML entities (``&ouml;``, ``&#269;``), decoded in titles where they occur.
Not entries: the heading, the intro paragraph (line 5), the word-cloud HTML and scripts (lines 219-230).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "robot-failures__awesome-robot-failure-management__monitoring-failure-detection-recovery@b73dd85.md"
PART = "wild31_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("1. "):
            continue
        m = re.search(r'"(.+)"', ln)
        assert m, i
        title = m.group(1).strip()
        title = re.sub(r"[,.]$", "", title).strip()
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 209, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '1. ' reference line is one entry; the title is the text between its two straight double quotes "
        "without the trailing ',' or '.' separator.",
        "All 209 lines checked for exactly two straight quotes; the six separator variants (lines 26, 45, 46, 72, "
        "192, 198), entity-bearing lines, the first and last ten entries and a random sample of 25 read by eye "
        "against the file.",
    )


if __name__ == "__main__":
    main()
