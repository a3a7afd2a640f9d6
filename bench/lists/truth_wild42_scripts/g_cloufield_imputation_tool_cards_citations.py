"""Wild42 truth for Cloufield/CTGCatalog Tools/Imputation/README.md: one page of a personal catalogue of
statistical-genetics / bioinformatics tools (CTGCatalog), here genotype phasing and imputation tools, reference
panels and imputation servers, each tool with the papers to cite for it.

The file is taken from commit 4673a99 (2024-05-22), its last version: commit f08ae29 (2025-02-09) deleted the
Markdown pages when the catalogue moved to JSON + MkDocs, and the newest snapshot has no such file.

Shape: a ``# Contents`` outline (1-24: nested "- " / "    - " bullets naming the tools, not links), then one ``##``
section per tool, panel, server or review (26-185), each a flat list of ``- KEY: value`` bullets: CATEGORY, URL
(tool home pages, GitHub, server sites), FULL NAME, SHORT NAME, DESCRIPTION, KEYWORDS, and ``- CITATION: ...``
lines, one per paper (up to six for a tool: BEAGLE 29-32, SHAPEIT 45-50).  The CITATION value is in one of two
styles, copied from Google Scholar:
- MLA-like: ``Surname, First, et al. "Title." Journal vol.issue (Year): pages.`` (29-32, 37-38, 47-50, 55-58,
  67-70, 75, 93, 101, 153, 177, 181, 185); 97 closes the quote before the period (``"...imputation".``); 173 has
  no authors at all (``"A reference panel of 64,976 haplotypes ..." Nature genetics 48, no. 10 (2016)``); 93 and
  97 have a consortium as author.
- APA: ``Surname, I., ... & Surname, I. (Year). Title. Journal, vol(issue), pages.`` (45-46, 83-84, 88, 108, 115,
  121, 129, 137, 142, 147, 158, 163, 168); 121 stops after the title (no venue); 158 ends its author list with a
  consortium ("& Han100K Initiative. (2021).").
Many start with a version tag in parentheses naming which release the paper describes: ``(beagle 4.1)``,
``(EAGLE1)``, ``(SHAPEIT5)``, ``(pre-phasing, minimac)``, ``(using GLIMPSE for ancient DNA)``; after "CITATION:"
the space is sometimes missing (37, 45, 75, 147) and so is the space after the tag (30 "(beagle 4.1)Browning").
The same paper is cited again under another heading: the TOPMed paper (101 MLA, 147 APA), Das et al. 2016 (70,
153), the HRC panel paper (97, 173); SHAPEIT5 is cited as the 2023 journal paper (45) and its 2022 bioRxiv
preprint (46).  No DOIs or arXiv ids in the citations.

Decisions:
- Entries: every CITATION line (42), one line each; repeated citations are separate entries (the convention).
  Tool URLs, names, descriptions, keywords and the contents outline are not entries.
- Title: the quoted title (final "." inside the quotes dropped) for the MLA lines, the sentence after "(Year). "
  for the APA lines; the version tag is dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "Cloufield__CTGCatalog__Tools__Imputation__README@4673a99.md"
PART = "wild42_development"

CIT = re.compile(r"^- CITATION: ?(.+)$")
MLA = re.compile(r'"([^"]+?)\.?"')
APA = re.compile(r"\(\d{4}\)\. (.+?)\.(?: |$)")


def main() -> None:
    lines = read_lines(NAME)
    papers, styles = [], {"mla": 0, "apa": 0}
    for n, ln in enumerate(lines, 1):
        if "CITATION" not in ln:
            continue
        m = CIT.match(ln)
        assert m, (n, ln)
        text = m.group(1)
        if (q := MLA.search(text)) is not None:
            title = q.group(1)
            styles["mla"] += 1
        else:
            a = APA.search(text)
            assert a, (n, text)
            title = a.group(1)
            styles["apa"] += 1
        papers.append(entry(lines, n, n, title))
    assert styles == {"mla": 27, "apa": 15}, styles
    assert len(papers) == 42, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- CITATION:' bullet of the tool sections (42) is an entry on its line; title = the quoted title of the"
        " MLA-style citations (final '.' dropped) or the sentence after '(Year). ' of the APA ones, the '(tool"
        " version)' tag dropped; URLs, names, descriptions, keywords and the contents outline are not entries;"
        " repeated citations are separate entries.",
        "Whole file (185 lines) read: the contents outline (1-24) and all URL/CATEGORY/NAME/DESCRIPTION/KEYWORDS"
        " bullets excluded by eye; all 42 CITATION lines compared with the -v output: version tags with and"
        " without a following space (29-32, 30, 37-38, 45-50, 55-58, 67-70, 84), missing space after 'CITATION:'"
        " (37, 45, 75, 147), the quote closed before the period (97), the authorless 173, consortium authors"
        " (93, 97, 158), the APA citation with no venue (121), repeats (70/153, 97/173, 101/147) and the"
        " preprint/journal pair 45/46; no DOI or arXiv id in any citation.",
    )


if __name__ == "__main__":
    main()
