"""Wild33 truth for Johswald/awesome-hypernetworks README.md: a curated list of hypernetwork papers (adaptive layers,
fast weights, architecture search, implicit neural representations, meta/continual learning, RL, weight distributions).

Shape: under "# Papers" (21-137) one bullet per paper, ``- [Title](url) (Author et. al Year)``, grouped by ## sections
with prose paragraphs between the groups.  Each bullet is one entry on its own line, titled by its link text (typos kept:
"Recurrent Independent Mechanims" line 35; trailing space dropped, line 57).  "Continual learning with hypernetworks"
appears twice (53 and 101): separate entries.
Not entries: the prose links to Schmidhuber's pages (16-17) and the papers mentioned inside prose (49, 62 - the papers
themselves are bullets below them); "# Links to Code" (141-142, code repositories) and "# Talks" (146, a video).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "Johswald__awesome-hypernetworks__README@b57a05d.md"
PART = "wild33_development"

BULLET = re.compile(r"^- \[([^\]]*)\]\(([^)]*)\)\s*\(([^)]*)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Papers") + 1
    stop = lines.index("# Links to Code") + 1
    papers = []
    for i in range(start, stop):
        ln = lines[i - 1]
        if not ln.startswith("- "):
            continue
        m = BULLET.match(ln)
        assert m, (i, ln)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 60, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title](url) (Author et. al Year)' bullet under '# Papers' is an entry titled by its link text; prose"
        " links, the code links and the talk are not entries.",
        "All 60 bullets read by eye against the file (titles, one line each), plus the prose paragraphs, code and talk"
        " sections confirmed to hold no further paper records.",
    )


if __name__ == "__main__":
    main()
