r"""Wild30 truth for InfiniteNonsenseFear/Awesome-Neuromorphic-Autonomous-Driving README.md: an awesome
list of spiking / neuromorphic / event-based papers for autonomous driving, grouped by task.

Shape: under `### <emoji> <task>` headings (lines 43-141), each record is one `* ` list line:
`Title. \`VENUE YY\` [[Paper](url)] [[PDF](url)] [[Code](url)]`. The title is the text before the
backtick venue tag, its final period dropped (line 57 has no period). Paper links are mostly
doi.org links (one `dx.doi.org`, one DOI with parentheses on line 55, one 10.48550 arXiv DOI on
line 134), some arXiv or publisher pages; a PDF link may add an arXiv id beside the DOI (line 122).
Dataset papers (DSEC, DDD17, the Gen1 dataset, K-Radar) are papers and are entries.
Not entries: the badges (3-6), the maintenance commands in the bash fence (18-23) and the mermaid
taxonomy fence (29-39), whose `[Perception]`-style node labels are not links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "InfiniteNonsenseFear__Awesome-Neuromorphic-Autonomous-Driving__README@addeae3.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if i < 41 or not ln.startswith("* "):
            continue
        m = re.match(r"^\* (.+?)\s*`[^`]+`\s*\[\[Paper\]", ln)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 72, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every `* ` list line under the Papers headings is an entry; the title is the text before the"
        " backtick venue tag without its final period.",
        "All 72 entries checked by eye against the file, including the DOI with parentheses (55),"
        " the title without a period (57), the arXiv DOI (134) and DOI-plus-arXiv lines (122).",
    )


if __name__ == "__main__":
    main()
