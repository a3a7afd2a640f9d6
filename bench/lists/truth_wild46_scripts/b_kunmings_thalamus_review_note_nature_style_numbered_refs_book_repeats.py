"""Wild46 truth for KunmingS/paper-notes notes/thalamus-visual-function-review.md (newest commit a47949b,
2026-04-09; the note was moved into notes/ on 2026-04-09, "Restructure to two-layer model: drafts (raw source) +
notes (working notes)"): one topic note of a neuroscience student's Obsidian paper-notes vault, a literature review
of the visual thalamus written from PubMed / Semantic Scholar searches ("96 papers were selected"), ending in its
reference list.

Shape (416 lines, LF, final newline, 62 KB): ``# The Thalamus in Visual Function: ...`` (1), ``## Table of
Contents`` (3) with 19 numbered section links ``1. [Introduction](#1-introduction)`` (5-23), then 18 numbered
``## N. Section`` headings with ``### N.M`` subsections of prose citing references by number (``[1,2]``, ``[7,8]``,
"Bienkowski et al. (2019) ... [10]"), and ``## 19. References`` (319) followed by 96 numbered one-line references
(321-416) in Nature style: ``N. Surname, I. I., Surname, I. & Surname, I. Title. *Journal* **vol**, pages (year).
https://doi.org/...`` (``et al.`` after the first author when more than three).
Special cases: 43 (line 363) ``Sherman, S. M. & Guillery, R. W. *Exploring the Thalamus and Its Role in Cortical
Function* 2nd edn (MIT Press, 2006).`` is a book (italic title, no journal, no DOI); references 2/74 (322, 394) and
3/64 (323, 384) are the same papers listed twice; 66's DOI is a PsyArXiv/OSF one (``10.31234/osf.io/g4fn7``); 80
is a bioRxiv preprint; 46's DOI contains ``<701::aid-cne11>`` (SICI form); titles contain quoted words (69
``"drivers" from "modulators"``, 71, 72) and a colon (4, 28, 51, 60, 71, 75, 91); author particles ``de Souza``, ``Van
Horn``, ``Ben Hamed``, hyphenated ``Acuna-Goycolea``, ``Miller-Hansen``.  The in-text citations and the TOC links are
not records.

Decisions:
- Entry = each numbered line of the References section except the book 43: 96 - 1 = 95 entries.  Repeated
  references (2/74, 3/64) are separate entries.  TOC lines, section prose and in-text citations are not entries.
- Title = the text between the author list and `` *Journal*``, its final full stop dropped.
- Ids: the DOI of the ``https://doi.org/`` link of each line; no arXiv ids.  46's SICI DOI is set in full
  (``10.1002/1096-9861(20000904)424:4<701::aid-cne11>3.0.co;2-b``): the shared DOI pattern stops at ``<``.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "KunmingS__paper-notes__notes__thalamus-visual-function-review@a47949b.md"
PART = "wild46_development"

NAME_RE = r"(?:(?:de|Van|Ben) )?[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?, [A-Z]\.(?:[ -][A-Z]\.)*"
AUTHORS = rf"{NAME_RE}(?:, {NAME_RE})*(?: & {NAME_RE}| et al\.)?"
REFERENCE = re.compile(rf"^(?P<num>\d+)\. (?P<authors>{AUTHORS}) (?P<title>[^*]+?)\.? \*(?P<journal>[^*]+)\* ")
BOOK = 43
SICI = {366: "10.1002/1096-9861(20000904)424:4<701::aid-cne11>3.0.co;2-b"}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 19. References") + 1
    assert start == 319, start
    papers = []
    numbers = []
    for n in range(start + 1, len(lines) + 1):
        text = lines[n - 1]
        if not text.strip():
            continue
        num = int(text.split(".", 1)[0])
        numbers.append(num)
        if num == BOOK:
            assert "*Exploring the Thalamus" in text and "doi.org" not in text, text
            continue
        m = REFERENCE.match(text)
        assert m, (n, text)
        e = entry(lines, n, n, m.group("title"))
        if n in SICI:
            assert SICI[n] in text.lower(), text
            e["doi"] = SICI[n]
        papers.append(e)
    assert numbers == list(range(1, 97)), numbers
    assert all(p["doi"] for p in papers)
    assert len(papers) == 95, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered Nature-style line of the '## 19. References' section (321-416) is an entry except the book"
        " 43 ('Exploring the Thalamus ...', MIT Press): 95; title = text between the author list and ' *Journal*',"
        " final full stop dropped; repeated references 2/74 and 3/64 kept; TOC links and in-text citations not taken.",
        "References 1-96 read line by line against the -v output (all titles compared with the text before the"
        " italic journal), author lists with particles and hyphens (13, 60, 61, 68, 70, 73, 84) not leaking into"
        " titles, quoted and colon titles kept whole (4, 28, 51, 69, 71, 72, 75, 91), the book 43 left out, repeats"
        " 2/74 and 3/64 kept, every entry's DOI from its doi.org link (46's SICI DOI set in full, 66's OSF DOI),"
        " the 19 TOC links 5-23 and the prose sections 25-317 not taken.",
    )


if __name__ == "__main__":
    main()
