"""Wild14 truth for kristery/Awesome-Imitation-Learning README: indented '  * [Title](url), Authors, Venue Year' bullets under '### <topic>' headings.

Shape: '## Papers' holds 17 '### <topic>' sections of '  * ' bullets, most separated by blank lines,
each one line: the title linked to the paper (arXiv, PMLR, NeurIPS, IEEE, Springer, ...), then
', <authors>, <venue year>' and sometimes a '[[blog]]' link.  After it come '## Tutorials and talks'
(videos), '## Blogs' and '### Materials' (a book chapter and lecture slides): not entries.

Entry: every '  * [' bullet between '## Papers' and '## Tutorials and talks'; one line each.
Title: the bullet's first link text.  Papers listed twice (e.g. 'Causal Confusion in Imitation
Learning', 'To Follow or not to Follow ...') are separate entries.

Checks: 115 bullets in the Papers part (grep '^  \\* \\[' on lines 12-261, and no other non-blank,
non-heading line there), per section counted with awk: General settings 28, Applications 15,
Survey 4, Robotics and Vision 3, Cold-start 3, multi-modal 6, Hierarchical 5, human preference 3,
observations 11, Model-based 4, Behavior cloning 6, rewards 8, Multi-agent 2, IRL 9, POMDP 1,
Planning 1, Representation learning 6.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "kristery__Awesome-Imitation-Learning__README@5adb426.md"

EXPECTED = {
    "General settings": 28, "Applications": 15, "Survey papers": 4, "Robotics and Vision": 3,
    "Cold-start methods": 3, "Learning multi-modal behaviors": 6, "Hierarchical approaches": 5,
    "Learning from human preference": 3, "Learning from observations": 11, "Model-based approaches": 4,
    "Behavior cloning": 6, "Imitation with rewards": 8, "Multi-agent systems": 2,
    "Inverse reinforcement learning": 9, "POMDP": 1, "Planning": 1, "Representation learning": 6,
}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Papers") + 1  # 1-based line of the heading
    stop = lines.index("## Tutorials and talks")
    papers, counts, section = [], {}, None
    for i in range(start + 1, stop + 1):
        text = lines[i - 1]
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not text.strip():
            continue
        m = re.match(r"  \* \[([^\]]+)\]\(", text)
        assert m, (i, text)
        papers.append(entry(lines, i, i, m.group(1)))
        counts[section] = counts.get(section, 0) + 1
    assert counts == EXPECTED, counts
    assert len(papers) == 115
    write_truth(NAME, "wild14_development", papers,
                "every '  * [Title](url), Authors, Venue' bullet of the '## Papers' part is a one-line entry,"
                " title = the link text; tutorials, blogs and materials (videos, slides, a book chapter) are not entries",
                "all 115 bullets listed with -v against the file (titles, arXiv ids incl. '1909.11821.pdf' abs link,"
                " Springer chapter DOIs, IEEE/ACM links without DOI); section counts by awk; the two repeated papers kept")


if __name__ == "__main__":
    main()
