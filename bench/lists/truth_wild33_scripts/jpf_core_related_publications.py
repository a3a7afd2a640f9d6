"""Wild33 truth for javapathfinder/jpf-core docs/papers/Related-publications.md: the Java PathFinder
documentation site's page of related publications, written for pandoc-citeproc.

Shape: a docs page whose papers are bare pandoc citation keys, one per paragraph (`@visser:2003`,
lines 16-131), under `## ... ##` topic headings; a YAML metadata block in the middle of the file
(lines 9-12) points at references.bib and a CSL style, and the closing `## References ##` heading
(line 133) is where pandoc would render the bibliography, so the Markdown itself names no titles.
Every `@key` line is one entry (50 entries) with title None (the record names only a key) and no
ids. Not entries: the intro paragraph and note (lines 3-6), the YAML block, the headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "javapathfinder__jpf-core__docs__papers__Related-publications@2bf9872.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if re.fullmatch(r"@[\w:]+", ln.strip()):
            papers.append(entry(lines, i, i, None))
    assert len(papers) == 50, len(papers)
    write_truth(NAME, PART, papers,
                "Each paragraph that is a bare pandoc citation key (@author:year) is one entry with title None"
                " (the page names only the key; the bibliography is rendered from references.bib).",
                "All 50 key lines read against the file by eye; YAML block, intro and headings are not entries.")


if __name__ == "__main__":
    main()
