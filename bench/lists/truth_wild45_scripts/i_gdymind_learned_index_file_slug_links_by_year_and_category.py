"""Wild45 truth for gdymind/Awesome-learned-index ``README.md``: a student's collection of learned-index papers
(databases and storage: RMI, ALEX, PGM-index, XIndex, LIPP, learned LSM trees, learned FTL) whose PDFs are kept in
the repository's ``papers/`` folder.

Shape (134 lines): a ``#`` title and one sentence, then "## By year" (``###`` 2018 ... 2023, lines 7-63) and "##
By category" (``###`` Survey/Benchmark/Tuning, Read-only, Updatable, Secondary Storage/Persistent Memory/LSM,
Radix-Spine based, Variable length string keys, Concurrency, Applications, lines 65-134).  Every record is a
numbered item ``N. [link text](papers/....pdf)`` with an optional note after a colon or a space (9, 17, 23, 33,
51, 60, 63, 80, 86), blank lines between the 2019 items only.  The link text is the PDF's file-name slug, not a
written title: a year, usually a venue or source tag, then the paper's name with ``_`` or ``-`` for spaces, often
shortened (``2020-SIGMOD-ALEX_Updatable_Adaptive_Learned_Index``, ``2021-PVLDB-Endownment-learned_cardition``,
``2023-FAST-ROLEX``); a few carry a real title with spaces (``2018-The case for learned index``, 77 ``The case
for learned index``, 60 ``2023-ASPLOS-LeaFTL- A Learning-Based Flash Translation Layer for Solid-State Drives``).
Three records are talk slides (27 and 100 ``2020-OSDI-Bourbon_learned_LSM_slides``, 118
``2020-SIGMOD-HOPE_slides``).
Numbering restarts per section and is broken in Applications (131-134: 1, 2, 2, 3, 2); one link points outside
``papers/`` (29).  The by-category part repeats papers of the by-year part.

Decisions:
- Entries (79): every numbered record except the three slide decks; a paper repeated in another section is
  another entry (the HOPE encoding paper 33/117 is kept although the note says it is "not learned index").
- Span: the record's line.
- Title: the link text without the leading year (``2018-``) and the venue or source tag that follows it
  (aiDM, AIDB, APSys, ASPLOS, FAST, ICDEW, ICLR, OSDI, PPoPP, PVLDB, PVLDB-Endowment and its misspelling
  PVLDB-Endownment, SIGMOD, SIGMOD-demo, TOS, VLDB, arxiv, workshop_NIPS), otherwise kept as written, ``_`` and
  ``-`` included; ``null`` where what remains is only the system's nickname, or a nickname with a note
  (``Radix_Spline``, ``HOPE``, ``ROLEX``, ``PLEX_RS+CHT``, ``Xindex-most-recent``).
- Ids: none (repository PDFs only).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "gdymind__Awesome-learned-index__README@1a0f5ee.md"
PART = "wild45_development"

ITEM = re.compile(r"^\d+\. \[([^\]]+)\]\(([^)]+)\)")
TAG = re.compile(
    r"^(?:\d{4}-)?(?:(?:PVLDB-Endownment|PVLDB-Endowment|SIGMOD-demo|workshop_NIPS|aiDM|AIDB|APSys|ASPLOS|FAST"
    r"|ICDEW|ICLR|OSDI|PPoPP|PVLDB|SIGMOD|TOS|VLDB|arxiv)[-_])?"
)
NICKNAME_ONLY = {"Radix_Spline", "HOPE", "ROLEX", "PLEX_RS+CHT", "Xindex-most-recent"}
SLIDES = {27, 100, 118}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = 0
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.strip() or ln.startswith("#") or n == 3, (n, ln)
            continue
        items += 1
        if m.group(1).endswith("_slides"):
            assert n in SLIDES, (n, ln)
            continue
        rest = TAG.sub("", m.group(1), count=1)
        assert rest and not re.match(r"\d{4}", rest), (n, rest)
        title = None if rest in NICKNAME_ONLY else rest
        papers.append(entry(lines, n, n, title))
    assert items == 82, items
    assert len(papers) == 79, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered '[file-name slug](papers/x.pdf)' record of the by-year and by-category lists is one paper"
        " (79, repeats counted again), except the three '_slides' decks; title = the link text without its leading"
        " year and venue/source tag, underscores and hyphens kept as written, null when only a nickname (with a"
        " note) remains (Radix_Spline, HOPE, ROLEX, PLEX_RS+CHT, Xindex-most-recent); no ids.",
        "Script asserts every non-item line is blank, a heading or the intro sentence; all 79 -v lines compared with"
        " the file by eye: every section's first and last record, the tags stripped (workshop_NIPS, PVLDB-Endownment,"
        " SIGMOD-demo, SIGMOD_, ICLR_, arxiv-), the titles with spaces (9, 60, 63, 77, 92, 131, 134), the five"
        " nickname-only records set to null, the three slide decks skipped (27, 100, 118), the broken numbering in"
        " Applications (131-134), the link outside papers/ (29).",
    )


if __name__ == "__main__":
    main()
