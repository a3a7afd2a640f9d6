"""Wild51 truth for thisisntnathan/memorypalace readinglist.md: a chemist's auto-curated daily reading list of
ChemRxiv preprints (medicinal and computational chemistry), each with an LLM-written one-paragraph summary.

Commit: b160efa (2025-08-06), not the newest.  The file grows every morning; the newest commit (a592808, 2025-10-16)
holds it at 597 KB, over the 300 KB limit, so the newest commit whose file is under 300 KB (297 KB) is taken.

Shape: 2391 lines, 297 KB.  Jekyll front matter (1-10: ``layout: article``, ``title: Reading List``, toc, mathjax),
an intro sentence (12), then 60 ``## DD Mon YYYY  `` day headings (15 .. ), newest first, each followed by a run of
5-line cards, back to back on some days (17-56) and parted by blank lines on others (60-64, 66-70, ...)::

    - [Title](https://dx.doi.org/10.26434/chemrxiv-2025-xxxxx?rft_dat=source%3Ddrss)
    Author One, Author Two            <- authors, either "First Last, ..." or "Last, First; ..." style
    *Biological and Medicinal Chemistry on ChemRxiv*
    2025-08-05
    &ensp;The paper presents ...      <- one-paragraph summary

Every line ends in two spaces (Markdown hard break).

Special cases:
- Mojibake: some author lines and titles carry C0 control characters and broken accents where the feed's
  non-ASCII letters were lost (e.g. 154 ``Decoding Chemical Resonance in \\x03c0-Conjugated Systems``, a broken U+03C0 pi; 239, 362);
  titles are kept as written, control characters included.
- Square brackets inside titles are chemical nomenclature, not links: 509 ``1H-benzo[d]imidazoles``, 833
  ``[N]Cycloparaphenylene``, 883 ``[110]Azabicyclobutanes``, 1813 ``cyclo[2n]carbon``; the link text runs to the
  last ``](``.  1787 has a literal ``>230`` in the title.
- The same preprint may come back on a later day (a new version); each card is its own entry.

Decisions:
- Entry = each card (``- [`` line .. summary line, 5 lines); title = the link text of the ``- [`` line.
- Ids: the ChemRxiv DOI ``10.26434/chemrxiv-...`` in the dx.doi.org link (the ``?rft_dat=`` query is not part of
  it); all 394 cards carry one.
- Not entries: front matter, intro line, day headings.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "thisisntnathan__memorypalace__readinglist@b160efa.md"
PART = "wild51_development"

CARD = re.compile(r"^- \[(?P<title>.*)\]\((?P<url>https?://[^\s)]+)\)  $")
DAY = re.compile(r"^## \d\d [A-Z][a-z]{2} \d{4}  $")
DATE = re.compile(r"^\d{4}-\d\d-\d\d  $")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[2] == "title: Reading List", lines[:3]
    papers = []
    days = 0
    for n, ln in enumerate(lines, 1):
        if DAY.match(ln):
            days += 1
            continue
        if not ln.startswith("- "):
            continue
        m = CARD.match(ln)
        assert m, (n, ln)
        assert lines[n + 1].startswith("*") and lines[n + 1].endswith("*  "), (n, lines[n + 1])
        assert DATE.match(lines[n + 2]), (n, lines[n + 2])
        assert lines[n + 3].startswith("&ensp;"), (n, lines[n + 3])
        nxt = lines[n + 4] if n + 4 < len(lines) else ""
        assert nxt == "" or nxt.startswith("- ["), (n, nxt)
        papers.append(entry(lines, n, n + 4, m.group("title")))
    assert days == 60, days
    assert len(papers) == 394, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[17]["title"].startswith("Web-Based Molecular Docking Identifies Microbial Natural Products"), t[17]
    assert t[509]["title"].startswith("Functionalized 1H-benzo[d]imidazoles that Confer"), t[509]
    assert t[1787]["title"].startswith("High-performance quantitative exposomics covering up to >230"), t[1787]
    assert t[22]["doi"] and t[22]["doi"].startswith("10.26434/chemrxiv-2025-m0mdn"), t[22]
    write_truth(
        NAME,
        PART,
        papers,
        "Each 5-line card (link line '- [Title](dx.doi.org ChemRxiv link)', authors, *venue*, date, &ensp; summary)"
        " under the 60 '## DD Mon YYYY' day headings is one entry (394), title = the link text as written (chemical"
        " brackets like 'benzo[d]' and mojibake control characters kept); front matter, intro and day headings are not"
        " entries; repeated preprints on later days stay separate entries.",
        "Checked by script that every '- ' line is a card followed by venue, date and summary lines (all 394 are"
        " exactly 5 lines); compared -v by eye for the first two days (17-101), the bracketed-title cards 509, 833,"
        " 883, 1813, the '>230' title 1787, mojibake 154, and a sample of ~30 cards across the file (ids = ChemRxiv"
        " DOIs).",
    )


if __name__ == "__main__":
    main()
