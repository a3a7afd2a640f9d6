"""Wild46 truth for sjswuitchik/compPopGen_ms REFERENCES.md: the reference table of a comparative
population-genomics manuscript's data set (fish, birds, reptiles), saying for each species whose resequencing
data were used which published papers the data came from; newest commit 57f59f2 (the table last changed in
dec2952 "updating references").

Shape: one two-column pipe table and nothing else: header ``|species|reference|`` (1), delimiter (2), 120 rows
(3-122) ``|Species name|[label](url); [label](url)|``, no spaces around the pipes, a final newline.  The
reference cell holds one to ten links separated by ``; `` (or ``;`` without a space: Dicentrarchus 55-56, Ficedula
hyperythra 61).  Link texts are labels, never titles: ``PMC`` (101), ``paper`` (36), ``Pubmed``/``pubmed`` (9),
``doi``/``DOI`` (5), ``PMC1``/``PMC2`` (Dicentrarchus), ``Mol Ecol`` (Symphodus, 117), ``paper;PDF`` (Larimichthys
polyactis, 122, a Research Square preprint PDF on cloudfront).  A ``PMC`` label on a PubMed URL in the Gasterosteus
row (67).  Hosts: PMC article pages (104), PubMed (11), Nature (11, article ids), Wiley (7, one through a
``libproxy1.usc.edu`` proxy with ``?af=R``), OUP (6, article numbers), doi.org (5, a bioRxiv 10.1101 DOI among
them), Research Square (5), BMC (2, DOI in the URL), PLOS (2, ``article?id=10.1371/...``), eLife, Science.  The
same paper recurs on many rows (PMC7759464 on the 14 Amphilophus rows, PMC7889852 on 18 Hippocampus rows, ...).

Decisions:
- Each link of a reference cell is one entry (157): the row records which published paper(s) a species' data came
  from, each link cites one scholarly work (articles, a bioRxiv preprint, Research Square preprints); a cell with
  several links names several papers, so several entries on the same line.  Rows repeating a paper for another
  species are separate entries (repeated records); no cell repeats a link.
- Title null for every entry: the link texts are host/format labels (``PMC``, ``paper``, ``doi``, ``Mol Ecol``),
  the species cell is not a title.
- Ids per link (the entries share their line, so each entry gets the id of its own link, not the line's first):
  DOIs written in the URL (doi.org, Wiley ``/doi/full|abs/``, the proxy URL with its ``?af=R`` query dropped, BMC
  ``/articles/10.1186/...``, PLOS ``?id=10.1371/...``); none for PMC, PubMed, Nature article ids, OUP article
  numbers, Research Square, eLife, Science.  No arXiv ids.
- Not entries: header and delimiter rows.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "sjswuitchik__compPopGen_ms__REFERENCES@57f59f2.md"
PART = "wild46_development"

ROW = re.compile(r"^\|(?P<sp>[A-Z][a-z]+(?: [a-z]+)*)\|(?P<refs>.+)\|$")
LINK = re.compile(r"\[(?P<lab>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 123 and lines[122] == "", len(lines)
    assert lines[0] == "|species|reference|" and lines[1] == "|---|---|"
    papers = []
    labels = set()
    for n in range(3, 123):
        m = ROW.match(lines[n - 1])
        assert m, (n, lines[n - 1][:100])
        refs = m.group("refs")
        links = list(LINK.finditer(refs))
        assert links, n
        # the cell is nothing but links and '; ' / ';' separators
        assert re.fullmatch(r"(?:;\s?)?", LINK.sub("", refs).replace("; ", "").replace(";", "")), (n, refs)
        assert len({lk.group("url") for lk in links}) == len(links), n
        for lk in links:
            labels.add(lk.group("lab"))
            p = entry(lines, n, n, None)
            url = lk.group("url")
            p["arxiv"] = arxiv_of(url)
            p["doi"] = doi_of(url)
            papers.append(p)
    assert labels == {"PMC", "paper", "Pubmed", "pubmed", "doi", "DOI", "PMC1", "PMC2", "Mol Ecol", "paper;PDF"}, labels
    dois = {(p["line"], p["doi"]) for p in papers if p["doi"]}
    assert sorted(dois) == sorted({
        (30, "10.1186/s12864-021-07710-2"), (36, "10.1111/mec.14877"), (37, "10.1111/mec.14877"),
        (38, "10.1098/rspb.2018.0206"), (53, "10.1101/2021.01.12.426414"), (57, "10.1186/s13059-014-0557-1"),
        (67, "10.1111/evo.13175"), (67, "10.1371/journal.pgen.1004966"), (67, "10.1371/journal.pbio.2001627"),
        (67, "10.1002/evl3.99"), (67, "10.1016/j.cub.2021.02.027"), (69, "10.1111/mec.14877"),
        (70, "10.1101/2021.01.12.426414"), (106, "10.1002/evl3.15"), (107, "10.1002/evl3.15"),
        (109, "10.1111/1755-0998.13365"), (117, "10.1111/mec.15310")}), sorted(dois)
    assert sum(1 for p in papers if p["doi"]) == 17
    assert not any(p["arxiv"] for p in papers)
    assert sum(1 for p in papers if p["line"] == 67) == 10
    assert all(p["title"] is None for p in papers)
    assert len(papers) == 157, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each link of the species table's reference cells is an entry (157: a row names the paper(s) a species'"
        " data came from, several links = several entries on the same line, papers repeated across species rows"
        " kept), title null (link texts are labels such as 'PMC', 'paper', 'doi', 'Mol Ecol'), ids per link (DOIs"
        " written in doi.org, Wiley, BMC and PLOS URLs; none for PMC, PubMed, Nature, OUP, Research Square); header"
        " and delimiter rows are not entries.",
        "Whole 122-line file read; every row matched by the row pattern and its cell checked to hold only links and"
        " ';' separators (157 links, no link repeated within a cell); -v output compared with rows 3-8 (first"
        " rows, 4 and 9 with two and four links), 10-22 (Amphilophus repeats), 25-30 (Research Square, BMC DOI),"
        " 38 and 53 (doi.org), 40 (three PMC links), 55-56 and 61 (';' without space), 66 (Science), 67 (ten"
        " links, PMC label on a PubMed URL, PLOS ?id= DOIs, Wiley evl3.99, Cell doi), 106-109 (Wiley, proxy URL"
        " with ?af=R dropped), 117 (Mol Ecol label), 122 (paper;PDF label on a cloudfront preprint PDF) and ~20"
        " more rows (31, 35, 44, 47, 60, 64, 73, 80, 86, 90, 94, 97, 99, 106, 109, 111, 113, 115, 119, 121); the"
        " 17 DOIs listed in the script one by one.",
    )


if __name__ == "__main__":
    main()
