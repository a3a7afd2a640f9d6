"""Wild40 truth for RCHG/rchg.github.io pages/publications_list.md: a draft publications page of an
atmospheric scientist (Ramiro Checa-Garcia: mineral dust, ozone radiative forcing, rain drop size
distributions), the Markdown source of a Jekyll (Feeling Responsive) page that is almost all HTML.

Version: the repository's newest commit (20abdc5, 2021-05-21); the file was last changed in 449eba4
(2020-11-16).  pages/publications.md of the same commit only holds ``{% include ... %}`` lines, so this
sibling list is the file taken.

Shape: front matter (1-8), a side panel with a kramdown ``{:toc}`` table of contents and two Liquid
alert includes (10-24), an empty ``<ul></ul>`` (28-29), then two lists of different shapes:
- Year blocks (30-56): ``<h2 ...>2020</h2>`` ... ``<h2 ...>1998</h2>``, each followed by ``<ul>`` and
  one ``<li style="margin: 8px 0"><b>Title</b>.  <span>Authors</span>.  <span>Journal</span>, <span>date
  </span>.  [<a href=URL>Paper</a>]</li>`` on one line (7 items).  The links are unquoted ``href=``
  values: two percent-encoded doi.org URLs (``10.1029%2F2019gl086186``), a Wiley URL holding the DOI, two
  ADS abstract URLs and a bare ``www.atmos-chem-phys.net`` path (no DOI); 2009 has no link.
- After a long ``<script>`` (the JabRef "QuickSearch" script, 59-402), a ``<style>`` block (404-442) and the
  quick-search ``<form>`` (444-456, whose ``<ul>`` holds four settings checkboxes, not entries), a JabRef HTML
  export table ``<table id="qs_table">`` (457-792): each paper is a ``<tr id="key" class="entry">`` row
  whose cell is ``Authors (year), <i>"Title"</i>, Journal. Vol..., Publisher.`` plus a ``<p
  class="infolinks">`` of BibTeX / DOI / URL links, then an optional hidden abstract row
  (``abs_key``, 2 entries) and a hidden BibTeX row (``bib_key``, a ``<pre>`` @article for the same
  paper).  The last two rows have an empty key (``id=""``, ``bib_``).

Decisions:
- Entries: the 7 ``<li>`` items of the year blocks and the 16 ``entry`` rows of the table: 23 in all.
  Five table papers (Gliss, Keeble, Thornhill 2020, Kok, the CRESCENDO dust paper) were also in older
  versions of the page, but the two lists here hold different papers (the year blocks are papers of
  colleagues of the LSCE dust group); none is repeated within the file.
- The ``<pre>`` BibTeX in each ``bib_`` row is the same paper as the entry row above it: it is part of
  that entry, not an entry of its own.  A table entry spans its ``entry`` row through the ``</tr>`` of
  the last abstract/BibTeX row before the next ``entry`` row (or ``</tbody>``); a year-block entry is
  its one ``<li>`` line.
- Title: the ``<b>`` text of a ``<li>``; the quoted ``<i>"..."</i>`` text of a table row (quotes
  dropped).
- Ids: the first DOI in the entry's lines (the table's ``DOI`` link comes before the URL link and the
  BibTeX ``doi = {...}``); for the year blocks the percent-encoded doi.org links are decoded, the Wiley
  ``/doi/abs/10.1029/2009GB003548`` URL gives its DOI, the ADS and atmos-chem-phys URLs give none.  No
  arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "RCHG__rchg.github.io__pages__publications_list@20abdc5.md"
PART = "wild40_development"

LI = re.compile(r'^<li style="margin: 8px 0"><b>(.+?)</b>\.  <span')
ROW = re.compile(r'^<tr id="[^"]*" class="entry">$')
TITLE = re.compile(r'<i>"(.+?)"</i>')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = [i for i, ln in enumerate(lines, 1) if ROW.match(ln)]
    table_end = next(i for i, ln in enumerate(lines, 1) if ln == "</tbody>")
    for i, ln in enumerate(lines, 1):
        if ln.startswith("<li") and 'class="search_setting"' not in ln:
            m = LI.match(ln)
            assert m, i
            papers.append(entry(lines, i, i, m.group(1)))
    for k, i in enumerate(rows):
        stop = rows[k + 1] if k + 1 < len(rows) else table_end
        last = max(j for j in range(i, stop) if lines[j - 1] == "</tr>")
        m = TITLE.search(lines[i])
        assert m and lines[i].startswith("\t<td>"), i
        papers.append(entry(lines, i, last, m.group(1)))
    t = {p["line"]: p["title"] for p in papers}
    assert t[32] == "Direct Radiative Effect by Mineral Dust Aerosols Constrained by New Microphysical and Spectral " \
        "Optical Data", t[32]
    assert t[56] == "Uncertainties in assessing radiative forcing by mineral dust", t[56]
    assert t[459] == "Geostationary Emission Explorer for Europe (G3E): mission concept and initial performance " \
        "assessment", t[459]
    assert t[737] == "Effective Radiative forcing from emissions of reactive gases and aerosols – a multimodel " \
        "comparison", t[737]
    assert t[774] == "Evaluation of natural aerosols in CRESCENDO-ESMs: Mineral Dust", t[774]
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[459] == 480 and spans[567] == 591 and spans[774] == 790, spans
    d = {p["line"]: p["doi"] for p in papers}
    assert d[32] == "10.1029/2019gl086186" and d[48] == "10.1029/2009gb003548", d
    assert d[36] == "10.1029/2019gl084797" and d[40] is None and d[44] is None and d[52] is None and d[56] is None, d
    assert d[459] == "10.5194/amt-8-4719-2015" and d[651] == "10.1039/c1ee01745d" and d[757] == "10.5194/acp-2020-1131"
    assert all(d[r] for r in rows) and all(p["arxiv"] is None for p in papers)
    assert len(rows) == 16
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each <li><b>Title</b> item of the year blocks (7) and each <tr class=\"entry\"> row of the JabRef "
        "QuickSearch table (16) is an entry; a table entry spans its entry row through its hidden abstract/"
        "BibTeX rows (the <pre> BibTeX is the same paper, not another entry); title = the <b> text or the "
        "quoted <i>\"...\"</i> text; ids = the first DOI (percent-encoded doi.org and Wiley URLs decoded; ADS "
        "links give none); the settings checkboxes of the search form are not entries.",
        "Read lines 1-60 and 444-793 whole and skimmed the script/style block; all 7 <li> titles and links "
        "compared with the -v output (the two %2F DOIs, the Wiley /doi/abs/ URL, the ADS and bare atmos-chem-phys "
        "links, the linkless 2009 item); all 16 table rows compared (titles, spans through abstract and BibTeX "
        "rows, the two id=\"\" rows at the end, DOIs against the DOI link of each row).",
    )


if __name__ == "__main__":
    main()
