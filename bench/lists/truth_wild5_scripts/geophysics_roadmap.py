"""Wild5 truth for nicklinyi/Geophysics-Papers-Reading-Roadmap README.md: a seismology reading
roadmap of link-less bibliography references under '##'/'###'/'####' topic headings.

Shape: references in four citation styles, most numbered '1. ' with a blank line between, some
wrapped over two lines, a few plain paragraphs without a number (the two 'Hybird methods' papers
under '- Spectral-element method' / '- Finite-volume method' label bullets, 'Stereo-modeling
methods', 'Neighbourhood algorithm', 'Simulated Annealing'):
- Elsevier numeric (lines 6-124, 220): 'A. Author, B. Author, Title, Journal vol (year) pages.'
  or ', in: 77th Annual International Meeting, SEG, ...' or ', Stanford Exploration Project, Report-n';
- SEG (Boundary condition): 'Author, A., and Author, B., 1977, Title: Journal, vol, pages. doi:..';
- APA (Upsampling, Interpolation): 'Author, A. (1989). Title. Journal, ..' with doi.org URLs;
- AGU bullets (Anisotropy Tomography): '- Author, A. (2000), Title, Journal, vol, pages, doi:..';
- one GB/T 7714 reference: 'Sambridge M. Title [J]. Journal, 1999, ...'.
An entry is one reference (its lines run to the last wrapped line before a blank line, a new item or
a heading); title = the words between authors(+year) and the venue, as written (a title's own
commas, colons and the quoted '“Beyond Holberg”' kept).  Not entries: the '- Spectral-element
method' / '- Finite-volume method' label bullets, the textbook under '### Book' (Sen & Stoffa,
Global Optimization methods, 2nd edition) and Claerbout's 'Image estimation by example' (a SEP
book) in Interpolation.  The two Fomel et al. references (SEG abstract and journal paper, same
title) are two entries.  DOIs: 'doi:' text and doi.org URLs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "nicklinyi__Geophysics-Papers-Reading-Roadmap__README@05d75ec.md"
PART = "wild5_development"
LINES = read_lines(NAME)

NOT_PAPERS = {190, 214}  # Claerbout's SEP book; Sen & Stoffa's textbook
LABELS = {25, 29}  # '- Spectral-element method', '- Finite-volume method'
AUTHOR = r"(?:[A-Z]\.(?:-?[A-Z]\.)*\s?)+[A-Z][\w'-]+(?: [A-Z][\w'-]+)?"  # 'D.M. Boore', 'J.-P. Vilotte'


def title_of(first: int, text: str) -> str:
    body = re.sub(r"^(?:\d+\.\s+|- )", "", text)
    if first <= 124 or first == 220:  # Elsevier numeric
        m = re.match(rf"(?:{AUTHOR}, )+(.+?), (?:in: |Stanford Exploration Project|(?:[A-Z][\w.]*\.? ?)+(?:\d+ )?\(\d{{4}}\)"
                     rf"|J\. Geophys\. Res\., Solid Earth|Bull\.\s*Seismol\.)", body)
        assert m, first
        return m.group(1)
    if first <= 156:  # SEG: 'Authors, 1977, Title: Journal, vol'
        m = re.match(r".+?, (\d{4}), (.+): [A-Z][^:]+, \d", body)
        assert m, first
        return m.group(2)
    if first <= 192:  # APA: 'Authors (year). Title. Journal' or 'Title, Journal vol'
        m = re.match(r".+?\(\d{4}\)\. (.+?)(?:\. [A-Z]|, (?:Geophysics 56|TLE 24))", body)
        assert m, first
        return m.group(1)
    if first <= 209:  # AGU: 'Authors (year), Title, Journal, vol'
        m = re.match(r".+?\(\d{4}[ab]?\), (.+?), (?:J\. Geophys\. Res\.|Geophys\. J\. Int\.|Geophys\. Res\. Lett\.)", body)
        assert m, first
        return m.group(1)
    if first == 217:  # GB/T 7714
        m = re.match(r"Sambridge M\. (.+?) \[J\]\.", body)
        return m.group(1)
    raise AssertionError(first)


def main() -> None:
    papers = []
    n = len(LINES)
    i = 1
    while i <= n:
        text = LINES[i - 1]
        if not text.strip() or text.startswith("#") or i in LABELS:
            i += 1
            continue
        last = i
        while last < n and LINES[last].strip() and not re.match(r"(?:\d+\.\s|- |#)", LINES[last]):
            last += 1
        if i not in NOT_PAPERS:
            joined = " ".join(ln.strip() for ln in LINES[i - 1:last])
            papers.append(entry(LINES, i, last, title_of(i, joined)))
        i = last + 1
    assert len(papers) == 88, len(papers)
    starts = [p["line"] for p in papers]
    assert sum(1 for s in starts if s < 126) == 49  # Seismic Modeling Methods
    assert sum(1 for s in starts if 126 < s < 158) == 13  # Boundary condition 5 + 8
    assert sum(1 for s in starts if 158 < s < 181) == 10  # Upsampling
    assert sum(1 for s in starts if 181 < s < 194) == 5  # Interpolation (6 less the book)
    assert sum(1 for s in starts if 194 < s < 212) == 9  # Anisotropy Tomography
    assert sum(1 for s in starts if s > 212) == 2  # Neighbourhood algorithm, Simulated Annealing
    write_truth(NAME, PART, papers,
                "every link-less reference (numbered item, AGU bullet or plain paragraph, wrapped lines joined) is an"
                " entry, title = the words between authors/year and venue in its style (Elsevier numeric, SEG, APA,"
                " AGU, GB/T); label bullets, a textbook and Claerbout's SEP book are not entries",
                "all 88 titles one by one against the file, per-section counts by eye (49 modelling in 15 subsections,"
                " 13 boundary, 10 upsampling, 5 interpolation, 9 anisotropy, 2 algorithm), wrapped entries'"
                " line ranges (27-28, 31-32, 134-135, 142-143, 149-150, 161-162, 178-179, 197-208), the 22 DOIs (grep -ci doi: 22 lines)")


if __name__ == "__main__":
    main()
