"""Wild37 truth for peng-hui/research-notes reading/README.md: a security PhD student's index of the paper
summaries they wrote (systems and software security: fuzzing, enclaves, web, smart contracts, kernels).

Shape: a "##" line, then "### 2021", "### 2020" and "### Others" headings over bullets
"- [Title (Venue'yy)](summary.md)": the whole link text is the title with the venue and two-digit year in
parentheses at its end ("(Security'20)", "(NDSS'21)", "(Oakland'13)"); every link goes to the author's own
summary page (a relative .md file), so no entry carries an arXiv id or a DOI.

Decisions:
- An entry is a bullet of the 2021 and 2020 sections (3-13, 16-33): each summary page is about one paper.
- Not entries: the two "Others" bullets 36-37 ("[Fuzzing](github repo) Brief summary of some fuzzing tools", a
  code repository, and "[Web-security](web-security.md) Brief summary of some web security papers", a page about
  several papers, named by topic only); the headings.
- Title: the link text without the venue suffix "(Venue'yy)"; on 8 the venue has no parentheses
  ("... by Dynamic Strategies Security'20") and is dropped the same way.  Three link texts end with the first
  author's given name before the venue (12 "... Privacy Leakage Soroush", 17 "... Android Kernels Zhengzi",
  25 "... WebAssembly Daniel"): an author, not part of the title, so dropped.  Titles otherwise kept as written
  ("PeriScope-An Effective ...", "(State of) The Art of War: ...", "Do Cookie Banners Respect my Choice? ...").
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "peng-hui__research-notes__reading__README@4ebcda4.md"
PART = "wild37_development"

BULLET = re.compile(r"^- \[(.+)\]\(([^)]*)\)\s*$")
VENUE = re.compile(r"\s*\(?(Security|NDSS|Oakland|NSDI)'\d\d\)?$")
AUTHOR_TAIL = {12: " Soroush", 17: " Zhengzi", 25: " Daniel"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            section = ln[4:].strip()
            continue
        m = BULLET.match(ln)
        if not m or section not in {"2021", "2020"}:
            continue
        title = VENUE.sub("", m.group(1))
        if n in AUTHOR_TAIL:
            assert title.endswith(AUTHOR_TAIL[n]), (n, title)
            title = title.removesuffix(AUTHOR_TAIL[n])
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet of the 2021 and 2020 sections (a link to the author's summary of one paper) is an entry; the"
        " two 'Others' bullets (a code repository and a multi-paper topic page) are not; title is the link text"
        " without the trailing venue'yy (with or without parentheses) and without a first author's given name"
        " stuck before it (Soroush, Zhengzi, Daniel).",
        "All 37 lines read by eye; the -v output compared with every bullet (29 entries, 11 + 18 per section), the"
        " venue-without-parentheses line 8, the three author-name tails 12/17/25, the titles with their own"
        " parentheses or question mark (24, 33) and the excluded Others bullets 36-37.",
    )


if __name__ == "__main__":
    main()
