"""Wild2 truth for lockwo/qml-library README: '- [Title](url) (year)' bullets under topic headings.

Entries: every '- [' bullet after '## Contents' (the contents bullets above it are not
entries).  Title = the link text.  The Software section's bullets are papers describing
software (arXiv preprints: 'PennyLane: Automatic differentiation ...') and are entries; its
one bullet linking a GitHub awesome list ('Open-Source Quantum Software Projects', line 70) is
not.  The Quantum Views 'non-review' (a journal perspective) is an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "lockwo__qml-library__README@ce94559.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def main() -> None:
    start = LINES.index("## Contents") + 1
    for i, text in enumerate(LINES, 1):
        if i <= start or not text.startswith("- ["):
            continue
        if "github.com/qosf/awesome-quantum-software" in text:
            continue  # a GitHub list, not a paper
        m = re.match(r"- \[(.+?)\]\(", text)
        PAPERS.append(entry(LINES, i, i, m.group(1)))
    write_truth(
        NAME, PART, PAPERS,
        "every '- [Title](url) (year)' bullet after '## Contents' is an entry (one line); title = the link text;"
        " the contents bullets and the GitHub awesome-list bullet (line 70) are not entries",
        "count: 241 '- [' bullets (grep '^- \\[') minus 17 top-level contents bullets minus line 70 = 223; 177 arXiv links = 177 entries with an id; every other bullet matches"
        " '- [Title](url) (year)' (negative grep); first and last bullet of each section, ~20 random entries"
        " (title, arXiv id with version dropped), every bullet not linking arXiv/publisher pages (AAAI ojs, scirp),"
        " the Software section, all 15 DOIs (iopscience '/meta' tails dropped, APS abstract URLs, Springer, ACM); nature.com article ids left out",
    )


if __name__ == "__main__":
    main()
