"""Wild22 truth for ai4eda/ai4eda.github.io _includes/pub.md: the "Awesome AI for EDA" paper list
(machine learning for chip design) as a Jekyll include, written in raw HTML only.

Shape: after an <h1> with two "Show all / Hide all" buttons, 13 collapsible sections (<h2> wrapping
a collapse link: High Level Synthesis ... Dataset and Tools), each a <div> holding one or more
<table class="table table-hover">, some preceded by an <h3> sub-heading (empty <h3></h3> for the
first table of a section).  One paper per table row, 11 lines each:

    <tr id="tr-KEY" >
    <td align='right'>
    N.
    </td>
    <td>
        Title [<a href='URL' target='_blank'>paper</a>]  [<a ...>code</a>]  [<a ...>talk|slides</a>] <br>
        <em>First&nbsp;Author, ..., and Last&nbsp;Author</em><br>
        VENUE YEAR  <br>
        (blank)
    </td>
    </tr>

Entry = one <tr> row (its lines from <tr id=...> to </tr>).  Title = the text of the title line
before ' [<a' (every row has exactly one 'paper' link and its title line matches one regex).
Titles are kept as written (line 925 'ndustrial' typo, lowercase titles).
Ids: from the link targets and text of the row, NOT from the row's id attribute: ten rows have a
DOI as their HTML anchor id (tr-10.1145/...); eight of them also link doi.org or dl.acm.org with
the same DOI, two (lines 393 and 406, ssslab.cn PDF links) give the DOI only in the anchor id, which
is not rendered and is not a link, so their doi is null.  Publisher URLs that contain a DOI count
(dl.acm.org/doi/[abs/|pdf/]10.…, www.sciengine.com/SCIS/doi/10.1007/… on the last row); IEEE Xplore
document/arnumber URLs are not DOIs.
Not entries: the <h1>/<h2>/<h3> headings, the buttons, the 'cited as' BibTeX block at the end
(the list's own boilerplate citation).  The one row of 'Dataset and Tools' (CircuitNet) links its
SCIS journal paper, so it is an entry.
Count check: 157 '<tr id=' lines = 157 'paper' links = 157 entries; row numbers restart at 1 in
each table and increase by one.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "ai4eda__ai4eda.github.io___includes__pub@05fd945.md"
PART = "wild22_development"
TITLE = re.compile(r"^    (\S.*?) \[<a href='[^']*' target='_blank'>paper</a>\]")


def main() -> None:
    lines = read_lines(NAME)
    # the same lines with each row's anchor id blanked, so ids come from links and text only
    no_anchor = [("<tr>" if ln.startswith("<tr id=") else ln) for ln in lines]
    papers = []
    expected = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("<table"):
            expected = 1
        if not text.startswith("<tr id="):
            continue
        end = lines.index("</tr>", i)  # 0-based index of '</tr>' = its 1-based line - 1
        end_line = end + 1
        assert end_line - i == 10, (i, end_line)
        assert lines[i + 1] == f"{expected}.", (i, lines[i + 1])
        expected += 1
        m = TITLE.match(lines[i + 4])
        assert m, i
        papers.append(entry(no_anchor, i, end_line, m.group(1)))
    assert len(papers) == 157, len(papers)
    assert sum(1 for ln in lines if "target='_blank'>paper</a>" in ln) == 157
    by_line = {p["line"]: p for p in papers}
    assert by_line[393]["doi"] is None and by_line[406]["doi"] is None
    assert by_line[21]["doi"] == "10.1145/3503540"
    write_truth(NAME, PART, papers,
                "every <tr> row of the 13 collapsible section tables is one paper (157); title = the title"
                " line's text before the '[paper]' link; ids from the row's links and text, not from its"
                " HTML anchor id (two rows give a DOI only there: doi null); the closing 'cited as' BibTeX"
                " is the list's own citation, not an entry",
                "first and last row of every section and sub-table, the 10 rows with DOI anchor ids"
                " (lines 21, 47, 89, 393, 406, 448, 1178, 1849, 1891, 2266), all 15 arXiv links, the"
                " dl.acm.org and sciengine DOIs, a sample of 20 titles against the file; row count and"
                " numbering asserted")


if __name__ == "__main__":
    main()
