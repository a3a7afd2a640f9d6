"""Wild11 truth for LuchnikovI/ML-meets-quantum-physics-QIT-lab-seminar list_of_papers.md: plain APA bullets.

Shape: nine '## topic' sections (open quantum dynamics, ground states, tomography, optimization,
automatic differentiation, MERA, statistical mechanics, tensor networks, generative models), each
a run of '- Authors (Year). Title. Venue, vol(issue), pages [link](url)' bullets copied from Google
Scholar's APA export.  The title carries no markup: it runs from after '(Year). ' to the first
'. ' (no title here holds '. '; checked by eye on all 39).  Venue may be 'arXiv preprint
arXiv:NNNN' (the id is then written twice, text and link), a journal, or 'In Advances in Neural
Information Processing Systems (pp. ...)'.

Entry: every '- ' bullet (39, one line each; per section 3/5/6/4/4/3/6/3/5).  Three links are
nature.com article pages (no DOI written); the others are arXiv abs/pdf links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "LuchnikovI__ML-meets-quantum-physics-QIT-lab-seminar__list_of_papers@3141f3b.md"


def main() -> None:
    lines = read_lines(NAME)
    papers, per = [], []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            per.append(0)
        if not text.startswith("- "):
            continue
        m = re.match(r"- .+? \(\d{4}\)\. (.+?)\. \S", text)
        assert m, (i, text)
        papers.append(entry(lines, i, i, m.group(1)))
        per[-1] += 1
    assert len(papers) == 39, len(papers)
    assert per == [3, 5, 6, 4, 4, 3, 6, 3, 5], per
    assert sum(1 for p in papers if p["arxiv"]) == 36
    write_truth(NAME, "wild11_development", papers,
                "every '- Authors (Year). Title. Venue [link](url)' bullet is an entry, one line each; title ="
                " the unmarked text from after '(Year). ' to the first '. '",
                "all 39 titles read against the file (none holds '. '); per-section counts 3/5/6/4/4/3/6/3/5"
                " against grep; 36 arXiv ids (text 'arXiv:' and link agree where both are written), three"
                " nature.com links without a DOI")


if __name__ == "__main__":
    main()
