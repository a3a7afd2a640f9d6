"""Wild48 truth for jdm4pku/ml4re paperlist.md: the paper list a script (``main.py`` in the repository, "add scrip to
get paper list") pulled from DBLP for a study of machine learning for requirements engineering (requirements
extraction), newest commit (69d2658, 2024-02-29).  The repository's README.md is a separate hand-made awesome list;
paperlist.md is the generated candidate list.

Shape: 360 lines, 32 KB, no blank-line discipline.  ``# RE-Paper-list`` (1), then for each venue and year (ICSE, TSE,
TOSEM, RE, ASE; 2024 down to 2013) a heading ``## [ICSE 2024](https://dblp.org/db/conf/icse/icse2024.html)
(2024.04.14~2024.04.20)`` (58 of them; dates only on conference headings) and a sub-heading ``### requirements
extraction`` (58), followed by zero or more bullets; all TSE and TOSEM sections are empty (heading then the next
heading).  A bullet is machine-made and uniform:
``- <Title>..<First Author> et.al. [pdf](https://doi.org/<doi>)`` -- the title and the first author's name are glued by
two dots (the title's own final dot plus the script's), every bullet has a doi.org link.

Special cases:
- A title ending in ``?`` is followed by a single dot: ``Identifying Key Classes for Initial Software Comprehension: Can
  We Do It Better?.Weifeng Pan et.al.`` (37; also 109, 178, 179, 201, 236).
- Author names with initials put more dots after the separator: ``BugSwarm: mining and continuously growing a dataset
  of reproducible failures and fixes..David A. Tomassi et.al.`` (175; also 225, 228, 231, 267, 268, 292, 293, 309, 311,
  337, 343): the title ends at the first ``..``.
- ASE tool-paper marks are part of the DBLP title and kept: ``Extracting Visual Contracts from Java Programs (T)`` (292),
  ``... Model Fissions and Fusions (T)`` (293).
- ``Minecraft: Automated Mining of Software Bug Fixes with Precise Code Context`` and other titles beginning with a name
  keep it; lower-case DBLP titles kept as written (``Extracting taint specifications for JavaScript libraries``).
- The list is a keyword match, so many entries are not about requirements at all; they are still papers in the list.

Decisions:
- Entry = every bullet (184), one line each; title = the text before the first ``..`` or, for a title ending in ``?``,
  up to and including the ``?``; the author, ``et.al.`` and the ``[pdf]`` link are not title.
- Not entries: the 58 venue headings (their DBLP links are table-of-contents pages) and the 58 sub-headings.
- Ids: the DOI of each bullet's doi.org link (10.1145/... or 10.1109/...); no arXiv ids.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "jdm4pku__ml4re__paperlist@69d2658.md"
PART = "wild48_development"

VENUE = re.compile(r"^## \[(?P<venue>ICSE|TSE|TOSEM|RE|ASE) (?P<year>20\d\d)\]\(https://dblp\.org/db/[^)]+\)"
                   r"(?: \(\d{4}\.\d\d\.\d\d~\d{4}\.\d\d\.\d\d\))?$")
SUB = "### requirements extraction"
ITEM = re.compile(r"^- (?P<title>.+?(?:\?(?=\.[^.])|(?=\.\.)))\.{1,2}(?P<author>\S.*?) et\.al\. "
                  r"\[pdf\]\(https://doi\.org/(?P<doi>10\.\d{4,5}/[^)\s]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# RE-Paper-list"
    papers = []
    venues = subs = 0
    for n, ln in enumerate(lines, 1):
        if n == 1 or not ln.strip():
            continue
        if VENUE.match(ln):
            venues += 1
            continue
        if ln == SUB:
            subs += 1
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        title = m.group("title")
        assert ".." not in title and not title.endswith("."), (n, title)
        assert not re.search(r"[\[\]<>*`]", title), (n, title)
        e = entry(lines, n, n, title)
        assert e["doi"] == m.group("doi").lower(), (n, e, m.group("doi"))
        papers.append(e)
    assert (venues, subs) == (58, 58), (venues, subs)
    t = {p["line"]: p for p in papers}
    assert (t[6]["title"], t[6]["doi"]) == (
        "It's Not a Feature, It's a Bug: Fault-Tolerant Model Mining from Noisy Data", "10.1145/3597503.3623346"), t[6]
    assert t[37]["title"] == "Identifying Key Classes for Initial Software Comprehension: Can We Do It Better?", t[37]
    assert t[175]["title"] == ("BugSwarm: mining and continuously growing a dataset of reproducible failures and fixes")
    assert t[292]["title"] == "Extracting Visual Contracts from Java Programs (T)", t[292]
    assert t[343]["title"] == "Identifying execution points for dynamic analyses", t[343]
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 184, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet (184) is an entry, title = the text before the first '..' that glues it to the first author"
        " (up to and including a final '?', which is followed by a single dot); the author, 'et.al.' and the [pdf]"
        " doi.org link are not title; the 58 '## [VENUE YEAR](dblp)' headings and 58 '### requirements extraction'"
        " sub-headings are not entries.",
        "Read the whole file; every line is a heading, a sub-heading, a blank or a bullet of the one machine-made"
        " form (asserted); compared -v against every bullet, with care at the special cases: single-dot separators after"
        " '?' (37, 109, 178, 179, 201, 236), author initials with dots (175, 225, 228, 231, 267, 268, 292, 293, 309,"
        " 311, 337, 343), '(T)' marks 290-295, quotes and '?:' inside 212; every entry's DOI equals its doi.org link.",
    )


if __name__ == "__main__":
    main()
