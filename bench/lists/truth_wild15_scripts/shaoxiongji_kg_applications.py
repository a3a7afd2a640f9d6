"""Wild15 truth for shaoxiongji/knowledge-graphs papers/KG-applications.md: a category page of the
companion repository of the survey 'A Survey on Knowledge Graphs: Representation, Acquisition and
Applications' (IEEE TNNLS 2021), section 'Knowledge-aware Applications'.

Shape: under '###' application headings, one paragraph per paper: '__Title__. Venue Year.
_Authors_. [[Paper](url)] [[Code](url)] [[Note](./notes/...)]', either on one line or wrapped after
the title or the venue onto one or two more lines (the venue, authors and links continuing);
paragraphs are separated by blank lines.  A few titles have no full stop after the closing '__'
('__Title__ KAIS 2019.'), one has no venue ('__WK-VQA: ...__' then '_Shah et al._').  Entry = the
paragraph (the '__' line to the last non-blank line before the next blank line); title = the text
between the double underscores.

Decisions: every paragraph is an entry (all 81 link a paper; Code, Dataset and Note links are
extras of the same record).  Repeated papers (the WWW 2020 'Reinforced Negative Sampling over
Knowledge Graph for Recommendation' twice with different links, 'Collaborative knowledge base
embedding for recommender systems', 'Explicit semantic ranking for academic search via knowledge
graph embedding') are separate entries.

Counts: 81 lines opening '__' (grep -c) = 81 '[[Paper]' links (grep -c); per section (awk over
the '###' headings) 6+3+19+5+13+13+6+7+3+6.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "shaoxiongji__knowledge-graphs__papers__KG-applications@1e1b1e3.md"
LINES = read_lines(NAME)
PER_SECTION = [6, 3, 19, 5, 13, 13, 6, 7, 3, 6]


def main() -> None:
    papers = []
    counts: list[int] = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            counts.append(0)
        if not text.startswith("__"):
            continue
        m = re.match(r"__(.+?)__", text)
        assert m, (i, text)
        last = i
        while last < len(LINES) and LINES[last].strip() and not LINES[last].startswith(("#", "__")):
            last += 1
        block = "\n".join(LINES[i - 1:last])
        assert block.count("[[Paper]") == 1, (i, block)
        papers.append(entry(LINES, i, last, m.group(1)))
        counts[-1] += 1
    assert counts == PER_SECTION, counts
    assert len(papers) == 81
    assert sum(1 for p in papers if p["end"] > p["line"]) == 25
    write_truth(NAME, "wild15_development", papers,
                "every '__Title__. Venue. _Authors_. [[Paper](url)]' paragraph (one to three lines) is an entry;"
                " title = the text between the double underscores",
                "all 81 entries against the file: titles, paragraph ends (the 25 wrapped paragraphs, the one"
                " wrapped over three lines at 156-158), ids (arXiv abs/pdf links; ACM DL '/doi/abs/10.1145/'"
                " and Springer '/article/10.1007/' DOIs; 'citation.cfm?id=' and IEEE Xplore give none), the"
                " repeated papers; each paragraph holds exactly one [[Paper] link")


if __name__ == "__main__":
    main()
