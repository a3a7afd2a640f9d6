"""Wild52 truth for MinhMPA/PFSxDESI-multi-fish literature.md: a cosmology literature review (large-scale structure,
effective field theory of LSS, multi-tracer analyses of spectroscopic galaxy surveys such as DESI and PFS) written as
a Markdown report.  Taken at 6524e35 (2026-04-21), the last commit that holds it: the newest commit touching it
(447affd, "Remove literature review") deletes the file.

Shape: 249 lines, 14 KB of prose, display maths (``\\[ ... \\]``), bold-lead bullets and numbered argument lists,
with six papers cited twice:
- in the body, each under a ``### Author et al. (year): nickname`` heading (51, 67, 84, 98) or a topical ``## 5.`` /
  ``## 6.`` heading (116, 137), after a lead-in sentence ("A central reference is:"), as a bullet whose first line is
  the author list ending in a comma (55, 71, 88, 102, 120, 141), the next line the bold title in curly quotes
  (``**“The Effective Field Theory of Large-Scale Structure and Multi-tracer”**,``), then venue and nested
  ``- arXiv:`` / ``- Journal page:`` / ``- DOI:`` sub-bullets with bare URLs (two papers, 88 and 120, give the
  ``arXiv:`` line unnested and have no venue);
- in ``## References`` (218-249), as numbered items of 3-6 hard-wrapped lines (two trailing spaces), authors, bold
  title without quotes, venue, ``arXiv: https://...``, ``DOI: https://doi.org/...``.

Special cases:
- The ``###`` headings name the paper by author-year and a nickname ("EFTofLSS + multi-tracer"); they introduce the
  bullet that follows and are not separate entries.  Prose mentions ("This paper ...") are not entries.
- Bullets that are not citations (9-12, 128-135, 154-163, 197-202) and the numbered lists 175-189 and 210-214 are
  argument text.
- One arXiv id is from April 2026 (2604.05213); Alarcon et al. 2018 has no arXiv id, only an OUP page and a DOI.

Decisions:
- Entry = each citation: the six body bullets (span = the bullet and its sub-bullets) and the six numbered
  references (span = the item's lines); a paper cited in both places gives two entries (12).
- Title = the bold text, its curly quotes dropped.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "MinhMPA__PFSxDESI-multi-fish__literature@6524e35.md"
PART = "wild52_development"

BULLET = re.compile(r"^- [A-Z][^*]+,$")  # author list ending in a comma
REF = re.compile(r"^\d\. [A-Z][^*]+, {2}$")
BOLD = re.compile(r"^ {2,3}\*\*“?(?P<title>[^*”]+)”?\*\*,? *$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Multi-tracer approaches")
    papers = []
    for n, ln in enumerate(lines, 1):
        if not (BULLET.match(ln) or REF.match(ln)):
            continue
        m = BOLD.match(lines[n])
        assert m, (n, lines[n])
        last = n + 1
        while last < len(lines) and lines[last].strip() and (
            lines[last].startswith("  ") and not lines[last].startswith("   **")
        ):
            last += 1
        papers.append(entry(lines, n, last, m.group("title")))
    body = [p for p in papers if p["line"] < 218]
    refs = [p for p in papers if p["line"] > 218]
    assert [p["line"] for p in body] == [55, 71, 88, 102, 120, 141], body
    assert [p["line"] for p in refs] == [220, 226, 233, 237, 243, 247], refs
    assert [p["title"] for p in body] == [p["title"] for p in refs]
    t = {p["line"]: p for p in papers}
    assert (t[55]["end"], t[55]["arxiv"], t[55]["doi"]) == (59, "2108.11363", "10.1088/1475-7516/2022/04/021"), t[55]
    assert (t[102]["end"], t[102]["arxiv"], t[102]["doi"]) == (106, None, "10.1093/mnras/stx2446"), t[102]
    assert (t[247]["end"], t[247]["arxiv"]) == (249, "2604.05213"), t[247]
    assert t[226]["title"] == (
        "A multitracer analysis for the eBOSS galaxy sample based on the effective field theory of large-scale structure")
    assert len(papers) == 12, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each citation is an entry (12): the six body bullets (author line, bold curly-quoted title, venue, nested id"
        " sub-bullets) and the six numbered references (hard-wrapped items); title = the bold text without the curly"
        " quotes; the ### author-year/nickname headings, lead-in sentences, prose and argument lists are not entries.",
        "Read all 249 lines; compared -v with the six body citations (55-59, 71-76, 88-90, 102-106, 120-122, 141-143)"
        " and the six references (220-224, 226-231, 233-235, 237-241, 243-245, 247-249): titles identical in both"
        " places, arXiv ids from abs URLs (none for Alarcon 2018), DOIs from doi.org links.",
    )


if __name__ == "__main__":
    main()
