"""Wild55 truth for csasmith/vip-mab papers/README.md: "vip-mab papers", a small research project's collection of
multi-armed bandit literature (classic, contextual, non-stationary, distributed, differentially private and robust
bandits), newest commit (b71ce69, 2022-03-05).

Shape: 125 lines, 8 KB.  Title (1), a description ending in ``<br><br>`` (2), then ``###`` topic sections (5, 22, 47,
70, 93, 105, 117), each closed by an HTML ``<br><br>`` line (20, 45, 68, 91, 103).  One paper per paragraph: a line
holding one Markdown link whose text is the title followed by the authors' surnames in square brackets nested inside
the link text, ``[Finite-time Analysis of the Multiarmed Bandit Problem [Auer, Cesa-Bianchi, Fischer]](url)``,
sometimes followed by `` | [Alt](url2)`` giving a second copy.

Special cases:
- 42 and 67 have no space before the author bracket: ``[Contextual Markov Decision Processes[Hallak, Castro,
  Mannor]](...)``.
- 90 ``[Robust Multi-Agent Multi-Armed Bandits](...)`` has no author bracket (same paper as 113, which has one).
- Papers repeat across sections (Auer's ``Using confidence bounds ...`` at 19, 26 and 61; Dubey & Pentland at 34, 74
  and 97; Zhu et al. at 72 and 95; Hallak et al. at 42 and 67): every occurrence is an entry.
- 101 is followed by a description bullet (102): span 101-102.
- Not entries: 15 ``[Bandit Algorithms [Lattimore, Szepesvari]](.../book.pdf)`` (a textbook) and 123
  ``[SMPyBandits research framework python package](...)`` (software).  Kept as entries: 13 Slivkins' ``Introduction to
  Multi-Armed Bandits`` (an arXiv preprint / Foundations and Trends monograph), 99 Dwork & Roth's ``The Algorithmic
  Foundations of Differential Privacy`` (a Foundations and Trends issue with a DOI) and 40, Abbasi-Yadkori's MSc thesis.
- Ids: arXiv from arxiv.org links; DOIs from the ``[Alt]`` or main links on Springer (9, ``10.1023/A:1013689704352``),
  ACM (19/26/61 ``10.5555/944919.944941``, 99 ``10.1561/0400000042``); CiteSeerX ``doi=10.1.1...`` parameters (24, 36,
  38) are CiteSeerX ids, not DOIs; the IEEE, JSTOR, HAL and PMLR links give none.

Decisions:
- Entry = each line starting with a Markdown link, except the textbook (15) and the software package (123): 48 entries.
- Title = the link text before the nested ``[authors]`` bracket, trimmed.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "csasmith__vip-mab__papers__README@b71ce69.md"
PART = "wild55_development"

ITEM = re.compile(r"^\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])+)\]\((?P<url>[^)]*)\)")
AUTHORS = re.compile(r"\s*\[[^\[\]]*\]$")
NOT_PAPERS = {15, 123}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m or n in NOT_PAPERS:
            continue
        title = AUTHORS.sub("", m.group("text")).strip()
        last = n + 1 if n < len(lines) and lines[n].startswith("- ") else n
        p = entry(lines, n, last, title)
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert by[7]["title"] == "Asymptotically Efficient Adaptive Allocation Rules", by[7]
    assert by[9]["title"] == "Finite-time Analysis of the Multiarmed Bandit Problem", by[9]
    assert by[9]["doi"] == "10.1023/a:1013689704352", by[9]
    assert by[13]["arxiv"] == "1904.07272", by[13]
    assert by[19]["doi"] == "10.5555/944919.944941", by[19]
    assert by[24]["doi"] is None, by[24]
    assert by[42]["title"] == by[67]["title"] == "Contextual Markov Decision Processes", by[42]
    assert by[90]["title"] == by[113]["title"] == "Robust Multi-Agent Multi-Armed Bandits", by[90]
    assert by[99]["title"] == "The Algorithmic Foundations of Differential Privacy", by[99]
    assert (by[101]["line"], by[101]["end"]) == (101, 102), by[101]
    assert by[107]["title"] == "Robust Stochastic Bandit Algorithms under Probabilistic Unbounded Adversarial Attack"
    assert 15 not in by and 123 not in by
    assert all("[" not in p["title"] for p in papers)
    assert len(papers) == 48, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every paragraph line that starts with a Markdown link '[Title [Surnames]](url)' (optionally followed"
        " by ' | [Alt](url)') is an entry, repeated papers counted at each occurrence; 101 spans its description"
        " bullet 102.  The textbook 'Bandit Algorithms' (15) and the SMPyBandits package (123) are not entries;"
        " Slivkins' monograph (13), Dwork & Roth (99) and an MSc thesis (40) are.  Title = the link text before the"
        " nested author bracket (with or without a space before it), trimmed.",
        checked="Read all 125 lines and compared -v for all 48 entries: nested author brackets removed (also the"
        " no-space 42/67 and the bracketless 90), repeats kept, the 101-102 span, DOIs from Springer/ACM main and"
        " Alt links, none from CiteSeerX doi= parameters, arXiv ids from arxiv.org abs/pdf links.",
    )


if __name__ == "__main__":
    main()
