"""Wild30 truth for jianing-li/awesome-neuromorphic-object-detection README.md: a survey companion
list of neuromorphic (event-camera / spiking) object detection papers.

Shape: `#` topic headings with `###` sub-headings; every record is one `- ` (or `* `) list line.
Four record shapes:
- Surveys (lines 22-24): `<a name=..></a>Authors, **_[Title](url)_**, venue, year.` (line 24 is a
  Chinese survey, its title kept as written).
- Datasets (lines 31-51): `[DatasetName](dataset url), *Paper title*, venue, year.` Each names the
  paper that introduced the dataset, so each is an entry whose title is the italic paper title; the
  dataset name in front is a label, dropped.
- Event representations (lines 58-82): `**Label**, [Title](url), venue, year.`; the bold label
  (a representation name or method nickname) is dropped, the title is the link text.
- Everything else (lines 89-269): `[<a name=..></a>] Authors, *[Title](url)*, venue, year. [Code](..)`;
  the title is the link text. Line 157 has a stray `*` after the link, lines 136, 160 and 231
  have empty link targets `()`; titles are still the link text. Lines 156-157 use `* ` bullets.
Not entries: the table of contents (5-15), headings, and the `*Updating*` placeholders (282, 286).
Repeated records (the same paper in several sections) are separate entries.
The SPIE URL on line 227 ends in `.short`, a URL tail; its DOI is 10.1117/12.3011053.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "jianing-li__awesome-neuromorphic-object-detection__README@567eb83.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if i < 20 or not re.match(r"^[-*] ", ln):
            continue
        if ln.startswith("- ###") or "*Updating*" in ln:
            continue
        if 31 <= i <= 51:
            m = re.match(r"^- \[[^\]]+\]\([^)]*\), \*([^*]+)\*,", ln)
            title = m.group(1)
        elif 58 <= i <= 82:
            m = re.match(r"^- \*\*[^*]+\*\*, \[([^\]]+)\]\(", ln)
            title = m.group(1)
        else:
            m = re.search(r"\[([^\]]+)\]\([^)]*\)", ln)
            title = m.group(1)
        p = entry(lines, i, i, title)
        if i == 227:
            assert p["doi"] == "10.1117/12.3011053.short", p["doi"]
            p["doi"] = "10.1117/12.3011053"
        papers.append(p)
    assert len(papers) == 131, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every list line after the table of contents is an entry (surveys, dataset lines naming their"
        " paper, representation lines, author-first citations); the title is the italic/linked paper"
        " title, dataset names and bold representation labels dropped; *Updating* placeholders skipped.",
        "All 131 entries checked by eye against the file, including the dataset lines 31-51, the"
        " labelled lines 58-82, the Chinese survey (24), the broken-italic line 157, empty links"
        " (136, 160, 231) and the SPIE DOI on line 227.",
    )


if __name__ == "__main__":
    main()
