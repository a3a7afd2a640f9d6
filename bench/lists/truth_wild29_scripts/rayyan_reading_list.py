"""Wild29 truth for Rayyan1704/arabic-gov-assistant-rag paper/literature_review_reading_list.md:
a student project's literature-review reading list (20 papers for the related-work section of a
paper on Arabic government-services RAG).

Taken at commit dc9a918, the only commit that holds the file: the next commit (d3d7b36) deleted it,
so the newest snapshot no longer has it.

Shape: five numbered topic sections (`## 1. RAG Systems ... - 5 papers`); each paper is a card that
opens with a heading `### 📄 1.1 Original RAG Paper` (a number and a nickname or topic, not the
title: "REALM", "mBERT", "BM25 + Dense", "Cross-Encoder Reranking") followed by field lines
`**Title:** "..."`, `**Authors:**`, `**Venue:**`, `**Link:**` (bare URL), `**Why:**`,
`**What to note:**`.  An entry is a card, from its heading to its last field line; the title is the
text of the Title field without its double quotes.  Card 2.4 (lines 79-84) has no Link field.
Card 2.2 links Springer (DOI 10.1007/s10462-020-09927-0); the others link arXiv abs pages.
Not entries: the header fields (lines 3-5), the "Reading Strategy" section (lines 188-216), the
"How to Cite" section whose quoted sample sentences cite papers by author-year in running prose
(lines 220-234), and "Next Steps".
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "Rayyan1704__arabic-gov-assistant-rag__paper__literature_review_reading_list@dc9a918.md"
PART = "wild29_development"

HEAD = re.compile(r"^### 📄 \d+\.\d+ ")
TITLE = re.compile(r'^\*\*Title:\*\* "(.+)"\s*$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not HEAD.match(ln):
            continue
        j = i
        title = None
        while j < len(lines) and lines[j].strip():  # lines[j] is line j+1
            m = TITLE.match(lines[j])
            if m:
                title = m.group(1)
            j += 1
        papers.append(entry(lines, i, j, title))
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '### 📄 N.M' card (heading through its field lines) is one entry; the title is the quoted "
        "text of its **Title:** field, the heading being a nickname.",
        "All 20 cards checked by eye (spans end at the 'What to note' line, titles without quotes, arXiv "
        "ids and the one Springer DOI; card 2.4 has no link); prose citations in 'How to Cite' confirmed "
        "excluded.",
    )


if __name__ == "__main__":
    main()
