"""Wild60 truth for thunlp/SOS4NLP README.md at fa83d5a (a survey list of surveys for NLP).

Shape: 410 lines.  Title and intro (1-9), a nested table of contents (11-64), then sections ``## 0.`` ..
``## 9.`` with ``### n.m`` subsections (66-404) and an acknowledgements section (406-410).  Every paper is a
numbered item in the thunlp paper-list style::

    1. **Title**.
       *Author, Author*. Venue Year. [[paper](url)]

Special cases:
- The author/venue line usually follows on the next line, sometimes on the same line (68, 69, 172, 200-202, 215-217,
  253, 330, 339), and twice after a blank line (84 -> 86, 246 -> 248; 248 is not indented).
- The numbering is ``1.`` almost everywhere, but 190 and 312 start with ``2.`` and 315 with ``3.``.
- The final period is normally outside the bold (``**Title**.``), but 223 writes
  ``**Representation Learning: A Review and New Perspectives.**`` (period inside) and 173 / 344 end with a
  question mark inside the bold and no period (``**What Have We Achieved on Text Summarization?**``).
- 108 and 105 are two different papers with the same title ("Word Sense Disambiguation: A Survey").
- Several paper links are token-signed PDF URLs of 1,000+ characters (silverchair 72; sciencedirect 165, 234, 297).
- 293 (Graph Neural Networks for NLP) links arXiv 2106.04554, which is the id of "A Survey of Transformers"
  (279); the id is kept as written.  Line 68's ``[[paper]()]`` is an empty link.

Decisions:
- Entry = every numbered item whose text starts with ``**``; its span runs from the numbered line to the first
  line containing ``[[paper`` (the author/venue/link line).  86 entries.
- Title = the bold text with a trailing period removed (a question mark stays).
- The table of contents, section headings and acknowledgements are not entries.  arXiv ids come from the
  arxiv.org pdf links by the helper; DOIs only where a link contains one (e.g. dl.acm.org/doi/pdf/10.1145/...).
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "thunlp__SOS4NLP__README@fa83d5a.md"
PART = "wild60_development"

ITEM = re.compile(r"^\d+\.\s+\*\*(.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        last = n
        while "[[paper" not in lines[last - 1]:
            last += 1
        title = m.group(1).strip()
        if title.endswith("."):
            title = title[:-1].rstrip()
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 86, len(papers)
    assert min(by) == 68 and max(by) == 403, (min(by), max(by))
    assert by[68]["title"] == "Neural Network Methods for Natural Language Processing", by[68]
    assert by[84]["title"] == "Syntactic Parsing: A Survey", by[84]
    assert by[173]["title"] == "What Have We Achieved on Text Summarization?", by[173]
    assert by[223]["title"] == "Representation Learning: A Review and New Perspectives", by[223]
    assert by[223]["arxiv"] == "1206.5538", by[223]
    assert by[190]["title"].startswith("Extracting Events and Their Relations from Texts"), by[190]
    assert by[246]["title"] == "Neural, Symbolic and Neural-symbolic Reasoning on Knowledge Graphs", by[246]
    assert by[312]["title"] == "A Survey of Data Augmentation Approaches for NLP", by[312]
    assert by[293]["arxiv"] == "2106.04554", by[293]
    assert by[105]["title"] == by[108]["title"] == "Word Sense Disambiguation: A Survey"
    assert by[344]["title"] == "Multi-task learning for natural language processing in the 2020s: Where are we going?"
    assert by[403]["arxiv"] == "2106.14198", by[403]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered list item whose text starts with a bold title (thunlp style '1. **Title**.' then"
        " '*Authors*. Venue Year. [[paper](url)]') is one entry; its span runs from the numbered line to the first"
        " line holding '[[paper' (same line, next line, or after a blank line at 84-86 and 246-248).  Title = the"
        " bold text without a trailing period (223 has the period inside the bold; 173 and 344 keep their question"
        " mark).  Numbers 2./3. at 190, 312, 315 are still entries.  Table of contents and headings are not.",
        checked="Read the whole file; compared the -v output with all 86 numbered items, the split entries 84-86 and"
        " 246-248, the same-line author entries, the bold-with-period / question-mark titles, duplicate titles"
        " 105/108 and the arXiv ids from arxiv.org pdf links (293 keeps its wrong id as written).",
    )


if __name__ == "__main__":
    main()
