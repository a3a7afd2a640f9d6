"""Wild8 truth for RUCAIBox/Top-conference-paper-list KDD2022_KDD2021_AAAI2022_RS_papers.md.

Shape: a Pandoc-converted list of recommender-system papers of KDD 2022, KDD 2021 and AAAI 2022,
grouped under setext headings (Task / Topic / Technique / Analysis / Other) and '###' topics.
Each paper is one bullet '-   Title VENUE YEAR [中文说明]' with no link at all: the plain title,
then the venue and year ('KDD 2022', 'AAAI 2022', once 'AAAI2022'), then a short Chinese note in
square brackets.  One record (line 184, 'Modeling Attrition ... AAAI 2022 [...]') has lost its
'-   ' marker and sits right under the bullet before it (a lazy continuation in Markdown); it is a
separate paper on its own line and is taken as its own entry.

Entry = each such line; title = the text before the venue and year (the Chinese note and the venue
are dropped).  Not entries: the table of contents (lines 8-51, anchors only) and the intro line 4
naming the conferences.  Repeated papers (several appear in two topics) are separate entries.
No entry has an arXiv id or a DOI (no links).

Counts: 89 lines start with '-   ' (grep), 5 of them the top-level TOC items, so 84 paper bullets,
plus the unmarked line 184: 85 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "RUCAIBox__Top-conference-paper-list__KDD2022_KDD2021_AAAI2022_RS_papers@edc6e28.md"
PART = "wild8_development"
LINES = read_lines(NAME)

REC = re.compile(r"^(?:-   )?(?P<title>\S.*?)\s+(?:KDD|AAAI) ?20\d\d\s+\[[^\]]*\]\s*$")


def main() -> None:
    papers = []
    toc_end = 51
    for i, text in enumerate(LINES, 1):
        if i <= toc_end:
            continue
        m = REC.match(text)
        if m:
            papers.append(entry(LINES, i, i, m.group("title")))
        else:
            assert not text.startswith("-   "), (i, text)
    bullets = sum(1 for i, t in enumerate(LINES, 1) if t.startswith("-   ") and i > toc_end)
    assert bullets == 84, bullets
    assert len(papers) == 85, len(papers)
    assert any(p["line"] == 184 for p in papers)
    write_truth(
        NAME, PART, papers,
        "every line after the TOC of the form '-   Title VENUE YEAR [Chinese note]' (plus line 184, the same record"
        " without its bullet marker) is an entry; title = the text before the venue and year",
        "all 85 entries by eye against the file (titles end before 'KDD 2022'/'AAAI 2022'/'AAAI2022', Chinese"
        " notes dropped, line 184 kept); counted 84 '-   ' bullets after the TOC with grep plus line 184; TOC and"
        " intro give no entry; duplicates across topics kept",
    )


if __name__ == "__main__":
    main()
