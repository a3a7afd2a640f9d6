"""Wild26 truth for BonacchiLab/bonacchilab.github.io docs/publications.md: a lab's publication page (MkDocs).

Shape: a neuroscience lab's publication list under '## 2025', '## 2024', '## 2023', '## 2022',
'## 2021', '## 2015' and '## Preprints'; one '- ' bullet per record, three lines each: the author
list ending in '(year).' and a hard break (two trailing spaces), the title line
'Title[.] ***Journal***, *vol*, pages', and a '[doi](https://doi.org/...)' line; blank lines between.
Line 3 is an HTML comment (the old 'in press' admonition, now empty).
Special cases: line 23 has no break after '(2025)': the title follows on the same line
('(2025) Reproducibility of ... mice ***eLife***'), record = lines 23-24.  Line 80 sets its venue in
double asterisks ('**ELife**') not triple.  Line 9's link text names a different DOI
(.../s41586-025-09235-0, a copy of line 13's) from its URL (.../s41586-025-09226-1); the first one
written, the link text, is the one the helper takes.
Not entries: the '!!! quote "**Datasets**"' admonition (lines 32-55): six indented records of
Cogitate fMRI/iEEG/MEEG BIDS and RAW data sets at the Max Planck Institute (data, not papers).
The Scientific Data descriptor on lines 15-17 is a journal article and is an entry.
Title = the title line up to the venue's first asterisk, a final '.' dropped.
Count check: 21 top-level '- ' bullets = 5 (2025) + 1 + 1 + 1 + 3 + 1 (2015) + 9 preprints; the six
indented dataset bullets are skipped; 21 entries, all with a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "BonacchiLab__bonacchilab.github.io__docs__publications@5d81fcd.md"
PART = "wild26_development"
SAME_LINE = 23


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    datasets = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("    - "):
            datasets += 1
            continue
        if not text.startswith("- "):
            continue
        if i == SAME_LINE:
            m = re.search(r"\(2025\) (.+?) \*", text)
            assert m, i
            title, last = m.group(1), i + 1
        else:
            assert re.search(r"\(\d{4}\)\.?\s*$", text), i
            m = re.match(r"(.+?)\s*\*", lines[i])
            assert m, i + 1
            title, last = m.group(1), i + 2
        assert lines[last - 1].startswith("[") and "doi.org/" in lines[last - 1], last
        papers.append(entry(lines, i, last, title.strip().rstrip(".").strip()))
    assert datasets == 6, datasets
    assert len(papers) == 21, len(papers)
    write_truth(NAME, PART, papers,
                "every top-level bullet (authors line, title line, DOI line) is one paper; title = the line after the"
                " authors up to the venue's asterisks, a final '.' dropped (line 23: the text after '(2025)' on the"
                " same line); the six data-set records in the indented 'Datasets' admonition are not entries",
                "all 21 entries and the 6 skipped data-set records read by eye against the -v output (small file);"
                " every title found in its lines; DOIs checked against each record's link line, incl. line 9 whose"
                " link text and URL disagree; the HTML comment on line 3 holds no record")


if __name__ == "__main__":
    main()
