"""Wild37 truth for GHDDI-AILab/Targeting2019-nCoV docs/CN_research_progress.md: the Chinese-language
"COVID-19 literature" page of a drug-discovery institute's COVID-19 resource site (medicine, public
health, epidemiology, virology), "Last Updated: October 18, 2022".

Shape: `## COVID-19文献` with one Chinese bullet pointing to dimensions.ai (not a paper), `## NLP主题模型`
with a Chinese paragraph (the table lists the top ten papers of twenty topics of an NLP topic model over
bioRxiv/medRxiv/PubMed), then a raw HTML page pasted into the Markdown: `<!DOCTYPE html>`, a `<style>`
block, a row of `<button class="tablinks">` topic tabs, and twenty `<div id="N topic"
class="tabcontent">` blocks (91 ... 1136), each holding a `<table class="blueTable">` with a `<thead>`
row (title | doi) and ten body rows, then a `<script>`.  Every body row spans four lines:

    <tr>
      <td>lower-cased paper title</td>
      <td>10.xxxx/...</td>
    </tr>

Titles are all lower case (as the topic model stores them), some ending in a period; the DOI is bare
text in its own cell (no link, no "doi:").  Most are medRxiv/bioRxiv DOIs (10.1101), others journal DOIs.

Entries: every body row whose subject is a paper, 194 of the 200 rows.  Six rows (324, 328, 348, 929,
933, 984 are their title lines) are figshare items "additional file N of <paper title>" with figshare
DOIs (10.6084/m9.figshare....): supplementary files deposited for a paper, not a scholarly work of their
own, so not entries.  Nine rows of the "16 chemistry" table (653-692, all but the protease preprint)
differ the other way: their DOIs are those of ACS Supporting Information files (`10.1021/....s001`,
`.s002`), but the row names the paper itself by its full title, so they are entries, with the DOI as
written.  Their titles carry export artefacts written as text, kept as the file writes them: literal
backslash-n sequences where the source had line breaks ("decoupling the chemical\\nand mechanical ...") and
HTML-escaped sub/superscript tags (`co&lt;sub&gt;2&lt;/sub&gt;`, which the page shows as the text
"co<sub>2</sub>", since the entities are decoded only once).  The dimensions.ai bullet, the tab buttons and the header rows are not entries.  An
entry runs from its `<tr>` line to its `</tr>` line; its title is the first cell's text as written (lower
case kept, final period dropped), its DOI the second cell.  No title repeats across the twenty tables.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "GHDDI-AILab__Targeting2019-nCoV__docs__CN_research_progress@1b2c2b8.md"
PART = "wild37_development"

CELL = re.compile(r"^\s*<td>(.*)</td>\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    rows = 0
    for i, ln in enumerate(lines, 1):
        if ln.strip() != "<tr>":
            continue
        rows += 1
        t = CELL.match(lines[i])
        d = CELL.match(lines[i + 1])
        assert t and d and lines[i + 2].strip() == "</tr>", i
        title, doi = t.group(1), d.group(1)
        assert re.fullmatch(r"10\.\d{4,9}/\S+", doi), (i, doi)
        if title.startswith("additional file "):
            assert doi.startswith("10.6084/m9.figshare."), i
            skipped.append(i + 1)
            continue
        p = entry(lines, i, i + 3, title)
        assert p["doi"] == doi.lower(), (i, p["doi"], doi)
        papers.append(p)
    assert rows == 200, rows
    assert skipped == [324, 328, 348, 929, 933, 984], skipped
    si = [p["line"] for p in papers if re.search(r"\.s00\d$", p["doi"])]
    assert si == [653, 657, 661, 669, 673, 677, 681, 685, 689], si
    assert papers[[p["line"] for p in papers].index(653)]["title"].startswith(
        "decoupling the chemical\\nand mechanical strain effect\\non steering the co<sub>2</sub> activation")
    titles = [p["title"] for p in papers]
    assert len(set(titles)) == len(titles)
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 194, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each four-line <tr> row of the twenty HTML topic tables is one entry (its <tr> to </tr> lines), except six "
        "figshare 'additional file N of ...' rows (supplementary files); the title is the first cell's lower-cased "
        "text as written, the DOI the bare second cell.",
        "The page read from top to bottom: the Chinese intro, the dimensions.ai bullet, the tab buttons and the "
        "twenty tables; the first and last row of every table and about 25 others compared with the -v output, the "
        "six figshare rows, the nine ACS Supporting Information rows of the chemistry table with their literal \\n and "
        "escaped <sub>/<sup> text, the header rows, titles with quotes or a final period, and every DOI cell checked by the "
        "script to equal the entry's DOI.",
    )


if __name__ == "__main__":
    main()
