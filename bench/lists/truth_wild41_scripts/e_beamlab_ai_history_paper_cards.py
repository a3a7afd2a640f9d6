"""Wild41 truth for beamlab-hsph/journalclub README.md: the journal club of the Beam lab at the Harvard T.H.
Chan School of Public Health (owner beamlab-hsph), reading "important papers in the history of
artificial intelligence", older and short papers from computer science, mathematics, philosophy, linguistics and
cognitive science.

Shape: a title and an intro paragraph (1-2), then two ``##`` sections: "Journal club papers to date" (5-58) and
"Potential paper list" (61-131, after a one-line intro 62).  Every record is a field card: a bullet
``- Paper: __Title__ <br />`` followed by indented lines ``Author(s): ...``, ``Authors: ...`` or ``Author: ...``,
``Year: ...``, and in the first section ``Date: ...``, ``Presenter: ...``, ``Link: <bare url>``, ``Slides: ...``,
``__tl;dr:__ ...`` and ``__Important because:__ ...``; the potential-paper cards stop after ``Link:``.  Links are
bare URLs (no Markdown link syntax), mostly author or course PDFs.  Special cases: two cards of the first section
are indented one space (`` - Paper:`` 42, 51) and the 2001 Breiman card has no ``Date:`` line (51-58); the
``Author:Charles Elkan`` line has no space (125); the Rosenblatt perceptron card carries the Dempster-Laird-Rubin
authors, a copy-paste slip kept as written (72-75); Shannon's "Prediction and Entropy of Printed English" is both
a presented paper (33) and a potential one (92, lower-case, year 1951); three links are CiteSeerX downloads whose
``doi=10.1.1....`` query is a CiteSeerX id, not a DOI (103, 111, 123); the Springer link of Support-Vector
Networks is percent-encoded twice (``10.1007%252FBF00994018``, 83).

Decisions:
- Each ``Paper:`` card is one entry, from its ``Paper:`` line to its last non-blank line (the card's field lines
  belong to it); title = the ``__...__`` text of the ``Paper:`` line.
- All 23 cards are entries, the six presented papers and the 17 potential ones (the section says they are papers
  the group hopes to cover; a reading list is still a list of papers).  Repeated Shannon records are two entries.
- The essays Bill Joy, "Why the future doesn't need us" (Wired 2000, 112) and Vannevar Bush, "As we may think"
  (The Atlantic 1945, 116) are magazine articles, listed by the file as papers like the rest: counted as entries
  (articles), not dropped.  "Deep Blue" (120) is the Campbell-Hoane-Hsu article in Artificial Intelligence 2002, its
  real title: kept as the title.
- Ids: DOIs from the Wiley ``/doi/pdf/`` links (79, 87) by the helper; the Springer link (83) is decoded twice,
  giving 10.1007/bf00994018 (the helper decodes once, which leaves ``%2F``; the double encoding is the URL's
  quoting of the literal DOI path, so the DOI is written there); the CiteSeerX ``doi=10.1.1...`` ids do not match
  a DOI (registrant codes have four or more digits) and give none; no arXiv ids.
"""
import re
import sys
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import doi_of, entry, read_lines, write_truth

NAME = "beamlab-hsph__journalclub__README@2f209cf.md"
PART = "wild41_development"

CARD = re.compile(r"^ ?- Paper: __(.+?)__ <br />\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if CARD.match(ln)]
    assert sum(1 for ln in lines if "Paper:" in ln) == len(starts) == 23, starts
    papers = []
    for i, first in enumerate(starts):
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)
        last = first
        for n in range(first + 1, stop + 1):
            ln = lines[n - 1]
            if ln.startswith("#"):
                break
            if ln.strip():
                last = n
        title = CARD.match(lines[first - 1]).group(1)
        e = entry(lines, first, last, title)
        own = "\n".join(lines[first - 1 : last])
        if "%252F" in own:
            e["doi"] = doi_of(unquote(own))
        papers.append(e)
    spans = [(p["line"], p["end"]) for p in papers]
    assert spans[:6] == [(6, 14), (15, 23), (24, 32), (33, 41), (42, 50), (51, 58)], spans[:6]
    assert spans[6] == (64, 67) and spans[-1] == (128, 131), spans
    t = {p["line"]: p["title"] for p in papers}
    assert t[33] == "Prediction and Entropy of Printed English" and t[92] == "Prediction and entropy of printed English"
    assert t[120] == "Deep Blue" and t[51] == "Statistical modeling: The two cultures", t
    assert t[72] == "The perceptron: a probabilistic model for information storage and organization in the brain"
    d = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert d == {76: "10.1207/s15516709cog0901_7", 80: "10.1007/bf00994018",
                 84: "10.1111/j.1469-1809.1936.tb02137.x"}, d
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- Paper: __Title__ <br />' field card of the two sections (6 presented, 17 potential papers) is one"
        " entry from its Paper: line to its last non-blank field line; title = the __...__ text; the Wired and"
        " Atlantic essays count as articles; DOIs from the Wiley links and the twice-encoded Springer link, none from"
        " the CiteSeerX doi=10.1.1... ids.",
        "Whole file read (131 lines): all 23 cards compared with the -v output, including the one-space-indented"
        " cards (42, 51), the Breiman card without Date (51-58), the card spans ending at the Important-because line"
        " (first section) or the Link line (second section), the repeated Shannon paper (33, 92), the perceptron card"
        " with the wrong authors (72), 'Author:Charles Elkan' (125), the essays (112, 116), Deep Blue (120), the"
        " Wiley DOIs (79, 87), the double-encoded Springer DOI (83) and the three CiteSeerX links left without DOI.",
    )


if __name__ == "__main__":
    main()
