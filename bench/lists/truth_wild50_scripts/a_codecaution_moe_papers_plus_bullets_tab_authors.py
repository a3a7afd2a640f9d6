"""Wild50 truth for codecaution/Awesome-Mixture-of-Experts-Papers README.md: a small PKU (Hetu team) awesome list of
Mixture-of-Experts papers, newest commit touching the file (43cac18, 2024-10-29).

Shape: 261 lines, 15 KB.  Title, awesome badge, intro, a ``# Contents`` TOC (8-25) whose sub-items are indented with
TABs.  ``# Paper`` (27) holds ``## Algorithm`` (28), ``## System`` (179) and ``## Application`` (212), each split into
``### <year>`` headings.  Every paper is a ``+`` bullet (``+<TAB>`` mostly, ``+  `` / ``+   `` / ``+ `` on some) of the
form ``**Title** [[pdf]](url) [[code]](url) VENUE YEAR`` (the link written either ``[[pdf]](url)`` or
``[[pdf](url)]``, sometimes glued to the title: ``**...Dense**[[pdf]]``), then a blank line and an italic author line
``<TAB>*A, B, C*`` (a few indented with four spaces), 51 bullets in all (30-252).  ``# Open-Source System`` (254-259)
is a second, tight ``+`` list of five code bases (``[[github](...)]`` / ``[[blog](...)]`` links, no author line).

Special cases:
- Titles sometimes end with a full stop inside the bold (``**Scaling Vision with Sparse Mixture of Experts.**`` 117,
  BASE Layers 137, 170, 175, 182): the stop is the citation separator and is dropped.
- Wrong or reused links are kept as written: 82 (A Review of Sparse Expert Models) reuses 78's arXiv id 2204.09179;
  98 (ST-MoE) reuses 54's 2202.08906; 117 (Scaling Vision) points at Switch Transformers' 2101.03961; 86 (EvoMoE)
  reuses 149's 2112.14397.  Ids are what the lines give.
- 46: the arXiv link ends with a stray ``#`` (``2206.04674#``).
- 182: the venue is cut to ``PPoPP 202``.
- 244 ``Progressive Layered Extraction (PLE): A Novel Multi-Task Learning (MTL) Model ...``: the parentheses are part
  of the written title and are kept.

Decisions:
- Entry = every ``+`` bullet under ``# Paper`` (30-252), spanning the bullet line to its italic author line (the next
  non-blank line); title = the bold text.  51 entries.
- Not entries: the ``# Open-Source System`` bullets (255-259): they name software systems and link to GitHub / a blog
  (several share a title with a paper above, but the list item is the code base, not the paper), the TOC, headings,
  badge, intro and the contributor line.
- Ids: arXiv abs links; DOIs from the ACM ``dl.acm.org/doi/(abs/)10.1145/...`` links (182, 222, 230, 240, 244, 250);
  none from OpenReview, PMLR or workshop pages.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "codecaution__Awesome-Mixture-of-Experts-Papers__README@43cac18.md"
PART = "wild50_development"

BULLET = re.compile(r"^\+\s+\*\*(?P<title>[^*]+)\*\*\s*\[\[(?:pdf)\]")
AUTHORS = re.compile(r"^\s+\*[^*]+\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Awesome-Mixture-of-Experts-Papers")
    start = lines.index("# Paper") + 1
    stop = lines.index("# Open-Source System") + 1
    papers = []
    for n in range(start, stop):
        ln = lines[n - 1]
        if not ln.startswith("+"):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        k = n + 1
        while not lines[k - 1].strip():
            k += 1
        assert AUTHORS.match(lines[k - 1]), (k, lines[k - 1])
        papers.append(entry(lines, n, k, m.group("title")))
    # the Open-Source System bullets are code bases, not papers
    assert sum(1 for ln in lines[stop:] if ln.startswith("+ ")) == 5
    t = {p["line"]: p for p in papers}
    assert (t[30]["title"], t[30]["arxiv"], t[30]["end"]) == (
        "Taming Sparsely Activated Transformer with Stochastic Experts", "2110.04260", 32), t[30]
    assert (t[46]["arxiv"], t[46]["end"]) == ("2206.04674", 48), t[46]
    assert t[50]["title"] == "A Theoretical View on Sparsely Activated Networks" and t[50]["arxiv"] is None, t[50]
    assert t[70]["title"] == "One Student Knows All Experts Know: From Sparse to Dense", t[70]
    assert t[117]["title"] == "Scaling Vision with Sparse Mixture of Experts" and t[117]["arxiv"] == "2101.03961"
    assert (t[141]["end"], t[175]["end"]) == (143, 177), (t[141], t[175])
    assert t[175]["title"] == "Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", t[175]
    assert t[182]["doi"] == "10.1145/3503221.3508418", t[182]
    assert t[244]["title"].startswith("Progressive Layered Extraction (PLE): A Novel"), t[244]
    assert t[250]["doi"] == "10.1145/3219819.3220007", t[250]
    assert len(papers) == 51, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '+' bullet under '# Paper' (Algorithm / System / Application, by year; 30-252) is an entry (51),"
        " spanning the bullet line to its italic author line; title = the bold text, a closing full stop inside the"
        " bold dropped; the '# Open-Source System' bullets (255-259, GitHub/blog links to code bases) are not"
        " entries; TOC, headings and contributor line are not entries.",
        "Read all 261 lines; compared -v for all 51 entries: both link spellings ([[pdf]](u) and [[pdf](u)]), titles"
        " glued to the link (70, 74), bullets with '+' and spaces instead of a TAB (46, 86-98, 141, 165, 175, 182,"
        " 198), author lines indented with spaces (96, 177, 236), the end line of each entry (author line), stop"
        " dropped (117, 137, 170, 175, 182), reused/wrong arXiv ids kept as written (82, 86, 98, 117), ACM DOIs"
        " (182, 222, 230, 240, 244, 250), no ids from OpenReview/PMLR/workshop links (50, 109, 121, 133, 137).",
    )


if __name__ == "__main__":
    main()
