"""Wild36 truth for Joe-Chan-iStudio-Ltd/researchplymouth slr/tc/data.md: the reference list behind a
"systematic literature review" page on US-China trade conflicts (economics, political science,
international business), rendered with DataTables by the site.

Shape: a `#` title and an intro paragraph (lines 1-2), `## citation` (line 4), an `<em>` label (line 5),
then one Harvard-style reference per line with no blank lines between them (so Markdown renders each
block as one long paragraph): "Authors.  (year).  “<a class="pdfviewer-link" href="pdf/....pdf">Title,</a>”
<em>Journal</em>, vol(issue), pp.  Doi: 10.xxx".  The title is the text of the HTML link inside curly
quotes (line 109 opens with a straight quote); it ends with the separator the style puts inside the
quotes ("," in the first block, "." in the second), which is dropped; "?" is kept.  DOIs are bare
`Doi:` text.  A blank line (69) splits the list into two blocks (lines 6-68 and 70-126); the link
targets are local PDF names and never hold an id.

Entries (112): every record with a quoted title: journal articles, working papers (81, 97, 108, 125),
a corrigendum (86) and a journal article describing a database (70).  Not entries: the DataTables
software citation (47), records whose title is an italic monograph: a textbook (71), a published
speech (82, Bernanke's saving-glut lecture), a book of election returns (91), a presidential advisory
report (104), the World Development Report (126, a book with an ISBN DOI); a dataset (120, IPUMS
"[dataset]"); and a Wall Street Journal news article (90).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "Joe-Chan-iStudio-Ltd__researchplymouth__slr__tc__data@4d393ec.md"
PART = "wild36_development"

NOT_ENTRIES = {47, 71, 82, 90, 91, 104, 120, 126}
QUOTED = re.compile(r"[“\"]<a [^>]*>(.+?)</a>[”\"]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = [i for i in range(6, 127) if lines[i - 1].strip()]
    assert len(records) == 120 and 69 not in records, len(records)
    for i in records:
        ln = lines[i - 1]
        assert re.match(r"^[A-Z][^\s].*\(\d{4}[ab]?\)|^Ruggles", ln), i  # author-first record
        found = QUOTED.findall(ln)
        if i in NOT_ENTRIES:
            assert not found, i
            continue
        assert len(found) == 1, (i, found)
        title = found[0]
        p = entry(lines, i, i, title)
        assert p["title"] and p["title"][-1] not in ",", i
        papers.append(p)
    titles = {p["line"]: p["title"] for p in papers}
    assert titles[11] == "How did China’s WTO entry affect U.S. prices?"
    assert titles[6] == "Explaining the Decline in the US Employment-to-Population Ratio: A Review of the Evidence"
    assert titles[109] == "Trade Liberalization and Embedded Institutional Reform: Evidence from Chinese Exporters"
    assert titles[116] == ("A concordance between ten-digit U.S. harmonized system codes and SIC/NAICS product "
                           "classes and industries")
    nodoi = sorted(p["line"] for p in papers if not p["doi"])
    assert nodoi == [81, 95, 96], nodoi
    assert len(papers) == 112, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each reference line whose title is a quoted HTML link is one entry (articles, working papers, a "
        "corrigendum, a database article); the title is the link text without the ',' or '.' the style puts "
        "inside the quotes; software, monographs (textbook, speech, book, advisory report, World Development "
        "Report), a dataset and a newspaper article are not entries.",
        "All 120 reference lines read by eye and sorted into entries and non-entries (47, 71, 82, 90, 91, 104, "
        "120, 126); the first and last line of both blocks (6, 68, 70, 126), the titles ending in '?', the "
        "straight opening quote (109), the records without DOI (81, 95, 96), the double-space DOI (124) and "
        "about 20 other titles and DOIs compared with the -v output.",
    )


if __name__ == "__main__":
    main()
