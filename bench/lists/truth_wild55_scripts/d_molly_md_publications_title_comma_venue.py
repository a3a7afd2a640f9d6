"""Wild55 truth for JuliaMolSim/Molly.jl docs/src/publications.md: the publications page of Molly, a Julia molecular
simulation package (molecular dynamics, force fields, transport coefficients), newest commit touching the file
(6524a90).

Shape: 36 lines.  ``# Publications`` (1), ``## Citation`` (3) with the one paper to cite (7), ``## Relevant papers``
(11) with ten bullets (15-24), ``## General resources`` (26) with six bullets (29-34).  Paper bullets are written
``- Authors. Title, [Journal](https://doi.org/...) vol, pages (year)``: Vancouver-style authors (``Greener JG``,
``Witt WC et al``, ``Blassel N and Stoltz G``) ending with a period, then the title, then a comma and the journal as
link text whose URL is the DOI (or arXiv) link.

Special cases:
- Titles contain colons and commas of their own (``CellListMap.jl: Efficient and customizable cell list
  implementation for calculation of pairwise particle properties within a cutoff`` 15, ``Fixing the Flux: A Dual
  Approach ...`` 17), so the title ends at the last ``, [`` before the journal link, not at the first comma.
- 19 writes ``Wu X, Shang X.`` (comma between authors); 20 has a trailing space.
- 22 and 24 link arXiv (``arxiv.org/abs/2603.16770``, ``arxiv.org/abs/2601.09288v1``): arXiv ids, no DOI.
- 24's title contains ``O(log N)``.
- General resources: 29 a textbook (Leach, *Molecular Modelling*), 30 online lecture notes, 33-34 software
  documentation: not entries.  31 and 32 are LiveCoMS best-practices articles (peer-reviewed journal papers, DOIs
  10.33011/livecoms...) written ``[Title](doi) article (year)``: entries, title = the link text.

Decisions:
- Entry = the cited paper (7), the ten relevant papers (15-24) and the two LiveCoMS articles (31, 32): 13 entries.
- Title = for paper bullets the text after the authors' closing period (``et al. `` or initials-period) up to the
  ``, [`` that opens the journal link; for 31-32 the link text.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "JuliaMolSim__Molly.jl__docs__src__publications@6524a90.md"
PART = "wild55_development"

# authors: "Surname INITIALS" pieces joined by ", " or " and ", optionally "et al", closed by a period
PAPER = re.compile(
    r"^- (?P<authors>[A-Z][\w\u00C0-\u017F-]+ [A-Z]{1,3}(?:(?:, | and )[A-Z][\w\u00C0-\u017F-]+ [A-Z]{1,3})*"
    r"(?: et al)?)\. (?P<title>.+), \[[^\]]+\]\((?P<url>[^)]+)\)"
)
ARTICLE = re.compile(r"^- \[(?P<title>[^\]]+)\]\(https://doi\.org/[^)]+\) article \(\d{4}\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = PAPER.match(ln) or ARTICLE.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title")))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [7, *range(15, 25), 31, 32], sorted(by)
    assert by[7]["title"] == (
        "Differentiable simulation to develop molecular dynamics force fields for disordered proteins"), by[7]
    assert by[7]["doi"] == "10.1039/d3sc05230c", by[7]
    assert by[15]["title"].startswith("CellListMap.jl: Efficient and customizable cell list"), by[15]
    assert by[17]["title"] == "Fixing the Flux: A Dual Approach to Computing Transport Coefficients", by[17]
    assert by[19]["title"].startswith("Stochastic Norton dynamics: An alternative approach"), by[19]
    assert by[22]["arxiv"] == "2603.16770" and by[22]["doi"] is None, by[22]
    assert by[24]["arxiv"] == "2601.09288", by[24]
    assert by[24]["title"] == "An O(log N) Monte Carlo method for periodic Coulomb systems", by[24]
    assert by[31]["title"] == "Best Practices for Foundations in Molecular Simulations", by[31]
    assert by[32]["doi"] == "10.33011/livecoms.2.1.18378", by[32]
    assert len(papers) == 13, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries are the paper bullets '- Authors. Title, [Journal](doi-or-arXiv url) vol, pages (year)' (the cited"
        " paper 7 and the ten relevant papers 15-24) and the two LiveCoMS best-practices articles of General"
        " resources written '[Title](doi) article (year)' (31, 32); the textbook (29), lecture notes (30) and"
        " software documentation (33-34) are not entries.  Title = the text after the Vancouver-style authors'"
        " closing period up to the ', [' that opens the journal link (titles keep their own colons and commas);"
        " for 31-32 the link text.",
        "Read the whole file; compared -v with all 13 entries: the title cut after 'et al.', 'and'-joined and"
        " comma-joined author lists (17, 18, 19), colon/comma titles (15, 16, 17, 19, 20), 'O(log N)' (24), the"
        " arXiv ids of 22 and 24 (version dropped), the DOIs of the other entries, and the six skipped resources.",
    )


if __name__ == "__main__":
    main()
