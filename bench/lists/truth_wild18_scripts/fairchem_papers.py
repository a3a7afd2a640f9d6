"""Wild18 truth for facebookresearch/fairchem docs/core/fair_chemistry_papers.md: a lab's papers page in MyST card grids and dropdowns.

A MyST (Jupyter Book) page in eight '##' topic sections.  Seven sections open with a card grid
('::::{grid} 1 1 2 2') of highlighted papers, one card each:
    :::{card} Short title
    :link: https://arxiv.org/abs/ID
    (blank)
    **2025** — one-line highlight
    :::
and each section has a dropdown ('```{admonition} ...' / ':class: dropdown' ... '```'; a MyST
directive rendered as a collapsible box, not a code block) of paper records:
    ### Title
    **arXiv:** [ID](https://arxiv.org/abs/ID) (2022)
    (blank) **Authors:** names (blank) **Abstract:** text
separated by '---'.  Entries: every card (25) and every '###' record (42) = 67; a paper that
has both a card and a dropdown record is two entries (repeated records are separate entries).
Card lines = the '{card}' line to the highlight line (the closing ':::' holds no text); title =
the card's title as written (often a shortened form: 'FlowLLM: LLMs + Flow Matching for
Crystals', 'XRD Loss Landscape Analysis').  Dropdown record lines = the '###' line to the
'**Abstract:**' line; title = the heading as written, a trailing acronym in parentheses kept
('All-atom Diffusion Transformers (ADiT)', 'Open Catalyst Experiments 2024 (OCx24)'), as a
nickname written into the title text is kept.  Not entries: the page intro, the tip, section
blurbs, the grid and admonition lines.  Dataset papers (OMol25, OC20, ...) are papers here.
Count check: grep '^:::{card}' = 25, grep '^### ' = 42; per section cards 4,4,4,3,4,3,3,0 and
records 5,10,6,3,5,6,4,3 (asserted).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "facebookresearch__fairchem__docs__core__fair_chemistry_papers@a73c95b.md"
PART = "wild18_development"


def main() -> None:
    lines = read_lines(NAME)
    papers, cards, records, section = [], {}, {}, None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            cards[section], records[section] = 0, 0
            continue
        m = re.match(r":::\{card\} (.+)", text)
        if m:
            assert lines[i].startswith(":link: https://arxiv.org/abs/") and lines[i + 1] == "", i
            assert lines[i + 2].startswith("**") and lines[i + 3] == ":::", i
            papers.append(entry(lines, i, i + 3, m.group(1)))
            cards[section] += 1
            continue
        m = re.match(r"### (.+)", text)
        if m:
            assert lines[i].startswith("**arXiv:** [") and lines[i + 2].startswith("**Authors:**"), i
            assert lines[i + 4].startswith("**Abstract:**"), i
            papers.append(entry(lines, i, i + 5, m.group(1)))
            records[section] += 1
    assert list(cards.values()) == [4, 4, 4, 3, 4, 3, 3, 0], cards
    assert list(records.values()) == [5, 10, 6, 3, 5, 6, 4, 3], records
    assert len(papers) == 67, len(papers)
    for p in papers:
        assert p["arxiv"], p
    write_truth(NAME, PART, papers,
                "every MyST card (title line to highlight line) and every '###' paper record inside the dropdown"
                " admonitions (heading to abstract line) is an entry; title = the card title or the heading as"
                " written (trailing acronyms in parentheses kept); a paper with a card and a record is two entries",
                "counts per section of cards and records (asserted, 25 + 42), every card/record shape asserted, each"
                " title read by eye against its line, every entry has its arXiv id; the four headings with a trailing"
                " '(ADiT)', '(ASBS)', '(DeNS)', '(JMP)' and the dataset headings with mid-title acronyms kept as written")


if __name__ == "__main__":
    main()
