"""Wild57 truth for sasip-climate/sasip-climate.github.io content/pages/publications/index.md: the publication list
of the SASIP project (sea ice modelling, data assimilation, machine learning for sea ice and climate), earth science,
newest commit touching the file (c8fc3de, 2026-03-09).

Shape: 152 lines, Hugo front matter (1-7), then one ``# YEAR`` heading per year (2026 down to 2021), separated by
``---`` rules, each followed by a bullet list, one paper per bullet separated by blank lines:
``- _Authors_: [**_Title_**](url), _Venue, Month, Year[, preprint]_.``  The title is the link text, bold and italic.

Special cases:
- Punctuation around the title varies: ``_Authors_: [...]``, ``_Authors:_ [...]`` (112, 123-139), ``_Authors._ [...]``
  (102, 144-148), and the venue is sometimes glued without a comma (53).
- Several titles end with a period inside the markup (``..._Framework._**``, 102, 104, 112, 123-139, 144-148) and 100
  has a space before the closing markup (``interface _**``): both dropped.
- 114: the link text is a DOI URL, ``[**_https://doi.org/10.1002/essoar.10511663.1_**](https://doi.org/10.1038/
  s41558-023-01691-8)``, instead of a title: the entry names no title (None).  Its DOI is set by hand to the link
  target, the Nature Climate Change paper that the venue names (the link text is the preprint's DOI).
- 148 repeats the title of 146 (``Wave–sea-ice interactions in a brittle rheological framework``) for a different
  Nature Communications paper: kept as written; two entries.
- 92 and 108 list the same review twice (accepted version and published version), 98 and 110 likewise: one entry per
  bullet.
- 127 has a leading space before the bullet (`` - _Boutin, ...``).
- 24 links ``doi.org/10.48550/arXiv.2502.17021`` (arXiv DOI); 15, 17, 34, 92, 98 link arxiv.org/abs; 67 links
  ResearchGate and 100, 135 link CERFACS PDFs (working note, technical report: still entries).

Decisions:
- Entry = every bullet line ``- _...`` after the front matter, 62 entries, one line each.
- Title = the link text without the ``**_`` / ``_**`` markup, stripped, trailing period dropped; None for 114.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "sasip-climate__sasip-climate.github.io__content__pages__publications__index@c8fc3de.md"
PART = "wild57_development"

ITEM = re.compile(r"^ ?- _")
TITLE = re.compile(r"\[\*\*_(.+?)_\*\*\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ITEM.match(ln):
            continue
        m = TITLE.search(ln)
        assert m, (n, ln)
        title = m.group(1).strip().rstrip(".").strip()
        if title.startswith("https://doi.org/"):
            p = entry(lines, n, n, None)
            p["doi"] = "10.1038/s41558-023-01691-8"
        else:
            p = entry(lines, n, n, title)
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 62, len(papers)
    assert min(by) == 11 and max(by) == 148, (min(by), max(by))
    assert by[11]["title"] == (
        "SWIIFT v0.10: a numerical model of wave-induced sea ice breakup with an energy criterion"
    ), by[11]
    assert by[11]["doi"] == "10.5194/gmd-19-261-2026", by[11]
    assert by[15]["arxiv"] == "2601.16598", by[15]
    assert by[100]["title"] == "NEMO/neXtSIM-DG preliminary coupling interface", by[100]
    assert by[102]["title"] == (
        "Arctic Sea Ice Mass Balance in a New Coupled Ice–Ocean Model Using a Brittle Rheology Framework"
    ), by[102]
    assert by[114]["title"] is None and by[114]["doi"] == "10.1038/s41558-023-01691-8", by[114]
    assert by[127]["title"].startswith("Modelling the Arctic Wave-Affected"), by[127]
    assert by[146]["title"] == by[148]["title"] == "Wave–sea-ice interactions in a brittle rheological framework"
    assert by[148]["doi"] == "10.1038/s41467-021-22004-7", by[148]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet line '- _Authors_: [**_Title_**](url), _Venue_' under the year headings is one entry"
        " (11-148, 62 entries).  Title = the bold-italic link text, markup removed, trailing period and space"
        " dropped; 114 whose link text is a DOI URL names no title (None, DOI set by hand to the link target).  Year"
        " headings, rules and front matter are not entries; repeated papers count once per bullet.",
        checked="Compared the -v output with every bullet of the file: the three author/colon punctuation variants,"
        " titles ending in a period inside the markup, the DOI-as-title bullet (114), the duplicated title (146/148),"
        " the leading-space bullet (127), and the DOI/arXiv ids from doi.org and arxiv.org links.",
    )


if __name__ == "__main__":
    main()
