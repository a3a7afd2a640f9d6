"""Wild56 truth for Jiadong001/AI4Bio_Paper_Reading_List protein/Immunity-related.md: the "Immunity-related" page
of a small AI-for-biology reading list (TCR/HLA/peptide binding prediction and antibodies), newest commit (cd61638,
2024-10-07).

Shape: 76 lines, 6.6 KB.  Back link (1), title (3), a nested table of contents (4-8), a resources line (10), then
Markdown tables with the header ``|   |Title|Pub.&Year|Notes|``: a one-row survey table (13-15), an image table of two
figures (21-23, no papers), ``### HLA-Peptide interaction`` (27-40), ``### TCR-HLA-peptide interaction`` (47-64) and
``## Antibody`` (71-75).  A row is ``|Tag or model name|[Title](url)|Venue 'Year|Notes|``; the first cell is empty, a
model name (``NetMHCpan``, ``PanPep``) or a bracketed tag (``[Survey]``, ``[Benchmark]``, ``[benchmerk]``).

Special cases:
- 62 ``|pMTnet_Omni|||`` names a model (a paper slot in the table) but no title, link or venue: an entry with title
  None.
- 40 ``||||`` is an empty row: not an entry.
- 32 writes ``Predicting Antigen Presentationwhat Could we Learn From a Million Peptides?`` (missing ``—``/space):
  kept as written.
- Rows have three to six cells (33 ends ``|||``), some have no venue (32, 37, 38, 49-53).
- Notes hold ``[code](...)``, ``👍`` or ``Kaggle``; they are not part of the title.
- arXiv id only at 37 (2111.07137).  DOIs from URLs: springer ``10.1007/978-1-4939-1115-8_17`` (31), plos
  ``10.1371/journal.pone.0000796`` (33), bioRxiv ``10.1101/2022.02.11.479844`` (38) and ``10.1101/2024.09.21.614257``
  (75), pnas ``10.1073/pnas.2216697120`` (39), frontiersin ``10.3389/fimmu.2019.02820`` (50) and
  ``10.3389/fimmu.2021.664514`` (53), science ``10.1126/sciadv.abq5089`` (52) and ``10.1126/sciadv.abf5835`` (54).

Decisions:
- Entry = each table row whose second cell is a link, plus the title-less model row 62: 31 entries.
- Title = the link text of the second cell.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "Jiadong001__AI4Bio_Paper_Reading_List__protein__Immunity-related@cd61638.md"
PART = "wild56_development"

ROW = re.compile(r"^\|(?P<tag>[^|]*)\|\[(?P<title>[^\]]+)\]\(https?://[^)]*\)\|")
BARE = re.compile(r"^\|(?P<tag>[A-Za-z][\w-]*)\|\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
        elif BARE.match(ln):
            papers.append(entry(lines, n, n, None))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 31, len(papers)
    assert by[15]["title"] == "Development and use of machine learning algorithms in vaccine target selection"
    assert by[32]["title"] == "Predicting Antigen Presentationwhat Could we Learn From a Million Peptides?", by[32]
    assert by[33]["doi"] == "10.1371/journal.pone.0000796", by[33]
    assert by[37]["arxiv"] == "2111.07137", by[37]
    assert by[56]["title"] == "Pan-Peptide Meta Learning for T-cell receptor–antigen binding recognition", by[56]
    assert by[60]["title"] == "Structure-based prediction of T cell receptor: peptide-MHC interactions", by[60]
    assert by[62]["title"] is None, by[62]
    assert by[75]["title"].startswith("What has AlphaFold3 learned about antibody"), by[75]
    assert 40 not in by and 23 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every row of the '|   |Title|Pub.&Year|Notes|' tables whose Title cell is a link is one paper; title ="
        " the link text.  Row 62 '|pMTnet_Omni|||' names a model in a paper slot with no title: an entry with title"
        " None.  The figure table (21-23), the empty row 40 and the table headers are not papers.",
        checked="Read the whole file and compared the -v output for all 31 entries: titles with en dashes and the"
        " run-together title at 32, rows with empty/bracketed/model tag cells and no venue, the title-less row 62,"
        " the one arXiv id (37) and the DOIs taken from springer/plos/bioRxiv/pnas/frontiers/science URLs.",
    )


if __name__ == "__main__":
    main()
