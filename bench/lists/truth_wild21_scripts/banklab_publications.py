"""Wild21 truth for banklab/banklab.github.io src/lib/content/publications.md: an evolution/ecology lab's publication page.

Shape: '## YYYY' headings (2026 down to 2012, one written '##  2016'), one paragraph per paper
separated by blank lines, inside a <div>: 'Authors (lab members in <u>, <sup>*</sup>/<sup>#</sup>
marks). **Title.** Journal, doi: 10.x/... [link](url) or [preprint](url)'.  Title = the first
bold span (its final '.' dropped by the helper, '?' and '!' kept).  Every such paragraph is an
entry: journal papers, bioRxiv/arXiv/EcoEvoRxiv preprints, a book review published in TREE
(line 131) and three Peer Community in Evolutionary Biology recommendations with their own DOIs
(lines 133, 161, 171).  Line 135 is one record for a book chapter and its preprint version
('Preprint version: **...**'): the same work, so one entry titled by the first bold span.  The
italic note on line 212 about the paper on line 211 belongs to that paragraph (entry 211-212).
Not entries: the intro, the footnote legend, the headings.  DOIs: the first one written (often
'doi: 10.x' text, whose value can differ from the link's; line 81's 'doi: j.jip...' is no DOI).
bioRxiv links under the new 10.64898 prefix (lines 21, 27) lose their 'v1' tail like 10.1101 ones.
Count check: 83 paragraphs with a bold span = 2/1/4/1/5/3/7/4/6/6/7/12/7/11/7 per year
2012..2026 (84 non-blank non-heading lines minus the note line 212).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "banklab__banklab.github.io__src__lib__content__publications@5a212c4.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_year: dict[str, int] = {}
    year = None
    for i, text in enumerate(lines, 1):
        if re.match(r"##\s+\d{4}$", text):
            year = text.split()[-1]
            per_year[year] = 0
            continue
        if year is None or not text.strip() or "**" not in text:
            continue
        end = i
        while lines[end].strip() and not lines[end].startswith(("#", "<")):
            end += 1  # a note line wrapped under the paragraph
        m = re.search(r"\*\*(.+?)\*\*", text)
        e = entry(lines, i, end, m.group(1))
        if e["doi"] and e["doi"].startswith("10.64898/"):
            e["doi"] = re.sub(r"v\d+$", "", e["doi"])  # bioRxiv's new prefix: the version tail is no part of the DOI
        papers.append(e)
        per_year[year] += 1
    counts = [per_year[str(y)] for y in range(2012, 2027)]
    assert counts == [2, 1, 4, 1, 5, 3, 7, 4, 6, 6, 7, 12, 7, 11, 7], counts
    assert len(papers) == 83
    assert [p for p in papers if p["end"] != p["line"]] == [p for p in papers if p["line"] == 211]
    write_truth(NAME, PART, papers,
                "every paper paragraph under the year headings is an entry (papers, preprints, a book review article,"
                " PCI recommendations; the chapter+preprint record on line 135 is one entry); title = the first bold"
                " span; the italic note on line 212 belongs to the paragraph above",
                "per-year counts (83) against grep of bold spans; titles of all 2026, 2025, 2020 and 2012 entries"
                " and 20 others read against the file; DOIs as first written (doi: text, doi.org, dx.doi.org,"
                " publisher URLs), null for line 81's malformed 'doi: j.jip' and pii-only links")


if __name__ == "__main__":
    main()
