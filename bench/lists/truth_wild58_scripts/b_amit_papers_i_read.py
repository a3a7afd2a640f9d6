"""Wild58 truth for AmitHasanShuvo/papers-i-read README.md at cf1aa1b (2023-02-12): a graduate student's "Papers I
Read" log, "summaries and notes from papers I've read, primarily those with an emphasis on machine learning and
software engineering" (mining software repositories, pull requests, code review, CI/CD); each paper has its own
notes file in the repository, the README only lists them.

Shape: 34 lines, 4 KB, UTF-8.  Title (1), intro (3), ``#### Tags:`` (5) with a first, centred pipe table
``| **Domain** | **Tags** |`` (7-14: Mining Software Repositories / MSR, ..., Continuous Integration/Deployment /
CI/CD), ``<br>`` (16), a sentence (18), then the paper table (20-34):
``| **Papers I Read** | **Authors** | **Note/Annotated bibliography?** | **Tags** |`` with a centred separator (21)
and 13 rows (22-34), cells padded with many spaces for centring:
``|      Noise and Heterogeneity in Historical Build Data      | Keheliya Gallaba et al. |    Note    | RE, MSR, SE, DA |``.
The title cell is plain text (no link); authors are "First Last et al." or "Surname et al.".

Special cases:
- 31: the title cell ends with the journal: ``What kind of questions do developers ask on Stack Overflow? A
  comparison of automated approaches to classify posts into question categories. Empirical Software Engineering``;
  the venue after the last ``. `` is dropped from the title.
- 32 uses a typographic apostrophe (``What’s a Typical Commit? ...``), kept.
- 24 and 25 drop the colon of the real titles (``CC2Vec Distributed Representations of Code Change``,
  ``Commit2vec Learning distributed representations of code changes``): kept as written.
- The last row (34) is padded differently from the others (no centring on the right); still one row.

Decisions:
- Entry = each body row of the ``Papers I Read`` table: 13 entries (22-34), one line each.  Title = first cell,
  stripped (31 without its journal name).
- The Tags table (7-14) lists research areas, not papers: not entries.  Header and separator rows are not entries.
- No row carries a link, so no arXiv id or DOI.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "AmitHasanShuvo__papers-i-read__README@cf1aa1b.md"
PART = "wild58_development"

HEADER = re.compile(r"^\|\s*\*\*Papers I Read\*\*\s*\|")
SEP = re.compile(r"^\|[\s\-|:]+\|?\s*$")
VENUE = ". Empirical Software Engineering"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        if HEADER.match(ln):
            in_table = True
            continue
        if not in_table:
            continue
        if not ln.startswith("|"):
            in_table = False
            continue
        if SEP.match(ln):
            continue
        title = ln.split("|")[1].strip().removesuffix(VENUE)
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 13, len(papers)
    assert sorted(by) == list(range(22, 35)), sorted(by)
    assert by[22]["title"] == "Noise and Heterogeneity in Historical Build Data", by[22]
    assert by[24]["title"] == "CC2Vec Distributed Representations of Code Change", by[24]
    assert by[31]["title"] == (
        "What kind of questions do developers ask on Stack Overflow? A comparison of automated approaches to"
        " classify posts into question categories"
    ), by[31]
    assert by[32]["title"] == "What’s a Typical Commit? A Characterization of Open Source Software Repositories", by[32]
    assert by[34]["title"] == (
        "Mining Code Review Data to Understand Waiting Times Between Acceptance and Merging: An Empirical Analysis"
    ), by[34]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the 'Papers I Read | Authors | Note/Annotated bibliography? | Tags' pipe table"
        " (lines 22-34) is one entry, one line each: 13 entries.  Title = the first cell, stripped of its centring"
        " spaces; at 31 the trailing journal name '. Empirical Software Engineering' is dropped.  The Domain/Tags"
        " table (7-14) lists research areas and is not an entry; header and separator rows are not entries.",
        checked="Read the whole file; compared the -v output with all 13 rows cell by cell (typographic apostrophe"
        " at 32, colon-less titles at 24-25, the differently padded last row 34, the journal suffix at 31) and"
        " checked that no Tags-table row is listed.",
    )


if __name__ == "__main__":
    main()
