"""Wild28 truth for Sorbus-torminalis/start README.md: a reanalysis project's list of one ecologist's papers.

Shape: a title, a PubPeer line and '## List of papers' (lines 1-5), then 28 bullets (lines 7-34)
pasted from a Web of Science export with TAB separators kept: '-<TAB>Authors (semicolon-separated,
"Start, D")<TAB>Year<TAB>Title<TAB>JOURNAL IN CAPITALS<TAB>vol: pages<TAB> https://doi.org/...<TAB>data:
<TAB>dataset link or a note'.  Title = the fourth TAB field (after '-', authors, year), as written.
Special cases: line 7 has an empty year field (two TABs in a row, 'ECOLOGY AND EVOLUTION' with
empty volume too); lines 10 and 16 have 'vol: –' with an en dash for the pages; the data column is
a Dryad dataset URL (its own 'doi:10.5061/dryad...' / 'doi:10.6078/...' DOI, after the paper's
DOI, so the entry's first DOI is the paper's), a supplement URL (lines 11, 20, 27, the last
with a percent-encoded DOI) or a note ('None available', 'Questionairs', 'Secondary data',
'Summary only in SI').  Every bullet is a journal article: all 28 are entries; no arXiv ids.
Count check: 28 lines start with '-\\t' (asserted), each with exactly one doi.org link.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "Sorbus-torminalis__start__README@5d987ca.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("-\t"):
            continue
        fields = text.split("\t")
        assert fields[0] == "-" and fields[6].startswith(" https://doi.org/10."), i
        assert text.count("https://doi.org/") == 1, i
        assert fields[2] == "" if i == 7 else fields[2].isdigit(), i
        title = fields[3]
        p = entry(lines, i, i, title)
        assert p["doi"] == fields[6].strip().removeprefix("https://doi.org/").lower(), (i, p["doi"])
        papers.append(p)
    assert [p["line"] for p in papers] == list(range(7, 35))
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "every TAB-separated bullet ('-', authors, year, title, journal, volume, doi.org link, 'data:',"
                " dataset) is one journal article; title = the fourth field; the paper's doi.org DOI comes"
                " before the Dryad dataset DOI",
                "all 28 bullets read by eye: titles against the fourth TAB field, the first DOI of each checked to"
                " be the paper's doi.org link and not the Dryad or supplement link; line 7 (no year) checked")


if __name__ == "__main__":
    main()
