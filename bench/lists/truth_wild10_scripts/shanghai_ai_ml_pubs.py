"""Wild10 truth for shanghai-ai-ml/shanghai-ai-ml.github.io pub.md: a research group's publication page
(Jekyll front matter, 'This page lists all of our publications.').

Shape: '### 2025' ... '### 2021' headings, each over an HTML '<ul style=...>' whose items are
multi-line '<li>' blocks: '<li><a href="url">' with the title on the next line (tab-indented, or
on the same line) closing '</a>', then '<br>Authors.' and '<br>Venue <a>(ACRONYM)</a>. Year'
(some '<em style="color:red">Nature Communications</em>'), an optional
'<em style="color:red">(Outstanding Paper)</em>' after the title, and '<br /> </li>'.  Most items
are preceded by a one-line HTML comment naming the venue ('<!-- ICML 2025 -->'); no item is
commented out.

Entry = every '<li>' ... '</li>' block (101: journal articles and conference papers, one PNAS
article, an ML4H paper); its lines run from the '<li>' line to the '</li>' line (the venue comment
above is not part of it).  Title = the text of the item's first '<a ...>...</a>', whitespace
collapsed (the final '.' of the PNAS title dropped; 'Polyak-{\\L}ojasiewicz' kept as written).  One
link is a placeholder ('https://placeholder.cn'); the item is still an entry.  DOIs from the bioRxiv,
ACM and Springer links; nature.com article ids and ScienceDirect pii are not DOIs.

Count check: 101 '<li' and 101 '</li>' by grep; per year heading, counted from a dump of the
blocks: 2025 17, 2024 31, 2023 26, 2022 18, 2021 9.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "shanghai-ai-ml__shanghai-ai-ml.github.io__pub@928ca73.md"
PART = "wild10_development"
LINES = read_lines(NAME)
PER_YEAR = {"2025": 17, "2024": 31, "2023": 26, "2022": 18, "2021": 9}


def main() -> None:
    papers = []
    counts: dict[str, int] = {}
    year = None
    i = 0
    while i < len(LINES):
        text = LINES[i]
        h = re.match(r"### (\d{4})$", text)
        if h:
            year = h.group(1)
        if "<li" not in text:
            i += 1
            continue
        j = i
        while "</li>" not in LINES[j]:
            j += 1
        block = "\n".join(LINES[i : j + 1])
        m = re.search(r"<a href=\"[^\"]*\">(.*?)</a>", block, re.DOTALL)
        assert m, i + 1
        papers.append(entry(LINES, i + 1, j + 1, m.group(1)))
        counts[year] = counts.get(year, 0) + 1
        i = j + 1
    assert counts == PER_YEAR, counts
    assert len(papers) == 101
    write_truth(NAME, PART, papers,
                "every HTML '<li>' ... '</li>' publication block under the year headings is an entry (lines from"
                " '<li>' to '</li>'); title = the text of its first '<a href>' link; DOIs from bioRxiv, ACM and"
                " Springer links",
                "a dump of all 101 blocks with their titles, author and venue lines; every title checked against"
                " the file; the HTML comments naming venues (all one-line, none hiding an item), the placeholder"
                " link, the '(Outstanding Paper)' tag after a title, the DOIs and arXiv ids")


if __name__ == "__main__":
    main()
