"""Wild50 truth for massastrello/awesome-implicit-neural-models README.md: a small awesome list of implicit deep
learning (neural ODEs/SDEs/CDEs, deep equilibrium models, differentiable optimization layers), newest commit touching
the file (7be11fd, 2021-02-06).

Shape: 111 lines, 12 KB.  Title, quote, note, a pointer to awesome-neural-ode (8), a TOC (10-23).
``## Implicit Deep Learning`` (25) with three ``###`` sections, each opened by a bold one-line explanation (28, 55,
72): Neural Differential Equations (27), Deep Equilibrium Networks (54), Optimization Layers (71).  A paper is a
``* `` bullet ``Title (note): [VENUE](url)``: the title, sometimes a parenthesised note (``(best paper award)``,
``(oral)``, ``(spotlight)``), a colon, and the venue written as the link text (``[NeurIPS18](...)``,
``[arxiv](...)``, ``[POPL2021-LAFI](...)``); some bullets are followed by a blank line and a one-line ``> `` abstract
(32, 36, 40, 44, 48, 52, 59, 84).  17 paper bullets (30-82).  ``## Additional Material`` (87-106) lists software
(``* `torchdiffeq` ... [repo](...)``) and ``## Tutorials and Talks`` (108-111) a tutorial and a talk.

Special cases:
- 76 ``Input Covex Neural Networks [ICML17](...)``: no colon before the link, and the typo ``Covex`` is kept.
- 69 ``Algorithmic Differentiation of a Complex C++ Code with Underlying Libraries (An AD system for C++ with
  DEQ-like adjoints by default on PETSc) [Paper](sciencedirect ...)``: the parenthesis is a description, dropped;
  the link text is ``Paper``, not a venue; no id (a ScienceDirect ``pii`` URL).
- 80 ``Differentiable Convex Optimization Layers: [NeurIPS19](papers.nips.cc ...)``: no id.
- The parenthesised award/presentation notes (30, 34, 38) are not title text.

Decisions:
- Entry = every ``* `` bullet of the three Implicit Deep Learning sections (17), spanning the bullet line and, when
  present, its ``> `` abstract line; title = the bullet text before the venue link, a trailing ``(...)`` note and
  the colon dropped.
- Not entries: the bold section explanations, the software/library bullets (tools), the NeurIPS tutorial and the
  JuliaCon talk (108-111), the TOC and the awesome-neural-ode pointer.
- Ids: arXiv abs/pdf links only (13 bullets); the abstracts hold no links.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "massastrello__awesome-implicit-neural-models__README@7be11fd.md"
PART = "wild50_development"

BULLET = re.compile(r"^\* (?P<title>[^\[]+?)(?: \((?P<note>[^()]+)\))?:? \[(?P<venue>[^\]]+)\]\((?P<url>[^)]+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# awesome-implicit-neural-models"
    start = lines.index("## Implicit Deep Learning") + 1
    stop = lines.index("## Additional Material") + 1
    papers = []
    for n in range(start, stop):
        ln = lines[n - 1]
        if not ln.startswith("* "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        last = n
        if n + 2 <= len(lines) and not lines[n].strip() and lines[n + 1].startswith("> "):
            last = n + 2
        papers.append(entry(lines, n, last, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[30]["title"], t[30]["arxiv"], t[30]["end"]) == ("Neural Ordinary Differential Equations", "1806.07366", 32)
    assert t[38]["title"] == "Neural Controlled Differential Equations for Irregular Time Series", t[38]
    assert t[46]["title"].startswith("Discretize-Optimize vs. Optimize-Discretize"), t[46]
    assert (t[61]["end"], t[63]["title"]) == (61, "Monotone Operator Equilibrium Networks"), (t[61], t[63])
    assert t[69]["title"] == "Algorithmic Differentiation of a Complex C++ Code with Underlying Libraries", t[69]
    assert (t[69]["arxiv"], t[69]["doi"]) == (None, None), t[69]
    assert t[76]["title"] == "Input Covex Neural Networks" and t[76]["arxiv"] is None, t[76]
    assert (t[82]["arxiv"], t[82]["end"]) == ("2010.07078", 84), t[82]
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet of the three 'Implicit Deep Learning' sections (30-82) is an entry (17), spanning the"
        " bullet and its '> ' abstract line when one follows after a blank line; title = the text before the venue"
        " link ('Title (note): [VENUE](url)'), the trailing parenthesised note ('(oral)', '(spotlight)', '(best paper"
        " award)', a description at 69) and colon dropped; software bullets, the tutorial and the talk, the section"
        " explanations and TOC are not entries.",
        "Read all 111 lines; compared -v for all 17 entries: notes dropped (30, 34, 38, 69), no-colon bullet 76 with"
        " typo 'Covex' kept, 'Paper' link text 69, end lines on the abstract for 30-50 and 57 and 82, single-line"
        " entries 61-80; arXiv ids from abs/pdf links (13), none for 69 (ScienceDirect), 76 (PMLR), 78/80 (NeurIPS).",
    )


if __name__ == "__main__":
    main()
