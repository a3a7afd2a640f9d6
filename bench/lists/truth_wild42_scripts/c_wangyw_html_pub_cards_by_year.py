"""Wild42 truth for wangywUST/wangywust.github.io output_file.md: the publication list of an NLP/ML
researcher's personal site (Yiwei Wang: LLMs, vision-language models, graph learning), kept as an
HTML fragment in a ``.md`` file that the site's home page includes.

Shape: 1515 lines of raw HTML, no Markdown syntax at all.  An ``<h2>`` "Selected Publications [Google
Scholar][DBLP]" (1), then one ``<ol class="bibliography">`` with nine year headings written
``<h3 ...>2026</h3><hr ...>`` (2026 down to 2017; no 2018).  Each record is a card
``<li style=...>`` ... ``</li>`` of 13 lines (17 with a picture): a ``<div class="pub-row">``, for 24 cards
an ``image-container`` with an ``<img>`` teaser and an ``<abbr class="badge">`` venue badge (ICLR, ACL ...),
then ``<div class="title">Title</div>``, ``<div class="author">Authors.</div>``,
``<div class="periodical"><em>Venue, Year.</em></div>`` and a ``links`` div with "PDF" (self-hosted
``wangywust.github.io/pdfs/*.pdf``) and "Code" (mostly ``href="#"``) buttons.  The title div holds plain
text (no link).  Six periodicals are ``arXiv preprint arXiv:NNNN.NNNNN, Year.``; one is just ``Preprint,
2020.``.  No DOIs are written (the PDFs are self-hosted).
Decisions:
- Entry = each ``<li>`` card, from its ``<li`` line to its ``</li>`` line (101 cards, all conference/journal
  papers or preprints; no books, talks or code-only records).  No title repeats.
- Title = the text of the ``<div class="title">``, as written (``LLM-A* : ...`` keeps its space before
  the colon; ``VLMs'  Visual`` double space collapsed by the helper).  Line 577's BibTeX leftover
  ``100\\% Valid`` becomes ``100% Valid`` (the helper's backslash-escape rule; inside a raw HTML block a
  browser would show the backslash, but the project's titles drop Markdown escapes uniformly).  The badge, authors and periodical
  are not part of it.
- Ids: the six ``arXiv:NNNN.NNNNN`` periodicals give the arXiv id (helper); no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "wangywUST__wangywust.github.io__output_file@e9dae76.md"
PART = "wild42_development"

TITLE = re.compile(r'^\s*<div class="title">(.*)</div>\s*$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    first = None
    title = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("<li"):
            assert first is None, n
            first, title = n, None
        elif ln.startswith("</li>"):
            assert first is not None and title is not None, n
            papers.append(entry(lines, first, n, title))
            first = None
        elif (m := TITLE.match(ln)) is not None:
            assert first is not None and title is None, n
            title = m.group(1)
    assert first is None
    t = {p["line"]: p["title"] for p in papers}
    assert t[6].startswith("HighlightBench:"), t[6]
    assert any(v == "LLM-A* : Large Language Model Enhanced Incremental Heuristic Search on Path Planning"
               for v in t.values())
    assert papers[-1]["title"] == "Using knowledge graphs to explain entity co-occurrence in Twitter"
    assert t[574] == "How to Make Large Language Models Generate 100% Valid Molecules?", t[574]
    assert sum(1 for p in papers if p["arxiv"]) == 6
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 101, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each HTML <li> publication card (under <h3> year headings) is an entry from its <li> line to its </li> "
        "line (101); title = the text of its <div class=\"title\">; arXiv ids from the six 'arXiv preprint "
        "arXiv:N' periodicals, no DOIs written.",
        "Counted <li>, </li>, title, author and periodical divs (101 each); read the first and last cards of every "
        "year heading, the 24 picture-and-badge cards' shape, ~20 random cards against the -v output, the title "
        "with 'LLM-A* :' and the double space in 'VLMs'  Visual', 577's '100\\%' escape, the six arXiv "
        "periodicals and the 'Preprint, 2020.' card; checked no title repeats and no DOI links.",
    )


if __name__ == "__main__":
    main()
