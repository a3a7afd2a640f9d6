"""Wild35 truth for wu-dd/Advances-in-Partial-and-Complementary-Label-Learning README.md: a curated list of
partial/complementary-label learning papers.

Shape: one bullet per paper, ``- [Title](url) (Venue Year) [:octocat:](code)``, under ``### <u>Topic</u>``
headings each preceded by an ``<a name=... />`` anchor (lines 75-455).  Every such bullet is one entry;
the title is the link text.  Special cases: three bullets link to an empty URL ``[Title]()`` (lines 226,
244, 276; still entries, no ids); two bullets are empty (``- `` at lines 229 and 278: not entries); some
link texts end with a space or hold a backtick span (line 410, ```Webly-Supervised```) or a stray ``)``
(line 210, kept as written); line 338 closes with full-width parentheses.  Not entries: the contents list
(32-69), the update log (26-28), the Dataset section (462-488: dataset downloads and dataset repositories),
the star-history badge and the list's own BibTeX (504-511).  195 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "wu-dd__Advances-in-Partial-and-Complementary-Label-Learning__README@b1c7f17.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not (75 <= i <= 455):
            continue
        m = re.match(r"^- \[(.*?)\]\([^)\s]*\)\s*(?:\(|（|$)", ln)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
        elif ln.startswith("- ["):
            raise SystemExit(f"unparsed bullet at {i}: {ln}")
    assert len(papers) == 195, len(papers)
    write_truth(NAME, PART, papers,
                "Each '- [Title](url) (Venue)' bullet in the Main and Applications sections is an entry, title = link text; empty bullets, the Dataset section and the list's own BibTeX are not entries.",
                "First and last entry of every section, the empty-URL bullets (226, 244, 276), lines 210, 338, 410 and a random sample of 25 checked by eye; count matches the file's '195 items' badge.")


if __name__ == "__main__":
    main()
