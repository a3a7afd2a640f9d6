"""Wild56 truth for scorch-project/scorch-project.github.io _pages/publications.md: the publications page of the
SCorCH project (secure compartmentalisation / CHERI: formal verification, bounded model checking, fuzzing, OS
isolation), newest commit (e3e7d94, 2023-11-03).

Shape: 19 lines, 4 KB.  Jekyll front matter (1-4), then one ``-`` bullet per publication written in inline HTML:
``- <em>Authors</em> "<strong><a href='url'>Title</a></strong>". <em>In Venue, year</em>.``; where there is no link
the title is ``"<strong>Title</strong>"``.

Special cases:
- 5-6: the link text breaks over a line, ``<a href='https://arxiv.org/abs/2211.07511'>A Formal CHERI-C Semantics for
  Verification`` / ``</a></strong>". <em>In 29th ...``: span 5-6, title joined (the trailing newline dropped).
- 9, 14, 15, 18 have no link, only ``<strong>Title</strong>``.
- 12, 16, 17: the DOI in the href escapes its underscore, ``https://doi.org/10.1007/978-3-030-99429-7\\_19``; the
  DOIs are 10.1007/978-3-030-99429-7_19, 10.1007/978-3-030-79379-1_6 and 10.1007/978-3-030-71500-7_19 (set by hand
  when the helper stops at the backslash).
- 10: ``Position paper: Towards a hybrid approach ...``: the ``Position paper:`` prefix is part of the title as
  written; 17's ``(Competition Contribution)`` is too (it is in the published title).
- arXiv ids from arxiv.org/abs links (5 -> 2211.07511, 7 -> 2212.12904); other DOIs from doi.org hrefs (8, 10, 11,
  13).
- Quotes sit outside ``<strong>``: never part of the title.

Decisions:
- Entry = every ``- <em>`` bullet: 13 entries, one line each except 5-6.
- Title = the text of ``<strong>`` with the ``<a>`` tags removed, spaces stripped.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "scorch-project__scorch-project.github.io___pages__publications@e3e7d94.md"
PART = "wild56_development"

STRONG = re.compile(r"<strong>(?P<inner>.*?)</strong>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
ESCAPED_DOI = re.compile(r"https://doi\.org/(?P<doi>10\.[^']+)'")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- <em>"):
            continue
        last = n
        text = ln
        while "</strong>" not in text:
            text += "\n" + lines[last]  # lines[last] is line last + 1
            last += 1
        inner = STRONG.search(text).group("inner")
        title = " ".join(TAG.sub("", inner).split())
        p = entry(lines, n, last, title)
        d = ESCAPED_DOI.search(text)
        if d and "\\_" in d.group("doi"):
            p["doi"] = d.group("doi").replace("\\_", "_").lower()
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], sorted(by)
    assert len(papers) == 13, len(papers)
    assert (by[5]["line"], by[5]["end"]) == (5, 6), by[5]
    assert by[5]["title"] == "A Formal CHERI-C Semantics for Verification", by[5]
    assert by[5]["arxiv"] == "2211.07511", by[5]
    assert by[7]["arxiv"] == "2212.12904", by[7]
    assert by[8]["doi"] == "10.1109/access.2022.3223359", by[8]
    assert by[9]["title"] == "Lemmaless Induction in Trace Logic", by[9]
    assert by[12]["doi"] == "10.1007/978-3-030-99429-7_19", by[12]
    assert by[16]["doi"] == "10.1007/978-3-030-79379-1_6", by[16]
    assert by[17]["title"] == (
        "FuSeBMC: A White-Box Fuzzer for Finding Security Vulnerabilities in C Programs (Competition Contribution)"
    ), by[17]
    assert by[18]["title"] == "Making Theory Reasoning Simpler", by[18]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- <em>Authors</em> \"<strong>...</strong>\". <em>Venue</em>.' bullet is one entry (13, lines"
        " 5-18; the first spans 5-6 because its link text breaks over a line).  Title = the text inside <strong>"
        " with the <a> tags removed and whitespace normalised.  DOIs whose href escapes the underscore ('\\_') are"
        " set by hand with the underscore restored.",
        checked="Read the whole 19-line file and compared the -v output for all 13 entries: linked and unlinked"
        " titles, the broken link text at 5-6, the arXiv ids (5, 7), the doi.org DOIs including the three with"
        " escaped underscores (12, 16, 17).",
    )


if __name__ == "__main__":
    main()
