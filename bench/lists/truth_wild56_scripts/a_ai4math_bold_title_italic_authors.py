"""Wild56 truth for j991222/ai4math-papers README.md: "AI for Mathematics (AI4Math) Papers", a small hand-kept list
of papers on machine learning for theorem proving and mathematics, newest commit (9e11098, 2024-09-29).

Shape: 371 lines, 23 KB.  Title (1), a table-of-contents bullet list of anchor links (5-12), then eight sections
(``## Automated Theorem Proving`` 14, ``## Synthetic Theorem Generation`` 180, ``## Autoformalization`` 203,
``## Proof Refactoring`` 233, ``## Premise Selection`` 241, ``## Benchmarks`` 269, ``## Human-in-the-loop`` 337,
``## Constructing Examples / Counterexamples`` 359).  Each paper is a two-part card: a bullet
``- **Title.** *Venue Year* [[pdf](url)] [[code](url)]``, a blank line (sometimes two, or a line of spaces), and an
indented italic author line ``    *Author, Author*``.

Special cases:
- 20-21: the italic venue wraps onto a second line (``*21st International`` / ``Conference on ... 2017*``).
- 54-57: two blank lines between the bullet and its author line.
- 100 (Baldur) and 260 (Machine-Learned Premise Selection for Lean) have no period inside the bold title.
- 355 ends its title with ``?`` inside the bold (``**Can Transformers Do Enumerative Geometry?**``): kept.
- The same paper is listed in several sections (e.g. MetaGen at 49 and 182, LeanDojo at 108 and 309, HOList at 33 and
  281, MUSTARD at 194 and 329): each listing is its own entry.
- Links are arXiv pdf, OpenReview, PMLR, NeurIPS, ACL Anthology, Nature, MDPI; arXiv ids come from arxiv.org links
  (including ``browse.arxiv.org`` at 120 and ``www.arxiv.org`` at 176 and 355).  No DOI is written.
- The table of contents (5-12) names no papers.

Decisions:
- Entry = each ``- **`` bullet after the table of contents, spanning through its indented italic author line: 81
  entries.
- Title = the bold text of the bullet without its trailing period.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "j991222__ai4math-papers__README@9e11098.md"
PART = "wild56_development"

ITEM = re.compile(r"^- \*\*(?P<title>.+?)\*\*")
AUTHORS = re.compile(r"^\s+\*[^*].*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[13] == "## Automated Theorem Proving", lines[13]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        last = None
        for k in range(n, min(n + 6, len(lines))):  # lines[k] is line k + 1
            if AUTHORS.match(lines[k]):
                last = k + 1
                break
        assert last, (n, ln)
        title = m.group("title").strip()
        title = title.removesuffix(".")
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 81, len(papers)
    assert by[16]["title"] == "Holophrasm: a neural Automated Theorem Prover for higher-order logic", by[16]
    assert (by[16]["end"], by[16]["arxiv"]) == (18, "1608.02644"), by[16]
    assert (by[20]["end"], by[20]["title"]) == (23, "Deep Network Guided Proof Search"), by[20]
    assert (by[54]["end"], by[54]["title"]) == (57, "TacticToe: Learning to Prove with Tactics"), by[54]
    assert by[100]["title"] == "Baldur: Whole-Proof Generation and Repair with Large Language Models", by[100]
    assert by[120]["arxiv"] == "2310.04353", by[120]
    assert by[176]["arxiv"] == "2408.08152", by[176]
    assert by[260]["title"] == "Machine-Learned Premise Selection for Lean", by[260]
    assert by[355]["title"] == "Can Transformers Do Enumerative Geometry?", by[355]
    assert by[369]["title"] == "Mathematical discoveries from program search with large language models", by[369]
    assert by[49]["title"] == by[182]["title"], (by[49], by[182])
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- **Title.** *Venue* [[pdf](...)]' bullet is one paper, spanning through its indented italic"
        " author line (one or two blank lines later).  Title = the bold text without its trailing period.  Papers"
        " repeated in several sections are separate entries.  The table of contents names no papers.",
        checked="Read the whole file and compared the -v output for all 81 entries: titles with and without the"
        " trailing period (100, 260) and the '?' at 355, the wrapped venue at 20-21, the double blank at 54-57, spans"
        " ending at the author lines, arXiv ids from arxiv.org/browse.arxiv.org/www.arxiv.org links and none from"
        " OpenReview/PMLR/ACL/Nature/MDPI links.",
    )


if __name__ == "__main__":
    main()
