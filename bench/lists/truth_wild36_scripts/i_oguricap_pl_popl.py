"""Wild36 truth for oguricap0327/pl-papers-index docs/venues/popl.md: a personal MkDocs index of programming-
languages papers, the POPL page (POPL 2024-2026 papers, plus a few arXiv preprints filed under POPL).

Shape: one heading per paper.  A title line "# POPL Papers" and a one-line intro; then year headings "## 2026",
"## 2025", "## 2024" -- at the SAME level as the paper headings -- each followed by a "### POPL 2026 — Types Session
Papers"-style session heading; then per paper a "## [Title](pdf or arXiv url)" or plain "## Title" heading, a block
of "**Authors**: / **Venue**: / **Year**: / **DOI**: https://doi.org/... / **PDF**: / **Award**:" lines ending in
two spaces, a "> summary" blockquote, a "**Keywords**: `...`" line and often a "**Related**:" list whose items
name other papers in plain text or as anchor links ("See also: [Extensible Data Types ...](#extensible-...)").
Papers are separated by "---" lines.

Decisions:
- An entry is each "## " heading that is not a bare year, spanning from the heading to the last non-blank line
  before the next "---" separator (its metadata, summary, keywords and Related list).  The papers named in a
  Related list are mentions inside the entry, not entries.
- Year headings ("## 2026") and session headings ("### POPL 2026 — ...") are not entries.
- The same paper listed twice or three times (TypeDis at 353, 449 and 641; "All for One and One for All",
  "An Equational Axiomatization of Dynamic Threads", "The Relative Monadic Metalanguage" at 369-401 and 465-497;
  Bayesian Separation Logic at 320 and 529 with two different arXiv ids) gives separate entries.
- Title: the heading's link text, else the heading text.  Ids: the heading link's arXiv id and the DOI line
  (the helpers take the first of each in the entry's lines).  Five 2026 entries (545-637) give the placeholder
  "**DOI**: https://doi.org/10.1145/3776XXX": not a DOI, so their doi is None (their arXiv id stands).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "oguricap0327__pl-papers-index__docs__venues__popl@3646814.md"
PART = "wild36_development"

HEAD = re.compile(r"^## (.+?)\s*$")
LINKED = re.compile(r"^\[(.+)\]\([^)]*\)$")
YEAR = re.compile(r"^\d{4}$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = HEAD.match(ln)
        if not m or YEAR.match(m.group(1)):
            continue
        text = m.group(1)
        lk = LINKED.match(text)
        title = lk.group(1) if lk else text
        j = n
        while j < len(lines) and lines[j].strip() != "---" and not lines[j].startswith("#"):
            j += 1
        end = j  # line j (1-based j+1) is the separator; back off blank lines
        while not lines[end - 1].strip():
            end -= 1
        e = entry(lines, n, end, title)
        if e["doi"] and e["doi"].endswith("xxx"):  # placeholder "10.1145/3776XXX", not a DOI
            e["doi"] = None
        papers.append(e)
    assert len(papers) == 82, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '## [Title](url)' or '## Title' heading that is not a bare year is an entry spanning its metadata,"
        " summary, keywords and Related list up to the '---' separator; title is the link text or heading text.",
        "All 82 headings listed and compared with the file; year headings (7, 657, 787) and the three session"
        " headings confirmed excluded; spans of the first and last paper of each year, of every paper with a"
        " Related list naming other papers, of the arXiv-only 2026 additions (1061-1106) and of the last paper"
        " checked by eye; repeated papers (TypeDis x3, four others x2) kept as separate entries; the five"
        " placeholder DOIs '10.1145/3776XXX' set to None.",
    )


if __name__ == "__main__":
    main()
