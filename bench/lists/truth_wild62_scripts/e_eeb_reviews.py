"""Wild62 truth for tvkent/tvkent.github.io Reviews.md at e167e1f (2019-02-20): the page of "(Re)views", a
reviews-based journal club of the University of Toronto EEB department; one dated session per paper.

Shape: 64 lines.  A commented-out front matter (1-6, each line starting ``#---`` / ``#layout`` ...), an
intro paragraph (8-10) with a link to the R.E.H.A.B. club that inspired it (8), an announcement heading
``# (Re)Views is back for 2018!`` (12-13), then month headings ``## May 2018`` ... ``## May 2016`` and, per
session, a date heading ``#### May 28`` followed by one line:
``[<authors>](<url>) <title>`` (18, 23, 28, 31, 34, 37, 42, 45, 48, 53, 56, 59, 64).

Special cases:
- The link text is the authors (``Zhang J.``, ``Levis and Pfennig``, ``Alberdi et al.``), not the title; the
  title is the plain text after the link.  Only 18 and 28 link a DOI (doi.org); others link journal pages,
  PDFs or paperpile shares.
- 59 and 64 end their titles with a period (dropped); 28 has curly quotes inside the title (kept).
- 53 misspells the author (``Massimo Pigilucci``); irrelevant to the title.
- The R.E.H.A.B. link (8) and the date/month headings are not entries.

Decisions:
- Entry = each session line ``[authors](url) title`` (13 entries, one line each).
- Title = the text after the closing ``)`` of the link, without a final period.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "tvkent__tvkent.github.io__Reviews@e167e1f.md"
PART = "wild62_held_out"

LINE = re.compile(r"^\[[^\]]+\]\([^)\s]*(?:\([^)]*\)[^)\s]*)*\)\s+(.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = LINE.match(ln)
        if not m:
            continue
        title = m.group(1).rstrip(".").strip()
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 13, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == [18, 23, 28, 31, 34, 37, 42, 45, 48, 53, 56, 59, 64], sorted(on)
    assert on[18]["title"] == "Neutral Theory and Phenotypic Evolution", on[18]
    assert on[18]["doi"] == "10.1093/molbev/msy065", on[18]
    assert on[28]["title"].startswith("Evaluating ‘Plasticity-First’ Evolution"), on[28]
    assert on[28]["doi"] == "10.1016/j.tree.2016.03.012", on[28]
    assert on[31]["title"] == "Do Vertebrate Gut Metagenomes Confer Rapid Ecological Adaptation?", on[31]
    assert on[59]["title"].endswith("eco-evolutionary island biogeography"), on[59]
    assert on[64]["title"] == "Fitness and its role in evolutionary genetics", on[64]
    assert 8 not in on
    write_truth(
        NAME,
        PART,
        papers,
        method="Each journal-club session line '[authors](url) title' under a '#### <date>' heading is one entry"
        " (13 entries, one line each).  The link text is the authors; the title is the plain text after the"
        " link, without a trailing period.  The R.E.H.A.B. link in the intro and the month/date headings are not"
        " entries.",
        checked="Read the whole 64-line file; compared the -v output with all 13 session lines: titles after the"
        " author links, dropped final periods on 59 and 64, curly quotes kept on 28, DOIs only on 18 and 28.",
    )


if __name__ == "__main__":
    main()
