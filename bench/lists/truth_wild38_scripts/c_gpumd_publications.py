"""Wild38 truth for brucefan1983/GPUMD publications/readme.md: the bibliography of papers that developed
or used GPUMD (a GPU molecular-dynamics code; heat transport, neuroevolution machine-learned potentials,
graphene and 2D materials), kept by the code's developers, 2013 to May 2023.

Version: the newest commit (2026) no longer has this file: on 2023-05-20 the list was moved into
doc/publications.bib / doc/publications.rst ("Reorganized publications (#435)"), so the file is taken from
the last commit that holds it, 322222fb (2023-05-17).

Shape: ``# Publications developed or used `GPUMD` `` then headings ``## Preprints (10)``, ``## 2023
(14)`` ... ``## 2013 (1)`` whose counts match their bullets.  Each record is a ``* `` bullet, separated
from the next by a blank line: ``Authors, [Title](url), Journal **vol**, page (year).``, written on one
line or wrapped over two or three lines (authors on the first, link and venue on the next).  Special
cases: the link destination wrapped onto the next line (5-6, ``[...](`` / ``https://...)``); link text
wrapped inside the title (32-33, 101-102); a space after ``](`` (122); ``MoS<sub>2</sub>`` HTML in titles
(173, 215); tabs before ``arXiv:`` (14, 16, 30) and inside a line (137, 262); a trailing ``,`` for ``.``
(146); a title ending in ``?`` (231, 253).

Decisions:
- Every bullet is one entry (87), spanning its lines up to the blank line.  All are journal articles or
  preprints (arXiv, SSRN); the code papers (GPUMD 78, GPUQT 220, the 2017 CPC paper 256) are articles.
- Title: the link text, joined over its line break with one space, markup removed (``MoS2``), final '?'
  kept.
- Ids: the first id in the entry's lines: the link (doi.org / dx.doi.org, arXiv abs, 10.48550/arXiv DOI,
  IOP article URL holding the DOI (97)); preprints with an arXiv link give the arXiv id, and the
  ``arXiv:`` text after it agrees.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "brucefan1983__GPUMD__publications__readme@322222f.md"
PART = "wild38_development"

HEAD = re.compile(r"^## (Preprints|\d{4}) \((\d+)\)$")
LINK = re.compile(r"\[([^\]]+)\]\(\s*(\S+?)\s*\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts = {}
    section = None
    for i, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            m = HEAD.match(ln)
            assert m, i
            section = m.group(1)
            counts[section] = [int(m.group(2)), 0]
            continue
        if not ln.startswith("* "):
            continue
        last = i
        while last < len(lines) and lines[last].strip():
            last += 1
        text = "\n".join(lines[i - 1 : last])
        m = LINK.search(text)
        assert m, i
        title = " ".join(s.strip() for s in m.group(1).split("\n"))
        papers.append(entry(lines, i, last, title))
        counts[section][1] += 1
    assert all(a == b for a, b in counts.values()), counts
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[5] == 6 and spans[32] == 33 and spans[44] == 46 and spans[297 - 2] == 297, spans
    t = {p["line"]: p["title"] for p in papers}
    assert t[32] == "Low lattice thermal conductivity with two-channel thermal transport in the superatomic " \
        "crystal PH4AlBr", t[32]
    assert t[101] == "Maximum thermal conductivity of multilayer graphene with periodic two-dimensional empty space", t[101]
    assert t[172] == "Reduced Thermal Conductivity of Supported and Encased Monolayer and Bilayer MoS2", t[172]
    assert t[230].endswith("Is there a Kapitza resistance analogous?"), t[230]
    a = {p["line"]: p["arxiv"] for p in papers}
    assert a[5] == "2305.08140" and a[8] == "2304.07402" and a[30] == "2302.12328", a
    d = {p["line"]: p["doi"] for p in papers}
    assert d[18] == "10.2139/ssrn.4400885" and d[97] == "10.1088/1361-648x/ac462b", d
    assert d[122] == "10.1002/adts.202100217" and d[8] is None, d
    assert len(papers) == 87, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '* ' bullet under the Preprints and year headings is one entry (its lines up to the blank line); "
        "title = the link text, rejoined over line breaks, HTML <sub> removed; ids = the first id in the "
        "bullet (its doi.org / arXiv / IOP link).",
        "All 297 lines read; the heading counts (10, 14, 18, 15, 7, 5, 7, 7, 2, 1, 1) matched against the bullets "
        "found; every entry's title, span and ids compared with the -v output, with the wrapped link destination "
        "(5-6), wrapped link texts (32-33, 101-102), the spaced '](' (122), the <sub> titles (172, 214), the '?' "
        "titles (230, 252), the SSRN and 10.48550 preprint DOIs, the arXiv abs links (8-16, 30) and the IOP URL "
        "(97).",
    )


if __name__ == "__main__":
    main()
