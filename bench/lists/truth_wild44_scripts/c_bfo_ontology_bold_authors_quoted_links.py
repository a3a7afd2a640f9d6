"""Wild44 truth for BFO-ontology/BFO-ontology.github.io docs/publications.md at fe9dc1b: the "Publications" page
of the Basic Formal Ontology (BFO) web site -- a group bibliography of papers on BFO and its use in biomedical
ontologies (Barry Smith, Werner Ceusters and colleagues), written for a Docusaurus site.

Why fe9dc1b and not the newest commit: the page was added as Markdown in fe9dc1b (2025-07-29) and two days later
410ac49 ("Convert legacy HTML pages to Docusaurus") deleted ``docs/publications.md``; the newest snapshot
(87a119d) keeps the list only as ``publications.html``.  fe9dc1b is the only commit holding the Markdown list.

Shape (101 lines): Docusaurus front matter (1-5), ``# Publications`` (7), ``## Books`` (9) with one item (11-13),
``## Articles`` (15) with 23 items.  Each item is three lines: ``- **Authors**:  `` (bold author list, colon, hard
break), ``  ["Title"](url),  `` (the title in straight double quotes inside the link text), ``  *Venue*, details,
year, pages.``; three of the last four items (89, 92, 95) have no venue line and no comma after the link.  The book item
(11-13) links an italic title without quotes (``[*Building Ontologies with Basic Formal Ontology*](mitpress)``).
Irregular spacing: most items are separated by a blank line, but 54 and 81 follow the previous item directly; 27
is written as a nested item (``  - **Barry Smith**:``) directly under 24's venue line, its title and venue lines
at the parent's two-space indent (a nested list item with lazy continuation lines when rendered).
Links: personal and institutional PDFs, PhilPapers, PMC/PubMed, ScienceDirect ``pii`` pages (also via a
university proxy host, 96), ResearchGate, Google Books, Thieme (``/abstract/10.3414/ME9302``), Springer
``content/pdf/10.1007/...pdf``, a bit.ly short link (32) and a DSpace handle (``20.500.11889/5227``, 90).

Decisions:
- Entries (23): every item under ``## Articles``, the nested 27 included (its own paper, "On Classifying Material
  Entities in BFO"); an IFOMIS report (51) and workshop/symposium papers are scholarly works.  The book (11,
  Arp/Smith/Spear, MIT Press) is not an entry (books are not entries).
- Span: the item's own lines (author line to venue line, or to the link line where no venue follows).
- Title: the link text with its straight quotes removed (the en dash in 32 kept).
- Ids: DOIs written in the item: 33 (``DOI:10.3233/978-1-61499-084-0-191`` text), 59 (Thieme URL), 93 (Springer
  PDF URL, ``.pdf`` dropped); ScienceDirect pii, PMC/PubMed ids and the DSpace handle (prefix 20.500) are not
  DOIs.  No arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "BFO-ontology__BFO-ontology.github.io__docs__publications@fe9dc1b.md"
PART = "wild44_development"

AUTHORS = re.compile(r"^(?:  )?- \*\*[^*]+\*\*:\s*$")
LINK = re.compile(r'^  \["(.+)"\]\([^)]+\),?\s*$')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[8] == "## Books" and lines[14] == "## Articles"
    assert lines[11].startswith("  [*Building Ontologies with Basic Formal Ontology*]")  # the book, not an entry
    papers = []
    for n in range(16, len(lines) + 1):
        ln = lines[n - 1]
        if not ln.lstrip().startswith("- "):
            continue
        assert AUTHORS.match(ln), (n, ln)
        m = LINK.match(lines[n])
        assert m, (n + 1, lines[n])
        end = n + 1
        if end < len(lines) and lines[end].startswith("  *"):
            end += 1
        papers.append(entry(lines, n, end, m.group(1)))
    t = {p["line"]: p["title"] for p in papers}
    assert t[16] == "Functions in Basic Formal Ontology"
    assert t[27] == "On Classifying Material Entities in Basic Formal Ontology"
    assert t[31] == "A Method for Evaluating Ontologies \u2013 Introducing the BFO-Rigidity Decision Tree Wizard"
    assert t[98] == "Mapping BFO and DOLCE"
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[24] == 26 and spans[27] == 29 and spans[51] == 53 and spans[54] == 56, spans
    assert spans[89] == 90 and spans[92] == 93 and spans[95] == 96 and spans[98] == 100, spans
    dois = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert dois == {31: "10.3233/978-1-61499-084-0-191", 58: "10.3414/me9302",
                    92: "10.1007/978-3-642-21034-1_22"}, dois
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- **Authors**:' item under '## Articles' (23, the nested item 27 included) is an entry spanning "
        "its author, link and venue lines; title = the quoted link text without the quotes; the MIT Press book "
        "under '## Books' is not an entry; DOIs only where written (DOI: text, Thieme and Springer URLs).",
        "Read the whole file (101 lines) against the -v output: all 24 items, the book left out, the nested item "
        "27-29 under 24, the items without a blank line before them (54, 81), the three items without a "
        "venue line (89, 92, 95) and the last, 98, with one, every title's quotes and the en dash in 32; the three DOIs and "
        "that ScienceDirect pii, PMC/PubMed, the bit.ly link and the 20.500 handle give none.",
    )


if __name__ == "__main__":
    main()
