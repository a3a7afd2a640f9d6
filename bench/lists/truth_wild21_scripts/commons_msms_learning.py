"""Wild21 truth for commons-research/commons-dws-public vault/resources.mass-spectrometry.learning.md: a mass-spectrometry/chemistry note of shared papers.

Shape: a Dendron note (YAML front matter), one sentence, then 24 '- ' bullets that are each a
bare URL (doi.org, nature.com, arXiv abs/pdf, chemRxiv) with no title, then three '### Title'
headings each followed, after a blank line, by the paper's bare doi.org URL.  Every bullet is an
entry with title null (a URL slug, as in the chemRxiv PDF on line 30, is no title); every heading
is an entry whose title is the heading text, lines heading..URL.  Ids: the helper reads them from
the entry's own lines (a 10.48550/arXiv DOI gives both; nature.com article ids are no DOI;
chemRxiv DOIs keep their '-v3'/'-v4', which belong to the DOI).  Count check: 24 lines matching
'^- http' + 3 '^### ' lines = 27.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "commons-research__commons-dws-public__vault__resources.mass-spectrometry.learning@4fb9ed1.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = headings = 0
    for i, text in enumerate(lines, 1):
        if re.match(r"- https?://\S+$", text):
            papers.append(entry(lines, i, i, None))
            bullets += 1
        elif text.startswith("### "):
            j = i + 1
            while not lines[j - 1].strip():
                j += 1
            assert lines[j - 1].startswith("https://doi.org/"), j
            papers.append(entry(lines, i, j, text[4:]))
            headings += 1
    assert (bullets, headings) == (24, 3), (bullets, headings)
    write_truth(NAME, PART, papers,
                "each bare-URL '- ' bullet is an entry with title null; each '### Title' heading with the doi.org URL"
                " under it is an entry titled by the heading",
                "all 27 entries against the file: 24 untitled bullets with their ids (DOIs from doi.org URLs, arXiv"
                " from abs/pdf URLs and the 10.48550 DOI, none for the nature.com id and the two chemRxiv web URLs),"
                " the three headed entries' titles and DOIs")


if __name__ == "__main__":
    main()
