"""Wild42 truth for HubTakenIs/cs-final literature_review.md: an undergraduate's literature-review log for a final-year
project (a note-taking app with spaced repetition), July 2025: search terms, the papers found as bare URLs, tool
documentation links, a refined list, the review prose with numeric citations "(1)".."(14)", and a numbered
reference list of bare URLs.

Shape (147 lines, no final newline; "lit review 80% done" state): "# Literature Review document", an intro, then
- "### University Library" (8-21): prose and nine "- https://librarysearch.wlv.ac.uk/permalink/..." bullets (13-21),
  Primo permalinks of DOAJ / ProQuest / PubMed Central records;
- "### Google Scholar" (23-57): seven search-query bullets in backticks (25-31), then "#### Papers Found" with 23
  bare publisher URLs (35-57): Wiley epdf/abs, SAGE, Clemson Land-Grant Press, MDPI, EWA proceedings, PNAS,
  ScienceDirect pii, ProQuest openview (a thesis), PubMed, Taylor & Francis (one with a "?scroll=top&needAccess=true"
  query), a daneshyari article preview PDF, ERIC, an IJSSERS PDF, a Springer chapter, ACM, PsycNET, HeinOnline;
  the SAGE paper appears twice (36, 44);
- "### Tools" (59-92): documentation links for Python, Flask, HTMX, SQLite, Git, GitHub, Mail-in-a-box with prose;
- "### Refined list" (94-108): 14 bare URLs, the selection cited later;
- "## Literature Review" (110-130): prose citing "(1)".."(14)" and naming some papers in words;
- "### References" (133-147): "1. https://..." .. "14. https://..." (the refined list again, same order).

Decisions:
- Entry = each bare-URL bullet of the library list, "Papers Found" and "Refined list", and each numbered reference:
  9 + 23 + 14 + 14 = 60; each is one line; a paper repeated across these lists (or twice in one) is a separate
  entry.  All are scholarly works by their URL (journal articles, a thesis, a proceedings paper, a chapter, an
  extension publication); the HeinOnline link (57) opens a law-journal volume (handle without an article part) and
  is counted like its neighbours, as the owner lists it among the papers found.
- Search-term bullets, tool/documentation links and the review prose (papers cited by number or named in running
  text) are not entries.
- Title = None for every entry (only a URL is written).
- DOI from the URL where it holds one literally (Wiley, SAGE, PNAS, T&F, Springer, ACM), query tails dropped;
  ScienceDirect pii, MDPI paths, PubMed and JMIR URLs give none; no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "HubTakenIs__cs-final__literature_review@df2759e.md"
PART = "wild42_development"

BULLET = re.compile(r"^- (https?://\S+)\s*$")
NUMBERED = re.compile(r"^(\d+)\. (https?://\S+)\s*$")
LISTS = {"University Library", "Papers Found", "Refined list"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heading = ""
    counts: dict[str, int] = {}
    for n, text in enumerate(lines, 1):
        if text.startswith("#"):
            heading = text.lstrip("#").strip()
            continue
        if heading in LISTS and BULLET.match(text):
            counts[heading] = counts.get(heading, 0) + 1
            papers.append(entry(lines, n, n, None))
        elif heading == "References":
            m = NUMBERED.match(text)
            assert m or not text, (n, text)
            if m:
                counts[heading] = counts.get(heading, 0) + 1
                assert int(m.group(1)) == counts[heading]
                papers.append(entry(lines, n, n, None))
        elif heading in {"Tools", "Programming language", "Frameworks", "Database", "Source Control", "SMTP server"}:
            assert not text.startswith("- ") or "docs" in text or "mailinabox" in text or text.startswith(
                ("- https://flask", "- https://htmx", "- https://sqlite", "- https://git-scm")), (n, text)
    assert counts == {"University Library": 9, "Papers Found": 23, "Refined list": 14, "References": 14}, counts
    refined = [lines[n - 1][2:].strip() for n in range(95, 109)]
    refs = [lines[n - 1].split(". ", 1)[1].strip() for n in range(134, 148)]
    assert refined == refs
    assert len(papers) == 60, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bare-URL bullet of the library list, 'Papers Found' and 'Refined list' and each numbered URL of"
        " 'References' is an entry of one line (9 + 23 + 14 + 14 = 60), title None (only a URL is written), repeats"
        " kept; search-term bullets, tool documentation links and the review prose are not entries; DOIs from the"
        " URLs that hold one literally.",
        "Whole file read (147 lines) against the -v output: the 9 library permalinks (13-21), the 23 'Papers Found'"
        " URLs (35-57) with the repeated SAGE URL (36, 44) and the HeinOnline volume link (57), the search-term"
        " bullets (25-31) and the Tools section links (64-90) skipped, the refined list (95-108) and the 14 numbered"
        " references (134-147, same URLs as the refined list), the prose (114-130) left out, and every DOI against"
        " its URL (Wiley epdf/abs, SAGE, PNAS, T&F with and without a query, Springer chapter and articles, ACM;"
        " none for pii, MDPI, PubMed, JMIR, ERIC).",
    )


if __name__ == "__main__":
    main()
