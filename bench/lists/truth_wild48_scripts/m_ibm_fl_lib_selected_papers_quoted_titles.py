"""Wild48 truth for IBM/federated-learning-lib docs/papers.md: the "Selected Papers" page of IBM's federated learning
library (a software project's bibliography of its team's and related federated-learning papers), newest commit holding
it (56e967d, 2020-07-30).

Shape: 34 lines, 5 KB.  ``# Selected Papers`` (1), then four ``##`` sections: Overview (3, one bullet at 5), Secure and
Private Federated Learning (7, bullets 9-19), Data Heterogeneity and Resource Constraints (21, bullets 23-25),
Communication Efficient Federated Learning (28, bullets 30-34).  Every bullet is one plain-text reference on one line:
``- "Title", Authors, Venue, Year. https://...`` with the title in straight double quotes (curly quotes on 17), then
authors, venue and a bare URL (arXiv abs/pdf, Springer chapter, USENIX pdf) or none.

Special cases:
- 26 ``Communication Efficient Federated Learning``: a stray plain line repeating the next heading (28); not an entry.
- Titles sometimes keep a final period inside the quotes (9 ``...Federated Learning."``, 25); the separator is
  dropped.  5 ``"IBM Federated Learning: an Enterprise Framework - White Paper V0.1"`` is the library's white paper
  (an arXiv report): an entry, title as written.
- 9 carries ``(best paper award)`` after the quoted title, 16 ``- Nominated for Distinguished Paper Award.`` at the
  end: notes, not title.
- 17 uses curly quotes ``“Model fusion with Kullback–Leibler divergence”`` and has no link.
- Entries without any link (10, 15, 16, 17) have no ids.

Decisions:
- Entry = every ``- `` bullet (20), one line each; title = the text inside the first pair of double quotes (straight
  or curly), final '.' dropped.
- Not entries: headings, the stray line 26.
- Ids from the line's bare URLs: arXiv abs/pdf links, the Springer chapter DOI on 12.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "IBM__federated-learning-lib__docs__papers@56e967d.md"
PART = "wild48_development"

BULLET = re.compile(r'^- ["“](?P<title>[^"”]+)["”]')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Selected Papers"
    papers = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("- "):
            m = BULLET.match(ln)
            assert m, (n, ln)
            papers.append(entry(lines, n, n, m.group("title")))
        else:
            assert not ln.strip() or ln.startswith("#") or n == 26, (n, ln)
    assert len(papers) == 20, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[5]["title"] == "IBM Federated Learning: an Enterprise Framework - White Paper V0.1", t[5]
    assert (t[9]["title"], t[9]["arxiv"]) == (
        "A Hybrid Approach to Privacy-Preserving Federated Learning", "1812.03224"), t[9]
    assert t[12]["doi"] == "10.1007/978-3-030-17277-0_9", t[12]
    assert t[14]["arxiv"] == "1909.12946", t[14]
    assert (t[17]["title"], t[17]["arxiv"]) == ("Model fusion with Kullback–Leibler divergence", None), t[17]
    assert t[25]["title"] == "Towards Taming the Resource and Data Heterogeneity in Federated Learning", t[25]
    assert t[34]["arxiv"] == "2001.04756", t[34]
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- ' bullet (20, one plain-text reference per line under four '##' sections) is an entry; title = the"
        " text inside the first pair of straight or curly double quotes, a final period inside the quotes dropped;"
        " the stray plain line 26 repeating the next heading is not an entry; notes like '(best paper award)' are"
        " not title.",
        "Read all 34 lines; compared -v for all 20 bullets: quoted titles with trailing period (9, 25), curly quotes"
        " (17), the white paper 5 kept, stray line 26 skipped; ids: arXiv abs/pdf URLs (5, 9, 11, 13, 14, 18, 19,"
        " 23, 24, 30-34), Springer chapter DOI 12, none on 10, 15, 16, 17 (no link) or 25 (USENIX pdf).",
    )


if __name__ == "__main__":
    main()
