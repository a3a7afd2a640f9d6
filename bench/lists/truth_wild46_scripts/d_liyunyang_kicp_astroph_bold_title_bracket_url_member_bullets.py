"""Wild46 truth for LiYunyang/local-astro-ph README.md (commit e8e61fe, 2026-08-16): an automatically regenerated
listing of recent astro-ph preprints with authors from the KICP (Kavli Institute for Cosmological Physics, Chicago)
and A&A department, written by a GitHub Action ("[action] astro-ph auto update", 1,400+ commits) -- physics
(astrophysics, cosmology, CMB instrumentation, exoplanets).

Which commit: the README is a rolling window that every run rewrites; the newest commit (eb69f2f, 2026-08-22) lists 12
papers, under the set's 20-paper floor, so the file is taken from e8e61fe, the newest commit whose listing holds at
least 20 papers (exactly 20).  The list was not emptied; the choice of snapshot is the only liberty taken.

Shape: 92 lines (the last one blank), LF, UTF-8.  ``# KICP/A&A astro-ph listing`` (1), ``## Latest Astro-ph Papers
(Generated on Sat Aug 15 21:48:52 CDT 2026)`` (3), then 20 blocks separated by blank lines: a bullet whose text is only
the bold title (``- **Title**``), an unindented line ``[https://arxiv.org/abs/2608.13470]`` (a lazy continuation of the
bullet: the bare URL in square brackets, no link syntax, no reference definition), and one or more nested ``  + `` bullets
naming the KICP member among the authors with position and role (``  + Michael Radica (1th author, Postdoctoral Scholar)``;
a trailing ``?`` on the name marks an uncertain match, e.g. ``Jeffery Harvey?``; ``Sara  Simon`` has a double space).
Titles are plain text (colons, ``2:1``, ``BA4-90/150``, an apostrophe, "Not R Kurvature" kept); the items are in
descending arXiv-id order except 80 ``2608.05269`` (listed between 2608.07652 and 2608.07470).

Entries (20): every ``- **...**`` bullet; span = the bullet line to its last ``  + `` member line.  Title = the bold text.
Id = the arXiv id of the bracketed URL on the next line; no DOIs.  Not entries: the two headings and the member bullets.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "LiYunyang__local-astro-ph__README@e8e61fe.md"
PART = "wild46_development"

HEAD = re.compile(r"^- \*\*(.+)\*\*$")
URL = re.compile(r"^\[https://arxiv\.org/abs/(\d{4}\.\d{5})\]$")
MEMBER = re.compile(r"^  \+ \S.* \(\d+th author, [^)]+\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 93 and lines[-1] == "" and lines[-2] == "", len(lines)
    papers = []
    ids = []
    i = 1
    while i <= len(lines):
        m = HEAD.match(lines[i - 1])
        if not m:
            assert not lines[i - 1].startswith(("- ", "[", "  +")), (i, lines[i - 1])
            i += 1
            continue
        u = URL.match(lines[i])
        assert u, i
        last = i + 1
        while last < len(lines) and MEMBER.match(lines[last]):
            last += 1
        assert last >= i + 2 and not lines[last].strip(), (i, last)
        p = entry(lines, i, last, m.group(1))
        assert p["arxiv"] == u.group(1)
        ids.append(u.group(1))
        papers.append(p)
        i = last + 1
    t = {p["line"]: p["title"] for p in papers}
    span = {p["line"]: p["end"] for p in papers}
    assert t[5] == "Strict Limits on Helium Absorption from LHS 1140 b from Four JWST NIRISS Transits"
    assert span[5] == 7 and span[17] == 21 and span[56] == 61 and span[89] == 91
    assert t[17] == "A Pair of Warm Saturn-mass Planets near the 2:1 Mean Motion Resonance around TOI-3850"
    assert t[44] == "Not R Kurvature: Beating Large-Scale White Noise"
    assert t[56] == "Overview and status of BICEP Array's BA4-90/150 CMB polarimeter"
    assert t[85] == ("HST imaging, pipeline modeling, and time-delay predictions of 2 triply-imaged and 15 "
                     "quadruply-imaged lensed quasars")
    assert t[89] == "Sensitivity of Next-Generation CMB Surveys to Neutrinos and Other Light Relics"
    assert ids[17] == "2608.05269" and sorted(ids, reverse=True).index("2608.05269") == 19
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 20, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '- **Title**' bullet with its bracketed arXiv URL line and nested '  + member (Nth author, role)' bullets "
        "is an entry (span to the last member line); title = the bold text; id = the arXiv id of the bracketed URL; "
        "no DOIs.  Snapshot e8e61fe: the newest commit whose rolling listing holds at least 20 papers.",
        "Whole file (92 lines) read against the -v output: the two headings, all 20 blocks (title, URL line, member "
        "bullets, blank separator), one-, three- and four-member blocks (5-7, 17-21, 56-61), the '?' uncertain names "
        "(25, 50, 58-61), the double-spaced 'Sara  Simon' (91), the out-of-order id 2608.05269 (80), every arXiv id "
        "against its URL line; commit history checked for the snapshot choice (newest eb69f2f has 12 papers).",
    )


if __name__ == "__main__":
    main()
