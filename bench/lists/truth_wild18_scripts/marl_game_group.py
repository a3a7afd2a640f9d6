"""Wild18 truth for MARL-and-Game-Group/Papers-of-MARL README.md: a small research group's paper list on
offline RL and multi-agent RL, with Chinese notes (98 lines).

Shape: a table of contents (anchor links, not entries), then '## Offline RL' with three '###'
sub-sections, an empty '## Graph-based MARL' and '## Coordination'.  Each paper is a bullet
'- [Title](arxiv pdf or PMLR pdf url)', sometimes followed by '[[code]](github)' (once with a stray
')' before it), and often by an indented note paragraph after a blank line (Chinese prose, sometimes
opening with the method's bold nickname '**CQL**：').  Three link texts wrap over two lines
('[Pretraining Representations for Data-Efficient\\nReinforcement Learning](...)').

Entries: every '- [' bullet after '## Offline RL': 22 (Representation 3, Sequence Modeling 2,
Conventional 13, Coordination 4).  An entry runs from its bullet to the last non-blank line before
the next bullet or heading (its note paragraph included).  Title = the link text, the line break
inside it read as a space.  'D4RL: Datasets for Deep Data-Driven Reinforcement Learning' is the
D4RL paper (arXiv 2004.07219): an entry.  The arXiv id comes from the title link; the BCQ entry
links a PMLR pdf (no id).

Count check: grep '^- \\[' after line 18 gives 22; per section counted by eye (asserted).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "MARL-and-Game-Group__Papers-of-MARL__README@94643e0.md"
PART = "wild18_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Offline RL") + 1
    starts = [n for n, t in enumerate(lines, 1) if n > start and t.startswith("- [")]
    heads = [n for n, t in enumerate(lines, 1) if t.startswith("#")]
    papers, per_section, section = [], {}, ""
    for n in starts:
        nxt = min([s for s in starts if s > n] + [h for h in heads if h > n] + [len(lines) + 1])
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        own = "\n".join(lines[n - 1 : end])
        m = re.match(r"- \[([^\]]+)\]\(", own)
        section = [lines[h - 1] for h in heads if h < n][-1]
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(lines, n, end, m.group(1).replace("\n", " ")))
    assert per_section == {"### Representation Learning (for RL)": 3, "### Sequence Modeling": 2,
                           "### Conventional Offline-Reinforcement-Learning": 13, "## Coordination": 4}, per_section
    assert len(papers) == 22
    write_truth(NAME, PART, papers,
                "every '- [Title](url)' bullet after '## Offline RL' is an entry, its lines running over the indented"
                " note paragraph to the next bullet or heading; title = the link text (a wrapped link text joined"
                " with a space); the table of contents gives no entry",
                "all 22 entries one by one against the file (titles incl. the three wrapped link texts, line ranges"
                " over the Chinese notes, arXiv ids, the PMLR link without one)")


if __name__ == "__main__":
    main()
