"""Wild9 truth for shliu-academic/POI-Recommend-Survey-Paper README: a literature survey's paper list
on spatio-temporal next-POI recommendation, sections 'Survey' and 'Models_' -> '### <kind>_Models' ->
'#### <year>(<count>)', each paper a three-line block:
'* Title.' / '<br>Venue<full-width spaces>Publisher' / '<br>[[paper]](url)'.

Entry = every top-level '* ' bullet outside the Dataset section and outside the HTML comment of lines
569-608 (the commented-out 'Other_Models' section, 8 bullets, which Markdown does not render); its
lines run from the bullet over the '<br>' lines that follow it.  Title = the bullet text without a
final '.'.  Not entries: the table-of-contents bullets (indented '  * [..](#..)'), the five Dataset
bullets ('Foursquare Dataset. [[Download]]': datasets without a paper), the Chinese introduction.
Ids come from the '[[paper]]' link (doi.org, dl.acm.org/doi, link.springer.com DOIs; a
10.48550/arXiv DOI also gives the arXiv id; ScienceDirect pii and IEEE document links give none).

Counts: 126 top-level '* ' bullets outside the comment, 5 of them Dataset; the 121 entries match
the counts the list writes in its year headings (14,6,4 / 2,8 / 8,9,20 / 13,13,12) plus 1 CNN and
11 Survey bullets (1+3+3+4).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "shliu-academic__POI-Recommend-Survey-Paper__README@81b861f.md"


def main() -> None:
    lines = read_lines(NAME)
    c0 = lines.index("<!--") + 1  # the commented-out section
    c1 = lines.index("-->") + 1
    papers = []
    section = ""
    counts: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            section = text
        if not text.startswith("* ") or c0 <= i <= c1 or section == "## Dataset":
            continue
        end = i
        while end < len(lines) and lines[end].startswith("<br>"):
            end += 1
        assert end == i + 2, (i, end)
        title = re.sub(r"\.\s*$", "", text[2:].strip())
        papers.append(entry(lines, i, end, title))
        counts[section] = counts.get(section, 0) + 1
    for head, n in counts.items():
        m = re.search(r"\((\d+)\)$", head)
        if m:
            assert int(m.group(1)) == n, (head, n)
    assert len(papers) == 121, len(papers)
    write_truth(NAME, "wild9_development", papers,
                "every top-level '* Title.' bullet with its '<br>Venue' and '<br>[[paper]](url)' lines is an entry"
                " (Dataset bullets and the HTML-commented Other_Models section excepted), title = the bullet"
                " text without a final '.'",
                "126 top-level bullets outside the comment: 5 Dataset, 121 entries, matching the '(n)' counts"
                " of every year heading; every entry is 3 lines (asserted); the commented section 569-608 and"
                " the TOC read; 25 titles spread over the sections and all DOI/arXiv ids against their lines")


if __name__ == "__main__":
    main()
