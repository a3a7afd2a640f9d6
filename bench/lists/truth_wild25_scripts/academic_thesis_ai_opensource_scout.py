"""Wild25 truth for federicodeponte/academic-thesis-ai tests/outputs/opensource_thesis/01_scout.md: a generated citation dump.

Shape: the output of a thesis-writing pipeline's 'Scout' agent (citation discovery on open-source
software): a summary (lines 1-16: totals, a '- **Crossref**: 6 (9.5%)' sources breakdown), then
'### From Crossref (6 citations)' (line 20) and '### From Semantic Scholar (57 citations)' (line
58), each citation a '#### N. Title' heading (numbering restarts in each source) followed by four
bold-label lines: '**Authors**: ...', '**Year**: ...', '**DOI**: ...' and '**URL**: ...' (no
blank line between them; the URL is https://doi.org/<DOI>, or a semanticscholar.org/paper/<hash>
page when the DOI line is empty: lines 63, 135, 147, 237, 261, 333, 351, 387).
Entry = each '####' citation, lines heading..URL; title = the heading text after 'N. ' (the
source's own casing kept: all-capitals titles on lines 84 and 294, 'Chapter XII ...' on line 60,
'Conference Title Crowdsourcing , Outsourcing ...' on line 144, 'Reuse in Open Source : A Case
Study' on line 258).  Every record is taken as one scholarly work as the generator retrieved it:
journal and conference papers, book chapters (lines 34, 60, 96, 222), working papers and reports
(NBER line 40, SSRN line 22, Linux Foundation research reports with 10.70828 DOIs, lines 78, 108,
186, 288), arXiv preprints (10.48550/arXiv DOIs, lines 150, 270, 342), and 'The cathedral and the
bazaar' (line 264, the journal version in Knowledge, Technology & Policy).  Not entries: the
summary and the sources-breakdown bullets.  Garbled author fields (line 349 'Mr, Prof, Mrs, Ms')
are left as the file has them; they are not part of the title.
DOI = the DOI line (lower-cased by the helper); arXiv id from the 10.48550/arXiv DOIs.
Count check: 63 '#### ' headings = 6 Crossref + 57 Semantic Scholar, matching the header's
'Total Valid Citations: 63'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "federicodeponte__academic-thesis-ai__tests__outputs__opensource_thesis__01_scout@f914393.md"
PART = "wild25_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts = {}
    source = None
    for i, text in enumerate(lines, 1):
        m = re.match(r"### From (.+) \((\d+) citations\)$", text)
        if m:
            source = m.group(1)
            counts[source] = [int(m.group(2)), 0]
            continue
        m = re.match(r"#### (\d+)\. (.+)$", text)
        if not m:
            continue
        counts[source][1] += 1
        assert int(m.group(1)) == counts[source][1], i
        labels = [lines[i + k][: lines[i + k].index(":")] for k in range(4)]
        assert labels == ["**Authors**", "**Year**", "**DOI**", "**URL**"], (i, labels)
        p = entry(lines, i, i + 4, m.group(2))
        doi_line = lines[i + 2][len("**DOI**: "):].strip()
        assert p["doi"] == (doi_line.lower() or None), (i, p["doi"], doi_line)
        papers.append(p)
    assert counts == {"Crossref": [6, 6], "Semantic Scholar": [57, 57]}, counts
    assert len(papers) == 63, len(papers)
    write_truth(NAME, PART, papers,
                "each '#### N. Title' citation of the generated scout output (under 'From Crossref' and 'From"
                " Semantic Scholar') is an entry, lines heading..URL; title = the heading text after the"
                " number; DOI from the DOI/URL lines; every record taken as one scholarly work (papers,"
                " chapters, working papers, reports, preprints); summary bullets are not entries",
                "all 63 headings listed and compared with the file; the first and last entry of each source,"
                " the eight records without a DOI, the three 10.48550/arXiv DOIs, the all-capitals and"
                " oddly spaced titles (lines 60, 84, 144, 258, 294) and about 20 others checked by eye")


if __name__ == "__main__":
    main()
