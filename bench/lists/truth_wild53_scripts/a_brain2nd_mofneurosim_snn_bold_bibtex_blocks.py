"""Wild53 truth for Brain2nd/MofNeuroSim latex/background/literature_collection.md: the Chinese-language background
literature digest of a small spiking-neural-network / neuromorphic-computing project (MofNeuroSim, floating-point
arithmetic built from spiking neurons), kept next to the paper's LaTeX sources; newest commit holding the file
(925837e, 2026-01-21, "Add latex paper source files"; unchanged at HEAD).

Shape: 583 lines, 21 KB.  ``# MofNeuroSim论文背景文献汇总`` (1), eight numbered Chinese ``## N. ...`` topic headings
with ``### N.M ...`` sub-headings (survey, IEEE-754 float arithmetic, LIF/GLIF neurons, dynamical systems and
topology, SNN training, attention / spiking transformers, normalization, hardware and encoding).  Under them 33
cards, each:
  ``**Author et al. (YYYY)** - Title`` (a bold author-year label, a spaced hyphen, the title as plain text),
  ``- **URL**: https://...`` (bare URL: arXiv, IEEE Xplore, Nature, ScienceDirect, PMC, ACM, NeurIPS, JMLR ...),
  ``- **引用次数**: N+`` (citation count; missing on the two cards 287 and 548),
  ``- **关键内容**: ...`` (a Chinese one-line summary),
  ``- **BibTeX**:`` and a fenced ```` ```bibtex ```` block of one ``@article`` / ``@inproceedings`` / ``@phdthesis``
  record ending with the closing fence.
Cards are separated by blank lines; there is no other prose.

Special cases:
- The headline title and the BibTeX ``title={...}`` differ often: BibTeX is lower-cased and sometimes longer (``Advancing neuromorphic computing with Loihi`` (548) vs ``...with loihi: A survey
  of results and outlook``; ``An Adaptive Generalized Leaky Integrate-and-Fire Model`` vs ``... for hippocampal CA1
  pyramidal neurons and interneurons``; ``Spike-driven Transformer V2: Meta Spiking Neural Network Architecture`` vs
  ``... inspiring the design of next-generation neuromorphic chips``).  The title is the headline as written (the
  list's own line), not the BibTeX field.
- ``Mikaitis (2020)`` is a PhD thesis (``@phdthesis``): an entry like the rest.
- The author-year label can disagree with the BibTeX year (``Yao et al. (2022)`` 443, ``year={2023}``).
- ``Position: Topological Deep Learning is the New Frontier for Relational Learning``: the ``Position:`` prefix is part
  of the title and kept.

Decisions:
- Entry = every card (33), from its bold headline line through the closing fence of its BibTeX block (so the URL and
  the BibTeX journal field, e.g. ``arXiv preprint arXiv:1705.06963``, are its own lines).
- Title = the text after ``** - `` on the headline.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Brain2nd__MofNeuroSim__latex__background__literature_collection@925837e.md"
PART = "wild53_development"

HEAD = re.compile(r"^\*\*(?P<who>[^*]+) \((?P<year>\d{4})\)\*\* - (?P<title>\S.*)$")
FIELD = re.compile(r"^- \*\*(URL|引用次数|关键内容|BibTeX)\*\*:")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# MofNeuroSim论文背景文献汇总"
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        m = HEAD.match(ln)
        if not m:
            assert not ln.startswith("**"), (n, ln)
            n += 1
            continue
        k = n + 1
        while FIELD.match(lines[k - 1]):
            k += 1
        assert lines[k - 1] == "```bibtex" and lines[k - 2] == "- **BibTeX**:", (n, k)
        last = k + 1
        while lines[last - 1] != "```":
            last += 1
        assert lines[last - 2] == "}", (n, last)
        papers.append(entry(lines, n, last, m.group("title").strip()))
        n = last + 1
    assert len(papers) == 33, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[7]["title"], t[7]["arxiv"]) == ("A Survey of Neuromorphic Computing and Neural Networks in Hardware",
                                              "1705.06963"), t[7]
    assert t[7]["end"] == 19, t[7]
    assert t[443]["title"] == "Attention Spiking Neural Networks", t[443]
    assert t[548]["title"] == "Advancing neuromorphic computing with Loihi", t[548]
    assert t[567]["end"] == 583, t[567]
    titles = [p["title"] for p in papers]
    assert "Arithmetic Accelerators for a Digital Neuromorphic Processor" in titles
    assert "Position: Topological Deep Learning is the New Frontier for Relational Learning" in titles
    write_truth(
        NAME,
        PART,
        papers,
        "Every card '**Author (year)** - Title' with its URL / citation-count / summary bullets and fenced BibTeX block"
        " is one entry (33), spanning the headline through the closing fence; title = the headline text after"
        " '** - ' as written (not the BibTeX title, which is lower-cased and sometimes longer); the PhD thesis"
        " (Mikaitis) is an entry; headings are not.",
        "Read all 583 lines; compared -v for all 33 cards: spans end at the closing ``` (cards with and without the"
        " citation-count line), headline titles vs BibTeX titles (Loihi 548, Spike-driven Transformer V2 481, adaptive"
        " GLIF 229, Suresh 317, Lu 249), 'Position:' prefix kept; ids: arXiv from abs URLs and BibTeX"
        " 'arXiv preprint' journals, DOIs only where the URL or text holds one.",
    )


if __name__ == "__main__":
    main()
