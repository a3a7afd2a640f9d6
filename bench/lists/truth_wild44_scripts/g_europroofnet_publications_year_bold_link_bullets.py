"""Wild44 truth for EuroProofNet/europroofnet.github.io _pages/publications.md: the publication list of the
EuroProofNet COST action (proof assistants, automated reasoning, type theory, SAT/SMT, constructive
mathematics, formal verification), a Jekyll page.

Shape: YAML front matter (1-5) and a contribution sentence (7); ``**STSM reports**`` with one bullet linking the
reports page (12); then bold-paragraph year headings ``**2025**``, ``**2024**``, ``**2023**``, ``**2022**`` (no
Markdown heading), each followed by one bullet per work ``- [Title](url), Authors, Venue'YY`` where the venue is
plain (``ICFP'25``), italic (``*JLAMP*``), a link (``[*LMCS*](journal site)``), or after a period (``. arXiv``,
``. *Studia Logica*``); some bullets have no venue (143, 232, 274).  Links are mostly ``doi.org`` (also
``dx.doi.org``, ``http://doi.org``, LMCS DOIs holding parentheses such as ``10.46298/lmcs-19(1:12)2023``, arXiv
DOIs ``10.48550/arXiv.*``), else ACM DL, Springer, CEUR, HAL, Dagstuhl, ResearchGate, a KU Leuven repository
(43), a GitHub repository (19), an empty link ``[...]()`` (22), a scheme-less link ``(10.1007/...)`` (183) and a
malformed ``doi.org/0.1007/...`` (63).  Titles may end with a copied ``.`` inside the link text (24, 40, 63, 106,
187, 209, 238), hold HTML entities (``&mdash;`` 210, the invalid ``&endash;`` 246, ``&ndash;`` 284), BibTeX
braces (161 ``{CDCL}``, ``{LLVM}``), ``(Short Paper)``, ``(Abstract)``, ``(Work in Progress)``,
``(Extended Abstract)``; one French title is followed by its translation in parentheses outside the link (303).
The same paper appears twice in several places (209/210, 228/229, 81/106 share a DOI).  A final ``**Reports**``
part lists three working-group meeting reports with slides/videos links (308-310).

Decisions:
- Entries: every bullet under the four year headings whose subject is a written scholarly work (280): papers,
  journal articles, workshop papers, extended abstracts (19 ADG Lib Initiative, "extended abstract at ADG'25",
  kept although its link is a code repository), the PhD dissertation (43), a handbook chapter (176), the
  SV-COMP competition report (185), the written invited-talk abstract in CEUR (104) and the records
  pointing at whole CEUR volumes (258, 262); one line each; repeats kept.  Not entries: the two books
  (232 Farmer, "Simple Type Theory: ..." and 274 van den Berg/Faber, "Effective Kan Fibrations in Simplicial
  Sets", Springer book DOIs without a chapter part), the STSM-reports bullet (12) and the three
  meeting-report bullets (308-310).
- Title: the first link's text, markup and entities as the helper cleans them, without a final ``.`` (the
  citation separator copied from DBLP; ``?``/``!`` kept); the French title at 303 without its translation.
- Ids: the first DOI/arXiv the line gives (the title link; for 63 the malformed DOI yields none and the line
  has no other; 183's scheme-less DOI counts as written).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "EuroProofNet__europroofnet.github.io___pages__publications@280f6e5.md"
PART = "wild44_development"

YEAR = re.compile(r"^\*\*(?P<y>20\d\d)\*\*\s*$")
ITEM = re.compile(r"^- \[(?P<t>[^\]]+)\]\(")
BOOKS = {232, 274}

NO_ID = [19, 22, 43, 55, 63, 100, 104, 107, 132, 137, 141, 145, 146, 172, 194, 206, 258, 259, 260, 262, 264, 266, 275,
         280, 290, 303, 304]
CHECKED = (
    "Whole file read (310 lines): all 286 bullets classified (282 under year headings asserted, 12 and 308-310"
    " outside); -v output compared for the first/last bullet of each year (15/65, 70/155, 158/246, 249/304) and"
    " every third entry; books 232 and 274 left out; kept special records 19 (GitHub link, extended abstract),"
    " 22 (empty link), 43 (PhD dissertation), 104 (invited-talk abstract), 176 (handbook chapter), 183"
    " (scheme-less DOI link), 185 (SV-COMP report), 258/262 (CEUR volume links), 304 (Q&A article); final '.'"
    " dropped at 24, 40, 63, 106, 187, 209, 238; entities rendered at 210 and 284, invalid '&endash;' at 246 kept"
    " literal; braces and '(Short Paper)' kept at 161; French title without translation at 303; repeats 81/106,"
    " 209/210, 228/229 kept; DOIs with parentheses (58, 122, 135, 150, 160, 257) complete, arXiv DOIs give"
    " the arXiv id, malformed 'doi.org/0.1007' at 63 gives none; the 27 entries without any id asserted; count"
    " 280 asserted."
)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    year = None
    seen = 0
    for n, ln in enumerate(lines, 1):
        if ln.startswith("**"):
            m = YEAR.match(ln)
            year = m.group("y") if m else None
            continue
        if not ln.startswith("- "):
            continue
        if year is None:
            assert n in (12, 308, 309, 310), (n, ln)
            continue
        seen += 1
        m = ITEM.match(ln)
        assert m, (n, ln)
        if n in BOOKS:
            continue
        t = m.group("t").strip().removesuffix(".")
        papers.append(entry(lines, n, n, t))
    assert seen == 282, seen
    assert len(papers) == 280, len(papers)
    assert [p["line"] for p in papers if not p["doi"] and not p["arxiv"]] == NO_ID, [
        p["line"] for p in papers if not p["doi"] and not p["arxiv"]
    ]
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title](url), Authors, Venue' bullet under the bold year paragraphs (2025-2022) is an entry on"
        " its line (280), title = the first link's text without a copied final '.'; the two Springer books (232,"
        " 274), the STSM-reports bullet and the three WG meeting-report bullets are not entries; thesis, handbook"
        " chapter, competition report, extended abstracts and invited-talk abstract kept; repeats kept.",
        CHECKED,
    )



if __name__ == "__main__":
    main()
