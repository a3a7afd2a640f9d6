"""Wild58 truth for enso-org/enso docs/types/references.md at b7c9833 (2022-01-10): the "References" page of the
Enso language's developer docs, listing papers behind Enso's type system.  A project bibliography (PL).

Shape: 71 lines.  Jekyll front matter (1-7), "# References" (9), intro (11-13), a MarkdownTOC comment block with
a bullet list of anchor links (15-25), then seven "## <topic>" sections (27-71), each a bullet list of
``- [Title](url)`` links, one paper a line, no authors, venue or year:
- Gradual Typing 29-31; Maximum Inference Power 35-43; Monadic Contexts 47; Refinement Typing and Compiler
  Assistance 51-53; Rows 57-59; Types and Performance 63-67; Usability 71.

Special cases:
- The TOC bullets (17-23) are links to ``#anchors``: not entries.
- 53: the title holds an escaped asterisk ``F\\*``; the title keeps ``F*`` (escape removed, as rendered).
- 58 "Algebraic Subtyping" links a PhD thesis (sd601/thesis.pdf); 35 a PDF mirror on GitHub; both are kept as
  entries (research works with a title).
- 29 links arxiv.org/abs/1906.06469 (arXiv id taken from the link); no DOIs.

Decisions: entry = every ``- [Title](url)`` bullet under a "##" topic heading (27-71): 25 entries, one line
each.  Title = the link text, with the Markdown escape backslash removed.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "enso-org__enso__docs__types__references@b7c9833.md"
PART = "wild58_development"

BULLET = re.compile(r"^- \[(?P<title>.+?)\]\((?P<url>[^)]+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_topics = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            in_topics = True
            continue
        if not in_topics:
            continue
        m = BULLET.match(ln)
        if m and not m.group("url").startswith("#"):
            title = m.group("title").replace("\\*", "*")
            papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 25, len(papers)
    assert sorted(by) == (
        [29, 30, 31] + list(range(35, 44)) + [47, 51, 52, 53, 57, 58, 59] + list(range(63, 68)) + [71]
    ), sorted(by)
    assert by[29]["title"] == "Approximate Normalisation for Gradual Dependent Types", by[29]
    assert by[29]["arxiv"] == "1906.06469", by[29]
    assert by[40]["title"] == "MLF: Raising ML to the Power of System-F", by[40]
    assert by[53]["title"] == "Towards a Provably Correct Encoding from F* to SMT", by[53]
    assert by[66]["title"] == "Partial Type-Constructors", by[66]
    assert by[71]["title"] == "Explaining Type Errors", by[71]
    assert 17 not in by and 23 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- [Title](url)' bullet under the seven '## <topic>' headings (lines 29-71) is one entry,"
        " one line each.  Title = the link text (escape backslash in 'F\\*' removed).  The MarkdownTOC bullets"
        " (17-23) link to #anchors and are not entries.",
        checked="Read the whole file; compared the -v output with all 25 bullets title by title, checked the TOC"
        " bullets are absent, the F* title at 53 and the arXiv id from the arxiv.org/abs link at 29.",
    )


if __name__ == "__main__":
    main()
