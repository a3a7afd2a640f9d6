"""Wild31 truth for MARK-126/Reinforcement-learning-guide 05_recursos/papers.md: a Spanish-language
list of foundational reinforcement-learning papers ("Papers Fundamentales en Reinforcement Learning").

Shape: numbered `### N. Nickname` headings under `##` topic headings; under each, the paper's title on
its own line as bold quoted text (`**"Title"**`), then Spanish bullets `- Autor(es): ...`,
`- [Link ...](url)`, `- **Importancia**: ...`, `- **Conceptos clave**: ...`.  An entry is one bold
quoted title line plus the bullets under it, up to the last non-blank line before the next title
line or heading.  Special cases: heading `### 4. Deep Q-Network (DQN)` (line 28) holds two papers,
the 2013 arXiv paper (lines 29-31) and the 2015 Nature paper (lines 33-37), two entries; the
`### N.` heading line itself (a nickname) is not part of the entry.  Entry 2 (Watkins, line 13) is a
PhD thesis, kept.  Not entries: the "Cómo Leer Papers de RL" advice (lines 210-236), the "Papers por Orden de
Lectura Recomendado" reading-order lists (lines 238-255, nicknames of papers already listed, like a
table of contents), the "Recursos" and "Implementaciones" lists (sites and libraries).
Titles are the text inside the quotes.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "MARK-126__Reinforcement-learning-guide__05_recursos__papers@d198f88.md"
PART = "wild31_development"
TITLE = re.compile(r'^\*\*"(.+)"\*\*\s*$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [i for i, ln in enumerate(lines, 1) if TITLE.match(ln)]
    for s in starts:
        last = s
        j = s + 1
        while j <= len(lines):
            ln = lines[j - 1]
            if TITLE.match(ln) or ln.startswith("#"):
                break
            if ln.strip():
                last = j
            j += 1
        papers.append(entry(lines, s, last, TITLE.match(lines[s - 1]).group(1)))
    assert len(papers) == 27, len(papers)
    write_truth(NAME, PART, papers,
                "Each bold quoted title line (**\"Title\"**) with the Spanish bullets under it is one entry "
                "(heading 4 holds two papers); title is the quoted text; the reading-order nickname lists are not entries.",
                "All 27 entries checked by eye against the file, including the two-paper DQN heading and the thesis.")


if __name__ == "__main__":
    main()
