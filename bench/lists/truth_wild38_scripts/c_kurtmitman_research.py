"""Wild38 truth for kurtmitman/kurtmitman.github.io content/research/_index.md: the Hugo "Research" page
of a macroeconomist (heterogeneous-agent macro, unemployment insurance, housing), in three sections.

Shape: a blank first line, front matter (2-4), then ``## Published Papers`` (6), ``## Conditionally
Accepted / R&Rs`` (361) and ``## Working Papers & In Progress`` (397), separated by ``---`` rules.  Each
record is a ``- **Title**`` bullet at column 0 followed by two-space-indented continuation lines (venue,
year, "(with ...)" coauthors; then a link line ``[PDF](...) | [Published Version](...) | [Repo](...)``,
many with ``#`` placeholders).  Sixteen published records and one R&R record (17 in all) are followed by a
``<div ...><details><summary>BibTeX</summary>`` card holding a fenced ```` ```bibtex ```` block with the
same paper's BibTeX, closed by ``</details></div>``; the card starts at column 0, sometimes right after
the link line (24, 44, 106, 167, 187, 374), sometimes after a blank or whitespace-only line.  Line 23 is
a continuation starting `` | [Published Version]`` at column 1.  Lines 367-373 lack the two-space hard
breaks of the others.

Decisions:
- Every ``- **...**`` bullet is one entry (34): 19 published (journal articles, a Handbook of
  Macroeconomics survey chapter (268) and a chapter in the Econometric Society World Congress volume
  (292) count as scholarly works), 5 conditionally accepted / R&R papers and 10 working papers or papers
  in progress (some with only placeholder links; they are named research papers with coauthors, so they
  count as well).
- Span: the bullet line through the last non-blank line before the next bullet, ``---`` rule or
  heading, so a BibTeX card belongs to the entry above it (it is the same paper's BibTeX, not an entry of
  its own).  Whitespace-only lines (126, 143, 270, 294) are blank.
- Title: the bold text of the bullet as written (not the BibTeX title, which differs in case and in 268
  adds "Chapter 11 - "); the typo "using and Incomplete Model" (419) is kept.
- Ids: the first DOI the entry's lines give: the Published Version link (doi.org, or an aeaweb.org
  ``articles?id=10.1257/...`` URL that holds the DOI literally, 41 and 248), else the BibTeX card's
  ``doi = {...}`` field.  Record 61 (IMF Economic Review) links to rdcu.be, so its DOI comes from its card,
  whose field is written ``doi={https://doi.org/10.1057/s41308-025-00291-0}``: the closing brace is BibTeX
  syntax, not part of the DOI, and is dropped.  Record 204 links 10.1016/j.jmoneco.2019.01.014 while its
  card says ...06.014; the link comes first and is kept.  No arXiv ids; RePEc, Zenodo, Dataverse and
  openICPSR links (18, 23, 43, 250) come after the Published Version DOI and are not used.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "kurtmitman__kurtmitman.github.io__content__research___index@19a1ec3.md"
PART = "wild38_development"

BULLET = re.compile(r"^- \*\*(.+?)\*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, ln in enumerate(lines, 1) if ln.startswith("- ")]
    stops = {i for i, ln in enumerate(lines, 1) if ln.startswith("#") or ln.strip() == "---"}
    papers = []
    for k, first in enumerate(starts):
        m = BULLET.match(lines[first - 1])
        assert m, first
        nxt = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        stop = min([s for s in stops if s > first] + [nxt])
        last = max(n for n in range(first, stop) if lines[n - 1].strip())
        p = entry(lines, first, last, m.group(1))
        if first == 61:  # BibTeX field 'doi={https://doi.org/10.1057/...}': the brace is not part of the DOI
            assert p["doi"] == "10.1057/s41308-025-00291-0}", p["doi"]
            p["doi"] = "10.1057/s41308-025-00291-0"
        papers.append(p)
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[8] == 10 and spans[20] == 38 and spans[61] == 78 and spans[123] == 142, spans
    assert spans[336] == 357 and spans[367] == 369 and spans[371] == 384 and spans[435] == 437, spans
    t = {p["line"]: p["title"] for p in papers}
    assert t[268] == "Macroeconomics and Household Heterogeneity", t[268]
    assert t[419] == "Estimating the Aggregate Implications of Incomplete Markets using and Incomplete Model", t[419]
    assert t[41] == "The Impact of Unemployment Benefit Extensions on Employment: The 2014 Employment Miracle?", t[41]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[16] == "10.1093/ej/ueag004" and d[41] == "10.1257/mac.20200239" and d[248] == "10.1257/aer.20120512", d
    assert d[204] == "10.1016/j.jmoneco.2019.01.014" and d[268] == "10.1016/bs.hesmac.2016.04.003", d
    assert [n for n, v in d.items() if v is None] == [8, 12, 292, *[n for n in t if n > 360]], d
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- **Title**' bullet (published papers and chapters, R&Rs, working papers and papers in progress) is "
        "one entry, spanning its indented continuation lines and the same paper's <details> BibTeX card below it; "
        "title = the bold text as written; ids = the first DOI in the span (Published Version link, else the card's "
        "doi field, its closing BibTeX brace dropped).",
        "All 441 lines read; every entry's span end checked against the next bullet / rule / heading (the cards "
        "right after the link line at 24, 44, 106, 167, 187, 374 and after blank or whitespace-only lines), all 34 "
        "titles against the bold text, the DOIs of all published records against their links and cards (aeaweb "
        "?id= DOIs 41 and 248, rdcu.be record 61 taking its card's DOI, 204's link/card mismatch, Cambridge 292 "
        "with none), and the R&R and working-paper records (no DOIs, placeholder links).",
    )


if __name__ == "__main__":
    main()
