"""Wild35 truth for YunlianMoon/ResearchTopics ZeroShotLearning/README.md: a personal list of
zero-shot learning papers (plain, semantic embedding, knowledge graph).

Shape: one paragraph line per paper: the bare title in plain text (no link, sentence case), then an
escaped-bracket note `\\[year, venue, first author\\]` and a `\\[[paper](url)\\]` link; paragraphs are
separated by blank lines under `### Paper` and two `####` subheadings.  The title is the text before the
first ` \\[`.  Special cases: line 45 closes its note with a bare `]` (`Soravit Changpinyo]`); line 67
has an empty author slot (`IJCAI, \\]`).  Only lines 69 and 73 link arXiv; one Springer PDF link
(line 21) holds a DOI.  The trailing blank lines hold nothing.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "YunlianMoon__ResearchTopics__ZeroShotLearning__README@b26113d.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if "\\[[paper](" in ln:
            papers.append(entry(lines, i, i, ln.split(" \\[", 1)[0]))
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "Every paragraph line carrying a \\[[paper](url)\\] link is one paper; its title is the plain text "
                "before the first escaped bracket.",
                "All 33 lines compared with the file by eye, including the unbalanced bracket on line 45 and the "
                "empty author slot on line 67.")


if __name__ == "__main__":
    main()
