"""Wild35 truth for abrahamnunes/abrahamnunes.github.io misc/computational-psychiatry-bib.md: "Some Nice
Computational Psychiatry Papers", a psychiatrist's Jekyll page (file deleted in the next commit, so the
last commit holding it, 638e94f, is used).

Shape: Jekyll front matter (lines 1-5), then topic headings (``##`` / ``###``) over numbered APA references
without Markdown links: ``N. Authors (YYYY). Title. Journal, vol(issue), pages. doi:10.xxx`` (two use
``http://doi.org/...``, one has no DOI, line 26).  Every numbered line is one entry (40).  The title runs
from after ``(YYYY). `` to the first sentence end: a ``. `` or, for question titles, the ``?`` (kept)
before the journal (``Are computational models of any use to psychiatry? Neural Networks``, line 13;
``Charles Bonnet Syndrome: ... in the Cortex? PLoS Computational Biology``, line 71).  Author lists contain
initials like ``D. a.`` and ``…`` but the title search starts after the year.  Line 54 writes
``Depression:A Decision-Theoretic Analysis`` with no space; kept as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "abrahamnunes__abrahamnunes.github.io__misc__computational-psychiatry-bib@638e94f.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not re.match(r"^\d+\. ", line):
            continue
        rest = line[re.search(r"\(\d{4}\)\. ", line).end():]
        m = re.search(r"\? |\. ", rest)
        title = rest[: m.start() + (1 if m.group(0) == "? " else 0)]
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 40, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered APA reference is an entry; the title is the text after '(YYYY). ' up to the first"
        " '. ' (or through a '?' ending a question title); the DOI is the doi:/doi.org text on the line.",
        "All 40 entries read by eye against the file (every line), including the question titles and the"
        " reference without a DOI.",
    )


if __name__ == "__main__":
    main()
