"""Wild62 truth for KaiYan289/RLpapersnote causal.md at 41dd669: a personal note file of causal discovery /
structure learning readings, part of a larger repository of RL paper notes.

Shape: 41 lines, one ``* *<italic item>* <free note>`` bullet on every odd line, blank lines between.  Items are
paper titles in italics, usually followed by a year or venue in parentheses and a short note; 17 holds a
free-standing description paragraph for the bullet on 15.

Special cases:
- Some italic items are not titles but URLs: 1 (``ICYMI: https://diviyan-kalainathan.github.io``, a toolbox site)
  and 11 (``https://qbnets.wordpress.com``, a blog on quantum Bayesian networks) are not papers: not entries.
  9 (``http://www.engineering.org.cn/ch/10.1016/j.eng.2019.08.016``, "A Chinese survey on causal inference") and
  19 (``https://arxiv.org/abs/1906.02226``, "GraN-DAG (ICLR'20)") are papers named only by their URL: entries
  with title ``None`` (the DOI of 9 and the arXiv id of 19 come from the line; the helper reads 9's DOI with
  the closing italic ``*`` glued on, so it is set by hand to ``10.1016/j.eng.2019.08.016``).
- 5 writes the author before the title: ``*Bühlmann : Invariance, Causality and Robustness*``; the title is
  ``Invariance, Causality and Robustness`` (author dropped).
- 33 names two papers: ``*Causal Autoregressive Flows* (2021) An application of *Neural Autoregressive Flows*
  (2018).``: two entries on the same line, the second is the italic title in the note.
- 27 ends with a PDF URL without id; 15 has a trailing space after the italic title.

Decisions:
- Entry = each bullet whose italic item is a paper (title or paper URL), span from the bullet to the line before
  the next bullet's blank line (15-17 covers its description paragraph); plus the second italic title on 33.
  19 entries on 18 lines.
- Title = the italic text without asterisks; author prefix of 5 dropped; ``None`` for the URL-only 9 and 19.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "KaiYan289__RLpapersnote__causal@41dd669.md"
PART = "wild62_held_out"

BULLET = re.compile(r"^\* \*(.+?)\*")
NOT_PAPERS = {1, 11}
URL_ONLY = {9, 19}
BY_HAND = {5: "Invariance, Causality and Robustness"}


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if BULLET.match(ln)]
    papers = []
    for i, n in enumerate(starts):
        if n in NOT_PAPERS:
            continue
        nxt = starts[i + 1] if i + 1 < len(starts) else len(lines) + 1
        last = n
        for k in range(n + 1, nxt):
            if lines[k - 1].strip():
                last = k
        ln = lines[n - 1]
        if n in URL_ONLY:
            title = None
        elif n in BY_HAND:
            title = BY_HAND[n]
        else:
            title = BULLET.match(ln).group(1).strip()
        p = entry(lines, n, last, title)
        if n == 9:
            p["doi"] = "10.1016/j.eng.2019.08.016"  # helper keeps the closing italic '*' of the URL
        papers.append(p)
        if n == 33:
            second = re.search(r"application of \*(.+?)\*", ln).group(1)
            papers.append(entry(lines, n, last, second))
    assert len(papers) == 19, len(papers)
    on = {}
    for p in papers:
        on.setdefault(p["line"], []).append(p)
    assert len(on) == 18, len(on)
    assert on[3][0]["title"] == "WILDS: A Benchmark of in-the-Wild Distribution Shifts", on[3]
    assert on[5][0]["title"] == "Invariance, Causality and Robustness", on[5]
    assert on[9][0]["title"] is None and on[9][0]["doi"] == "10.1016/j.eng.2019.08.016", on[9]
    assert on[15][0]["end"] == 17, on[15]
    assert on[15][0]["title"] == "Causality-based Feature Selection: Methods and Evaluations", on[15]
    assert on[19][0]["title"] is None and on[19][0]["arxiv"] == "1906.02226", on[19]
    assert [p["title"] for p in on[33]] == ["Causal Autoregressive Flows", "Neural Autoregressive Flows"], on[33]
    assert on[35][0]["title"] == "D'ya like DAGs? A Survey on Structure Learning and Causal Discovery", on[35]
    assert on[41][0]["title"] == "Ordering-Based Causal Discovery with Reinforcement Learning", on[41]
    for n in (1, 11, 17):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '* *italic item* note' bullet naming a paper is one entry, spanning to its last non-blank line"
        " before the next bullet (15-17 includes a description paragraph).  Title = the italic text without"
        " asterisks; 5's author prefix 'Bühlmann : ' is dropped; bullets 9 and 19 name their paper only by URL"
        " (DOI / arXiv) and get title None.  Bullets 1 (toolbox site) and 11 (blog) are not papers.  33 gives two"
        " entries: 'Causal Autoregressive Flows' and the italic 'Neural Autoregressive Flows' in its note.",
        checked="Read the whole file (41 lines); compared the -v output with every bullet: the two non-paper URL"
        " bullets left out, the URL-only papers 9 (DOI) and 19 (arXiv) with no title, the author prefix on 5, the"
        " two papers on 33, and the span of 15 over its paragraph 17.",
    )


if __name__ == "__main__":
    main()
