"""Wild24 truth for AndreWeiner/machine-learning-applied-to-cfd literature.md: a researcher's curated
list of articles on machine learning for computational fluid dynamics (2019, marked outdated in 2022).

Shape: an outline, an introduction, a trend figure and an abbreviation table (lines 1-52), then under
'## Articles' (line 54) one record per article in alphabetical order: a header line
'Initials **Surname** et al.: [Title (year)](url)' (line 524 has no 'et al.') followed directly by
five to seven '- Field: value' sub-bullets (Aim, Learning type, ML algorithms, ML frameworks, CFD
framework, Combination of CFD + ML, sometimes '- Code: [Github](...)'), a blank line between records.
Entries: all 79 records (journal and conference papers, preprints, reviews; DeepXDE on line 328 is
the paper describing a library, an article like the rest).  Lines = the header line through the last
sub-bullet.  Title = the link text without the trailing ' (year)' the list writes inside it (e.g.
line 56 'Training bioinspired sensors to classify flows (2018)' -> 'Training bioinspired sensors to
classify flows'); the file's typos are kept ('Boundary ValueProblems' line 288, 'Leaning' line 448)
and line 557's double space before '(2017)' is collapsed.  The '- Code: [Github]' links are code,
part of their record, not entries.  Not entries: the outline links (lines 5-8), the issue-tracker
link, the abbreviation table.
Special cases: two records share a title and differ by year (lines 336 and 344, Ma et al. 2015 /
2016), both kept; ids come from the header line only (the sub-bullets hold no paper links).
Count check: 79 header lines matching '**Surname**...: [' after line 54 = 79 entries; every line
after 54 is a header, a '- ' sub-bullet or blank.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "AndreWeiner__machine-learning-applied-to-cfd__literature@4c48c4a.md"
PART = "wild24_development"
HEADER = re.compile(r"^[A-Z][^\[]*\*\*[^*]+\*\*[^\[]*: \[(?P<text>.+) \((?P<year>\d{4})\)\]\((?P<url>[^)\s]+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index('## Articles<a id="articles"></a>') + 1
    assert start == 54, start
    papers = []
    i = start + 1
    while i <= len(lines):
        text = lines[i - 1]
        if not text.strip():
            i += 1
            continue
        m = HEADER.match(text)
        assert m, (i, text[:80])
        end = i
        while end < len(lines) and lines[end].startswith("- "):
            end += 1
        assert end - i >= 5, (i, end)
        papers.append(entry(lines, i, end, m.group("text")))
        i = end + 1
    assert len(papers) == 79, len(papers)
    assert sum(1 for p in papers if p["title"].startswith(
        "Using statistical learning to close two-fluid multiphase flow equations")) == 2
    assert not any(re.search(r"\(\d{4}\)$", p["title"]) for p in papers)
    write_truth(NAME, PART, papers,
                "every record under '## Articles' ('Initials **Surname** et al.: [Title (year)](url)' plus its"
                " '- Field:' sub-bullets) is an entry; title = the link text without the trailing '(year)';"
                " code links in the sub-bullets and the outline, intro and abbreviation table are not entries",
                "first and last records (lines 56, 685), the records with a Code sub-bullet (439-446, 456-463,"
                " 465-472, 482-489, 515-522, 548-555), line 524 without 'et al.', the duplicate-title pair"
                " 336/344, line 557's double space and a sample of about 20 titles, arXiv ids and DOIs read by"
                " eye against the file")


if __name__ == "__main__":
    main()
