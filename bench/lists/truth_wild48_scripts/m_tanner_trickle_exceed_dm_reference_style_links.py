"""Wild48 truth for tanner-trickle/EXCEED-DM README.md: the README of a Fortran dark-matter physics code, whose
"Papers using EXCEED-DM" section lists the papers that use it, and whose "Attribution" section gives two BibTeX
entries to cite; newest commit (406e2a4, 2025-03-26, "Updated references.").

Shape: 115 lines, 8 KB.  Logo HTML (1-3), title (5), Zenodo badge (7), ``## Overview`` (11) with
``[**User Manual**](https://arxiv.org/abs/2210.14917)`` (15) and prose/bullets pointing to that "user manual"
(21-25), ``## Features`` (27-44), then ``## Papers using `EXCEED-DM``` (46) with ``### Experiment`` (48, bullets
51-54) and ``### Theory`` (56, bullets 58-67).  Every bullet is ``- Authors [Title]`` (the experiment ones
``- DAMIC-M Collaboration (2025) [Title]``): the title is a shortcut REFERENCE-STYLE link whose definition
``[Title]: URL`` sits in a block after the list (69-82), in a different order.  ``## Attribution`` (84) closes with
two BibTeX records in a 4-space-indented code block (88-101, 103-115), ``title = "{...}"``.

Special cases:
- Reference-style links: the bullet carries no URL; its URL is on the definition line whose label equals the title.
  The ids of a bullet entry are taken from that definition line (the entry's own link), not from the bullet's line
  span (which holds none).  URLs are APS abstract pages (DOI in the path), Springer article pages, doi.org and one
  arXiv abs link (69).
- 63 ``... K. M. Zurek, [Dark Matter ...]`` has a comma before the bracket; 59 keeps ``dark matter--electron``.
- The BibTeX records repeat papers of the list (88 = 61 EXCEED-DM PRD 2023, 103 = 65 Griffin et al. 2021): separate
  entries; title = the braced title field; DOI from its ``doi = "..."`` field (read by the helper), arXiv id from
  its ``eprint = "..."`` field with ``archivePrefix = "arXiv"`` (set by this script: the helper does not read bare
  eprint fields).
- The ``User Manual`` links (15, 21, 23, 25) point to the EXCEED-DM paper's arXiv page but are navigation labels in
  prose, not list entries; the Zenodo badge and repository links are not entries.

Decisions:
- Entry = every ``- `` bullet under the Papers section (14, one line each, title = the bracket label) and every
  BibTeX record of the Attribution block (2, from ``@article{`` to its closing brace).
- Not entries: the reference definitions 69-82 (they are the bullets' links), the User Manual links, headings, features.
"""
import re

from _wild48 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "tanner-trickle__EXCEED-DM__README@406e2a4.md"
PART = "wild48_development"

BULLET = re.compile(r"^- (?P<authors>[^\[]+?) \[(?P<title>[^\]]+)\]\s*$")
DEF = re.compile(r"^\[(?P<label>[^\]]+)\]: (?P<url>\S+)\s*$")
EPRINT = re.compile(r'^\s+eprint = "(\d{4}\.\d{4,5})",$')
BIB_TITLE = re.compile(r'^\s+title = "\{(?P<title>[^}]+)\}",$')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[4].startswith("# EXCEED-DM")
    defs = {}
    for n, ln in enumerate(lines, 1):
        if m := DEF.match(ln):
            defs[m.group("label")] = n
    assert len(defs) == 14 and min(defs.values()) == 69 and max(defs.values()) == 82, defs
    papers = []
    for n, ln in enumerate(lines, 1):
        if 46 < n < 69 and ln.startswith("- "):
            m = BULLET.match(ln)
            assert m, (n, ln)
            title = m.group("title")
            p = entry(lines, n, n, title)
            assert p["arxiv"] is None and p["doi"] is None
            d = lines[defs[title] - 1]
            p["arxiv"], p["doi"] = arxiv_of(d), doi_of(d)
            papers.append(p)
        elif ln.startswith("    @article{"):
            end = n
            while lines[end - 1] != "    }":
                end += 1
            titles = [t.group("title") for k in range(n, end) if (t := BIB_TITLE.match(lines[k]))]
            assert len(titles) == 1, (n, titles)
            p = entry(lines, n, end, titles[0])
            eprints = [e.group(1) for k in range(n, end) if (e := EPRINT.match(lines[k]))]
            assert len(eprints) == 1 and p["arxiv"] is None and '        archivePrefix = "arXiv",' in lines[n:end]
            p["arxiv"] = eprints[0]
            papers.append(p)
    assert len(papers) == 16, len(papers)
    assert sorted(p["title"] for p in papers if p["line"] < 69) == sorted(defs)
    t = {p["line"]: p for p in papers}
    assert (t[51]["arxiv"], t[51]["doi"]) == ("2503.14617", None), t[51]
    assert t[52]["doi"] == "10.1103/physrevlett.134.011804", t[52]
    assert t[59]["title"].endswith("dark matter--electron scattering in crystals with evaluation of systematic"
                                   " uncertainties"), t[59]
    assert t[61]["doi"] == "10.1103/physrevd.107.035035", t[61]
    assert t[63]["title"] == "Dark Matter Direct Detection in Materials with Spin-Orbit Coupling", t[63]
    assert t[66]["doi"] == "10.1007/jhep03(2020)036", t[66]
    assert (t[88]["line"], t[88]["end"]) == (88, 101), t[88]
    assert t[88]["title"] == "Extended calculation of electronic excitations for direct detection of dark matter"
    assert t[103]["end"] == 115, t[103]
    assert t[103]["title"] == "Extended calculation of dark matter-electron scattering in crystal targets", t[103]
    assert (t[88]["arxiv"], t[103]["arxiv"]) == ("2210.14917", "2105.05253")
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- ' bullet under '## Papers using EXCEED-DM' (Experiment 51-54, Theory 58-67: 14) is an entry, title"
        " = the shortcut reference-link label '[Title]', ids taken from that label's definition line in the block"
        " 69-82 (the entry's own link, placed away from it); every BibTeX record in the indented Attribution block"
        " (88-101, 103-115) is an entry, title = its braced title field, repeats of listed papers kept as separate"
        " entries, ids from its doi field and its arXiv eprint field; the 'User Manual' navigation links, features,"
        " headings and the definitions themselves are not entries.",
        "Read all 115 lines; compared -v for all 16 entries: each bullet's label matched exactly one definition"
        " (14/14), ids: arXiv 2503.14617 (51), APS abstract-page DOIs (52-54, 58-61, 63, 65), Springer JHEP DOIs (62,"
        " 64), doi.org DOIs (66, 67); comma before the bracket on 63, 'dark matter--electron' on 59; the two BibTeX"
        " records' spans and titles (88-101, 103-115), their doi fields and their arXiv eprints (2210.14917,"
        " 2105.05253) set by hand from the eprint fields.",
    )


if __name__ == "__main__":
    main()
