"""Wild28 truth for sjevelazco/flexsdm docs/articles/pkg_citation.md: an ecology R package's page of
papers that cited it (pandoc-rendered Markdown of a vignette).

Shape: a heading and prose; '## Cite our package as' with the package paper as a wrapped reference
paragraph (lines 10-13) and its BibTeX in a ```bib fence (15-30); then '## 2025', '## 2024',
'## 2023', '## 2022' sections, each a numbered list restarting at 1 ('1.  ' / '10. '), every item
wrapped at 72 columns with 4-space continuation lines and a blank line between items.  Items are
Harvard ('Authors, 2025. Title. *Journal*, *vol*(no), pages. <url>') or APA ('Authors (2023).
Title. *Journal*') references with the URL as an angle-bracket autolink; year variants
'(2024) ', '(2024), ', ', (2024) ', 'A.J.(2024).' (line 438, no space).  Title = the text between the year and the italic journal
('. *'), wrapped lines joined with a space, the final '.' dropped ('?' kept, line 245:
'...Vulnerability?.').
Special cases (OVERRIDE, each checked against the joined item text): line 300 has no year (title
after the author 'Velazco, S.J.E.', two sentences); line 317 closes the title with a broken
italic 'Brazil*.* Perspectives ...\\*.'; line 623 puts the year after the title ('Model. (2022)').
Several 2025 papers are repeated in 2024 (e.g. lines 343, 360, 379); repeats are separate entries.
Not entries: the 'Cite our package as' reference paragraph and its BibTeX block, the page's own
boilerplate citation of the package (the tool the page is about), and the prose.
IDs: DOIs from doi.org / dx.doi.org links and from publisher URLs that contain them (Wiley
/doi/abs/ and /doi/full/, Taylor & Francis, Springer /article/10.1007/..., bioRxiv with its
'v1.abstract' tail); ScienceDirect pii and MDPI URLs give none.
Count check: 99 numbered items (2025: 47, 2024: 36, 2023: 15, 2022: 1) = 99 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "sjevelazco__flexsdm__docs__articles__pkg_citation@fa44962.md"
PART = "wild28_development"
OVERRIDE = {
    300: "On protected areas and other effective area-based conservation measures to conserve biodiversity."
         " Exploring their contribution to Colombian snakes",
    317: "Climate change and feeble governance threaten the endangered endemic Cerrado flora in Brazil",
    623: "Spatial Potential of Recreational Services in Western Hubei Region in Light of the \u201cAll-for-One"
         " Tourism\u201d Development\u2014A Machine Learning Approach Based on Ensemble Model",
}
YEAR = re.compile(r"^\d+\.\s+.*?(?:,\s*\(?|\s*\()(?:19|20)\d\d[a-z]?\)?[.,]?\s+")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_year = {}
    section = None
    i = 0
    while i < len(lines):
        text = lines[i]
        if text.startswith("## "):
            section = text[3:]
        if re.match(r"^\d+\.\s", text):
            first = i + 1
            j = i
            while j + 1 < len(lines) and lines[j + 1].startswith("    "):
                j += 1
            joined = " ".join(ln.strip() for ln in lines[i:j + 1])
            if first in OVERRIDE:
                title = OVERRIDE[first]
                assert title in joined, first
            else:
                m = YEAR.match(joined)
                assert m, first
                rest = joined[m.end():]
                e = re.search(r"\s*\*", rest)
                assert e, first
                title = re.sub(r"\.$", "", rest[: e.start()])
            papers.append(entry(lines, first, j + 1, title))
            per_year[section] = per_year.get(section, 0) + 1
            i = j + 1
            continue
        i += 1
    assert per_year == {"2025": 47, "2024": 36, "2023": 15, "2022": 1}, per_year
    assert len(papers) == 99, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered item under the year headings is an entry (wrapped items span their continuation"
                " lines); title = the text between the year and the italic journal, written out for the item"
                " without a year, the broken-italics item and the item with the year after the title; the package's"
                " own 'Cite our package as' reference and BibTeX are not entries",
                "first and last item of each year section, a sample of about 25 items, the three overrides, the"
                " '?.' title, the repeated 2025/2024 papers; DOIs checked on Wiley, T&F, Springer and bioRxiv URLs")


if __name__ == "__main__":
    main()
