"""Wild14 truth for sysartifacts/sysartifacts.github.io _conferences/osdi2020/results.md: OSDI 2020 artifact-evaluation results.

A Jekyll page (front matter, a <style> block, submission and badge counts), then two bullets under
'**Distinguished Artifact Award**:' of the form '* **"Title"** by Authors (Affiliation)' (one with a
'<br>' before 'by'), then a three-column table 'Paper title | Awarded Badges | Available at' whose
rows are '| [Title](usenix presentation url) <br> **Distinguished Artifact Award** | <span>BADGE</span>... | [Github](url) |'.
Entries: every table body row (48) and the two award bullets (the same two papers named again: a
repeated record is a separate entry).  Title = the row's link text / the bullet's quoted bold text.
The 'Available at' cell links artifacts (GitHub, Zenodo DOI, Docker...); the one Zenodo DOI is the
artifact's, taken as the row's DOI because the row writes it.  The count bullets ('47 Artifact
Available') are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "sysartifacts__sysartifacts.github.io___conferences__osdi2020__results@b5aaf5a.md"
PART = "wild14_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    rows = bullets = 0
    for i, text in enumerate(LINES, 1):
        m = re.match(r'\* \*\*"(.+?)"\*\*', text)
        if m:
            papers.append(entry(LINES, i, i, m.group(1)))
            bullets += 1
            continue
        m = re.match(r"\| \[(.+?)\]\(https://www\.usenix\.org/conference/osdi20/presentation/[\w-]+\)", text)
        if m:
            papers.append(entry(LINES, i, i, m.group(1)))
            rows += 1
        else:
            assert not text.startswith("| ["), i
    assert (rows, bullets) == (48, 2), (rows, bullets)
    assert sum(1 for t in LINES if t.startswith("|")) == 50  # header + separator + 48 rows
    write_truth(NAME, PART, papers,
                "every table body row is an entry (title = its link text to the USENIX presentation page) and so"
                " is each of the two Distinguished Artifact Award bullets (title = the quoted bold text, authors"
                " after 'by' dropped); ids are whatever the row writes (one Zenodo artifact DOI)",
                "all 50 entries by eye against the file (48 rows = 50 '|' lines minus header and separator; 2 award"
                " bullets); the count bullets and the header are not entries; the one DOI is the Zenodo link of the"
                " Pivoted Query Synthesis row")


if __name__ == "__main__":
    main()
