"""Wild55 truth for AFLplusplus/Website content/papers.md: the AFL++ fuzzer project's "Papers" page (Hugo site
source), section "Works based on AFL++", newest commit (dad798c, 2022-12-28).

Shape: 42 lines.  Hugo front matter (1-5), ``# Papers`` (7), ``## Works based on AFL++`` (9), year headings
``### 2020`` (11), ``### 2021`` (19), ``### 2022`` (37).  Each entry is a ``+ `` bullet in ACM-like citation style:
``Authors. ["Title"](url). *Venue*, details.``, the title in straight double quotes inside the link text, bullets
separated by blank lines.  13 entries: small, but a real project bibliography (an older version, a74fbd2, also had
a "Works citing AFL++" section; it was removed upstream, and the newest version is the one taken here).

Special cases:
- 39-40: the italic venue wraps onto a second line (``*In EuroS&P 2022, 7th IEEE European Symposium`` /
  ``on Security and Privacy, ...* IEEE (Ed.). Genoa.``); the entry spans both lines.
- 35: the quoted title has a trailing space inside the quotes (``...Fast Snapshots "``), trimmed.
- 29: venue typos from PDF copy (``InProceedings``, ``Sympo-sium``) are venue text, not title.
- Ids: arXiv from the PDF links at 17 (2005.07797), 23 (2102.06580) and 42 (2211.11595); a DOI from the ACM PDF
  link at 35 (10.1145/3503921.3503924).

Decisions: entry = each ``+ `` bullet; title = the link text without its double quotes; span = the bullet line plus
its continuation line.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "AFLplusplus__Website__content__papers@dad798c.md"
PART = "wild55_development"

ITEM = re.compile(r'^\+ .*?\["(?P<title>[^"]+)"\]\((?P<url>[^)]*)\)')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("+ "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        papers.append(entry(lines, n, last, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 13, len(papers)
    assert by[13]["title"] == "AFL++: Combining incremental steps of fuzzing research", by[13]
    assert (by[17]["title"], by[17]["arxiv"]) == ("BaseSAFE: BasebandSAnitized Fuzzing through Emulation",
                                                  "2005.07797"), by[17]
    assert (by[35]["title"], by[35]["doi"]) == ("WAFL: Binary-Only WebAssembly Fuzzing with Fast Snapshots",
                                                "10.1145/3503921.3503924"), by[35]
    assert (by[39]["title"], by[39]["end"]) == ("Fuzzing with Data Dependency Information", 40), by[39]
    assert by[42]["arxiv"] == "2211.11595", by[42]
    write_truth(
        NAME,
        PART,
        papers,
        "Every '+ ' bullet 'Authors. [\"Title\"](url). *Venue*' under the year headings of 'Works based on AFL++' is"
        " an entry (13).  Title = the link text without its double quotes, trimmed; span = the bullet line plus its"
        " wrapped continuation (39-40).",
        "Read the whole file; compared every -v line: titles without quotes (35's trailing space), the two-line"
        " entry 39-40, arXiv ids from PDF links 17/23/42 and the ACM DOI at 35.",
    )


if __name__ == "__main__":
    main()
