"""Wild57 truth for adambaskerville/adambaskerville.github.io _tabs/publications.md: the Publications tab of Adam
Baskerville's personal site (Jekyll Chirpy theme; quantum chemistry, machine-learning potentials), newest commit
(f297d40, 2026-05-29).

Shape: 56 lines.  YAML front matter (1-9), then raw HTML in Markdown: an ``<ol>`` opened on 11 and never closed,
each item preceded by ``<br/><br/>`` and a blank line::

    <li><a href="URL" target="_blank">Title</a>: Authors, Journal <b>vol</b>, pages, YEAR</li>

Special cases:
- 34-35, 38-39, 47-48, 51-52, 55-56: the item wraps after ``</a>:``, authors on the next line.
- 42-44: the title itself wraps inside the anchor (``The quantum chemical physics of`` / ``few-particle atoms and
  molecules``), joined with a space; the item is a PhD thesis (``<b>PhD Thesis</b>``), kept as an entry.
- 13, 16, 19: newest items without a journal name (authors then year only).
- Titles keep their characters: ``Hartree–Fock`` (51), ``Li+, He, H− and the critical nuclear charge system ZC``
  (38), ``Protein–Ligand`` (19).
- DOIs come from pubs.acs.org/doi, royalsocietypublishing.org/doi, tandfonline doi and journals.aps.org links
  (8 entries, e.g. 13 -> 10.1021/acs.jcim.5c01150, 28 -> 10.1080/00268976.2022.2146540 with ``?src=`` dropped,
  55 -> 10.1103/physreva.94.042512); the rspa article-abstract (16), sciencedirect pii, sussex eprint and
  rsta/content links carry none.

Decisions:
- Entry = every ``<li>`` up to its ``</li>``: 13 entries.
- Title = the anchor text, line breaks turned into spaces.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "adambaskerville__adambaskerville.github.io___tabs__publications@f297d40.md"
PART = "wild57_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 0
    while n < len(lines):
        if not lines[n].startswith("<li>"):
            n += 1
            continue
        j = n
        while "</li>" not in lines[j]:
            j += 1
        text = " ".join(x.strip() for x in lines[n : j + 1])
        m = re.search(r"<a [^>]*>(.*?)</a>", text)
        assert m, (n + 1, text)
        papers.append(entry(lines, n + 1, j + 1, re.sub(r"\s+", " ", m.group(1)).strip()))
        n = j + 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 13, len(papers)
    assert by[13]["title"] == (
        "Basic Stability Tests of Machine Learning Potentials For Molecular Simulations in Computational Drug"
        " Discovery"
    ), by[13]
    assert by[13]["doi"] == "10.1021/acs.jcim.5c01150", by[13]
    assert by[42]["title"] == "The quantum chemical physics of few-particle atoms and molecules", by[42]
    assert by[42]["end"] == 44, by[42]
    assert by[55]["title"] == "Quantum effects of nuclear motion in three particle diatomic ions", by[55]
    assert by[55]["end"] == 56, by[55]
    assert by[51]["title"].startswith("Hartree–Fock implementation"), by[51]
    write_truth(
        NAME,
        PART,
        papers,
        method="Raw HTML ordered list (never closed) with '<br/><br/>' spacers: every <li> up to its </li> is one"
        " entry (13, one of them a PhD thesis), spanning 1-3 lines.  Title = the text of the <a> anchor, wrapped"
        " lines joined with a space; authors, journal, bold volume and year after '</a>:' are not part of it.",
        checked="Compared the 13 -v lines with the file: the spans of the wrapped items, the title wrapped inside the"
        " anchor (42-43), the non-ASCII characters (H−, Hartree–Fock, Protein–Ligand) and the DOIs read from the"
        " publisher links.",
    )


if __name__ == "__main__":
    main()
