"""Wild53 truth for weishanlee/PINN-Euler-Bernoulli-Beam output/papers/JOURNAL_PAPERS_LIST.md: a small list of
peer-reviewed journal papers on physics-informed neural networks (PINNs), written as part of a student's PINN
Euler-Bernoulli beam project (it reads like a generated literature dump).  Taken at f40d1a9 (2025-07-24), the commit
that added it: the newest commit touching it (4af18c6, "Keep only codes/, figures/, and README.md") deleted it.

Shape: 151 lines, 6 KB.  ``# Peer-Reviewed Journal Papers on Physics-Informed Neural Networks`` (1), then one
``## <Journal>`` heading per journal (3, 29, 55, 61, 72, 83, 105, 111, 117, 123, 129, 135, 141), each over a numbered
list that restarts at 1. under every heading.  An item is a bold title line ``1. **Title**`` followed by indented
sub-bullets ``   - Authors: ...``, ``   - Year: ...``, ``   - DOI: 10....`` (bare DOI, no link) and a blank line.
``## Summary Statistics`` (147-151) is a bullet list of counts, not papers.

Special cases:
- The ``## IEEE Transactions Journals`` section (83-103) has five items whose bold line is not a paper title but
  ``<journal> - <description>``: ``IEEE Access - Physics-informed neural networks application`` (84),
  ``IEEE Transactions on Industrial Informatics - PINN application`` (89), ``IEEE Geoscience and Remote Sensing
  Letters - PINN application`` (93), bare ``IEEE Transactions on Neural Networks and Learning Systems`` (97) and
  ``IEEE Transactions on Power Systems - Applications of physics-informed neural networks review`` (101).  They
  still stand for one paper each (three carry a DOI), so they are entries, but their title is None: the written
  text names the journal and what the paper is about, not its title.  89/93 have no Authors line; 97/101 have no
  DOI line but ``Volume: ...`` instead.
- 73 (Mechanical Systems and Signal Processing) and 142 (Structures) carry the same written title with different
  authors and DOIs; two entries.
- ``Villanueva Schenk, D., et al.`` (79); ``Stiff-pinn`` lower case kept (124); en dash in ``Physics–Informed`` (56)
  kept.

Decisions:
- Entry = every numbered item (27): lines from the ``N. **...**`` line through its last sub-bullet.
- Title = the bold text, except the five IEEE placeholder items (None).
- Ids: DOIs from the ``- DOI:`` lines; no arXiv ids.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "weishanlee__PINN-Euler-Bernoulli-Beam__output__papers__JOURNAL_PAPERS_LIST@f40d1a9.md"
PART = "wild53_development"

ITEM = re.compile(r"^(\d+)\. \*\*(?P<title>[^*]+)\*\*$")
SUB = re.compile(r"^   - (Authors|Year|DOI|Volume): \S")
PLACEHOLDER = {84, 89, 93, 97, 101}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Peer-Reviewed Journal Papers on Physics-Informed Neural Networks"
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        m = ITEM.match(ln)
        if not m:
            assert not re.match(r"^\d+\.", ln), (n, ln)
            n += 1
            continue
        last = n
        while last < len(lines) and SUB.match(lines[last]):
            last += 1
        assert last > n, (n, ln)
        title = None if n in PLACEHOLDER else m.group("title")
        papers.append(entry(lines, n, last, title))
        n = last + 1
    t = {p["line"]: p for p in papers}
    assert len(papers) == 27, len(papers)
    assert t[4]["title"].startswith("HomPINNs: Homotopy physics-informed"), t[4]
    assert t[4]["doi"] == "10.1016/j.jcp.2023.112752", t[4]
    assert t[56]["title"] == ("Scientific Machine Learning Through Physics–Informed Neural Networks: Where we are and"
                              " What's Next"), t[56]
    assert t[84]["title"] is None and t[84]["doi"].lower() == "10.1109/access.2024.3452160", t[84]
    assert (t[97]["title"], t[97]["doi"], t[97]["end"]) == (None, None, 99), t[97]
    assert t[124]["title"] == "Stiff-pinn: Physics-informed neural network for stiff chemical kinetics", t[124]
    assert t[142]["end"] == 145 and t[142]["doi"] == "10.1016/j.istruc.2023.01.115", t[142]
    assert sum(1 for p in papers if p["doi"]) == 25, [p["line"] for p in papers if not p["doi"]]
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item under the journal headings is an entry (27), spanning its bold line and its indented"
        " Authors/Year/DOI/Volume sub-bullets; title = the bold text, except the five IEEE items (84, 89, 93, 97,"
        " 101) whose bold text is '<journal> - <description>' or a bare journal name, not a title: title None."
        " The Summary Statistics bullets are not entries; the repeated title 73/142 is two entries.",
        "Read all 151 lines; compared -v for all 27 entries: spans end at the DOI line (or Volume line for 97/101),"
        " the 5 IEEE placeholder items None, DOIs on 25 entries (not 97/101), bold titles kept as written (en dash"
        " 56, 'Stiff-pinn' 124).",
    )


if __name__ == "__main__":
    main()
