"""Open truth (batch 3) for KJaebye/EmbodiedAI-Robotics-arXiv-Daily-Reporter 25-Nov-2025/RO/README.md.

A machine-made daily digest of arXiv cs.RO papers: one block per paper, '# Title', then
'**Title (ZH)**: <Chinese translation>', '**Authors**: ...', '**Link**: [PDF](https://arxiv.org/pdf/<id>)',
'**Abstract**: ...' (some abstracts run over several lines), '**Abstract (ZH)**: ...', and a '---'
line closing the block.  The entry is the block from its heading to its last non-blank line
before '---'; title = the heading text, the original English title; the Chinese translation the
file gives beside it is dropped.  The arXiv id is the PDF link's (it comes before the abstract).
"""
import re

from _open import Open

NAME = "KJaebye__EmbodiedAI-Robotics-arXiv-Daily-Reporter__25-Nov-2025__RO__README@da57599.md"


def main() -> None:
    t = Open(NAME)
    n = len(t.lines)
    for i, text in enumerate(t.lines, 1):
        if not text.startswith("# "):
            continue
        end = i
        while end < n and not t.line(end + 1).startswith("---"):
            end += 1
        while not t.line(end).strip():
            end -= 1
        assert re.match(r"\*\*Link\*\*: \[PDF\]\(https://arxiv\.org/pdf/\d{4}\.\d{5}\)", t.line(i + 6)), i
        t.add(i, end, text[2:])
    t.write("every '# Title' block (heading, Chinese title, authors, PDF link, abstracts) up to its '---' is an"
            " entry; title = the English heading (the Chinese translation dropped); arXiv id from the PDF link",
            "all 84 blocks: 84 headings, 84 '---', 84 arXiv PDF links in the same place, block ends (the"
            " multi-line abstracts of three blocks), every title compared with its heading, a sample of"
            " abstracts read")


if __name__ == "__main__":
    main()
