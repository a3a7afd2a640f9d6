"""Wild11 truth for physicsml/physicsml-archive develop/content/pages/papers.md: multi-line link records.

Shape: a Pelican page ('Title: Papers' header) with three '## ' sections (Applying Machine Learning
to Physics 193, Physics-Inspired Ideas Applied to Machine Learning 58, Quantum Computation and
Quantum Algorithms for Machine Learning 74).  Each record is a bullet '- ["Title"](' whose quoted
title may wrap over two or three lines, then the URL on its own line, then the paper's abstract as
a quoted Markdown link title over many lines, closed by '"),', then an authors line, an
'arXiv: [id](url),' line and a 'M/YYYY' date line.  One record (line 4012, a Europhysics Letters
paper on stacks.iop.org) has no arXiv line.

Entry: every '- ["' bullet (325); its lines run to the last non-blank line before the next bullet,
heading or the end.  Title: the quoted link text, from after '- ["' to the '"](' that closes it,
wrapped lines joined (LaTeX such as '$J_1$-$J_2$' kept as written).  arXiv id: from the URL line
(versions dropped).  Counts: 325 bullets = 325 '"](' closers = 324 'arXiv: ' lines + 1; per
section 193/58/74 counted with awk.  Three papers are listed twice (lines 4472/4504, 4741/4764,
4995/5071, two arXiv versions); each record is an entry.  One title holds inner quotes
('Neural networks as "hidden" variable models ...', line 1803), kept.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import itertools

from _wild11 import entry, read_lines, write_truth

NAME = "physicsml__physicsml-archive__develop__content__pages__papers@da40e94.md"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith('- ["')]
    stops = [i for i, t in enumerate(lines, 1) if t.startswith("## ")] + [len(lines) + 1]
    papers = []
    for i in starts:
        nxt = min([s for s in starts if s > i] + [s for s in stops if s > i])
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        own = "\n".join(lines[i - 1:end])
        m = re.match(r'- \["(.+?)"\]\(\n', own, re.DOTALL)
        assert m, (i, own[:200])
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 325, len(papers)
    assert sum(t.count('"](') for t in lines) == 325
    assert sum(1 for t in lines if t.startswith("arXiv: ")) == 324
    assert sum(1 for p in papers if p["arxiv"]) == 324
    counts = []
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("## ")] + [len(lines) + 1]
    for a, b in itertools.pairwise(heads):
        counts.append(sum(1 for p in papers if a < p["line"] < b))
    assert counts == [193, 58, 74], counts
    write_truth(NAME, "wild11_development", papers,
                "every '- [\"Title\"](' bullet is an entry, running over its URL line, quoted abstract, authors,"
                " 'arXiv:' and date lines to the last non-blank line before the next bullet or heading; title ="
                " the quoted link text with wrapped lines joined",
                "counts 325 bullets = 325 closers, 324 arXiv lines (+1 stacks.iop.org record), per section"
                " 193/58/74; every wrapped title (lines 69-70, 91-92, 122-123 and the rest found by grep of"
                " lines ending '\"](' that are not bullets), first and last entry of each section, the"
                " non-arXiv record 4012-4016, the quant-ph old-style ids at the end, the inner-quoted title at 1803, the three repeated papers,"
                 " 20 random entries")


if __name__ == "__main__":
    main()
