"""Wild54 truth for serre-lab/Lab-Website ARXIV_TO_OFFICIAL_URLS.md: a maintenance note in the source of the Serre
lab's web site (Brown University, computational vision / neuroscience), newest commit (7e906aa, 2025-10-04).  It lists
the lab's own papers whose publication-page link still points to arXiv, each to be swapped for the official
proceedings URL.

Shape: 194 lines, 7.5 KB.  ``# arXiv URLs That Need to Be Replaced with Official URLs`` (1), a one-line intro ("These
15 papers ...", 3), then venue sections ``## NeurIPS Papers (11 papers)`` (7; it holds only ten: the tenth is a Neural
Computation paper), ``## ICLR Papers (1 paper)`` (78), ``## CVPR Papers (2 papers)`` (89), ``## ICML Papers``
(108), ``## COLM Papers`` (119), with ``### YEAR`` sub-headings.  Each paper is a card: a bold numbered title line
``**1. Learning long-range spatial dependencies with horizontal gated-recurrent units**`` followed by 4-6 plain
``- Key: value`` bullets: ``- Current: https://arxiv.org/abs/1805.08315`` (bare URL), ``- Authors: ...``, optional
``- Journal: ...``, ``- Official URL: https://papers.nips.cc/paper/2018/hash/[HASH]-Abstract.html`` (a placeholder
pattern), ``- Search: ...``, optional ``- Note: ...``.  Then how-to sections (132-187) with numbered steps
(``1. Go to https://papers.nips.cc/``, ``4. Official URL format: `...```) that are not papers, and an
``**Example:**`` JSON code block (176-185) whose ``"title"`` repeats paper 1 as sample data.

Special cases:
- Authors with ``*`` / ``^`` equal-contribution marks (39) and a typo ``T.. Boissin`` (94); ``http://arxiv.org`` (82).
- The ``Official URL`` lines hold placeholders (``[HASH]``, ``[DOI]``, ``[ID]``, ``[paper]``) and give no ids.
- The JSON example (177-185) repeats paper 1's title inside a code block as an illustration of the data format; it
  is not a list entry.

Decisions:
- Entry = each bold numbered card (15), from its title line to its last ``- `` bullet; title = the bold text without
  the ``N. `` number.  Ids from the ``Current:`` arXiv URL.
- Not entries: headings, intro, the how-to numbered steps, the JSON example, the notes.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "serre-lab__Lab-Website__ARXIV_TO_OFFICIAL_URLS@7e906aa.md"
PART = "wild54_development"

CARD = re.compile(r"^\*\*(?P<num>\d+)\. (?P<title>.+)\*\*$")
FIELD = re.compile(r"^- (?:Current|Authors|Journal|Official URL|Search|Note): ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if not m:
            continue
        assert int(m.group("num")) == len(papers) + 1, (n, ln)
        last = n
        while last < len(lines) and FIELD.match(lines[last]):
            last += 1
        assert last - n >= 4, (n, last)
        papers.append(entry(lines, n, last, m.group("title")))
    assert len(papers) == 15, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[10]["end"], t[10]["arxiv"]) == (14, "1805.08315"), t[10]
    assert t[10]["title"] == "Learning long-range spatial dependencies with horizontal gated-recurrent units", t[10]
    assert t[31]["title"].startswith("Look at the variance! Efficient black-box"), t[31]
    assert t[44]["title"] == ("What I cannot predict, I do not understand: A human-centered evaluation framework for"
                              " explainability methods"), t[44]
    assert (t[81]["title"], t[81]["arxiv"]) == ("Neuronal synchrony in complex-valued deep networks", "1312.6115")
    assert t[100]["title"] == "Don't lie to me! Robust and efficient explainability with verified perturbation analysis"
    assert (t[122]["end"], t[122]["arxiv"]) == (128, "2311.04354"), t[122]
    assert all(p["arxiv"] and not p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bold numbered card '**N. Title**' (15, lines 10-128) is an entry spanning its title line and the"
        " following '- Current/Authors/Journal/Official URL/Search/Note:' bullets; title = the bold text without the"
        " number. The how-to numbered steps, the JSON example code block (which repeats paper 1's title as sample"
        " data), headings and notes are not entries.",
        "Read all 194 lines; compared -v with all 15 cards: titles (with '!', '?', ':' and the apostrophe of 'Don't'),"
        " spans ending at the last bullet (4-6 bullets each), arXiv ids from the 'Current:' URLs (one http:// at 82);"
        " no DOIs (placeholder URLs only); the 'NeurIPS Papers (11 papers)' heading holds ten cards.",
    )


if __name__ == "__main__":
    main()
