"""Wild47 truth for YuyangXueEd/Awesome-Deep-Machine-Unlearning readme.md: a small "awesome" list of machine
unlearning papers focused on deep learning (a niche ML sub-field), newest commit (f28f248, 2024-01-04).

Shape: 99 lines, 7 KB, pipe tables only.  ``# Awesome-Deep-Machine-Unlearning`` (1), awesome badge line (3), a quoted
blurb (5-7), a nested ``## Contents`` bullet list of anchors (9-21), then:
- ``## Survey Papers`` (24): a four-column table ``| **Title** | **Year** | **Venue** | **Topic** |`` (28), alignment
  row (29), 15 data rows (30-44).  The Title cell is ``[Title](url)``; Year is ``2023/11``-style; Venue is in
  ``_italics_``.  Two rows (31, 32) have lost their leading pipe (``[A Survey on Federated ...](...)| 2023/10 |...``);
  some rows open with ``| [`` (a space before the link, 40-44).
- ``## Methods`` / ``### Model-based`` (46, 50): an eight-column table (51) with alignment row (52), an all-empty row
  ``|||||||||`` (53) and two data rows (54-55).  ``### Data-based`` (57): the same eight-column header (59-60) and four
  data rows (61-64).  Their last cells link local ``short_intro/*.md`` notes and ``[Code](github)``.
- ``## Datasets`` (68) with three tables of datasets (MNIST, SVHN, ..., RCV1, SST, Purchase, HIGGS; 71-94): datasets,
  not papers.  ``## Contribute`` (97-99).

Special cases:
- 38 and 39 both read ``A Survey of Machine Unlearning`` (two different surveys, one SN Computer Science DOI, one
  arXiv); both are entries.
- 42 and 44 link the same ScienceDirect URL (the list's own mistake); both are entries with their own titles.
- 41 title opens with curly quotes (``“Amnesia” - A Selection of ...``), kept as written.
- 36 keeps the typo ``Unlearing``.
- 53 ``|||||||||`` is an empty placeholder row: not an entry.

Decisions:
- Entry = each data row of the survey table and the two method tables whose first cell holds a ``[Title](url)``
  link (15 + 2 + 4 = 21); title = that link's text.
- Not entries: header/alignment rows, the empty row 53, the dataset tables (68-94), badges, contents anchors, the
  link to the parent awesome list (7).
- Ids from the row: arXiv abs links; DOIs from doi.org links (35, 38, 43) and ACM ``dl.acm.org/doi/...`` links (40,
  61: ``10.1109/SP.2015.35``); none from ScienceDirect, CIDR, CVF, PMLR or IEEE Xplore links.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "YuyangXueEd__Awesome-Deep-Machine-Unlearning__readme@f28f248.md"
PART = "wild47_development"

HEAD = re.compile(r"^\| \*\*Title\*\* \| \*\*Year\*\* \|")
ALIGN = re.compile(r"^\|(?::?-+:?\|)+$")
ROW = re.compile(r"^\|? ?\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\) ?\|")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Awesome-Deep-Machine-Unlearning")
    papers = []
    counts: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            counts.append(0)
            continue
        if ln.startswith("## Datasets"):
            break
        if not inside:
            continue
        if not ln.strip() or ln.startswith("#"):
            inside = False
            continue
        if ALIGN.match(ln) or ln == "|||||||||":
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
        counts[-1] += 1
    assert counts == [15, 2, 4], counts
    t = {p["line"]: p for p in papers}
    assert (t[31]["title"], t[31]["arxiv"]) == (
        "A Survey on Federated Unlearning: Challenges, Methods, and Future Directions", "2310.20448"), t[31]
    assert t[35]["doi"] == "10.1145/3603620", t[35]
    assert t[36]["title"] == "Learn to Unlearn: Insights into Machine Unlearing", t[36]
    assert (t[38]["title"], t[38]["doi"]) == ("A Survey of Machine Unlearning", "10.1007/s42979-023-01767-4"), t[38]
    assert (t[39]["title"], t[39]["arxiv"]) == ("A Survey of Machine Unlearning", "2209.02299"), t[39]
    assert t[41]["title"].startswith("“Amnesia” - A Selection"), t[41]
    assert t[43]["doi"] == "10.1098/rsta.2018.0083", t[43]
    assert t[54]["title"] == "Eternal Sunshine of the Spotless Net: Selective Forgetting in Deep Networks", t[54]
    assert (t[61]["title"], t[61]["doi"]) == ("Towards Making Systems Forget with Machine Unlearning",
                                              "10.1109/sp.2015.35"), t[61]
    assert t[64]["title"] == "Machine Unlearning", t[64]
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the survey table (30-44, 15 rows, two without the leading pipe) and of the Model-based"
        " (54-55) and Data-based (61-64) method tables is an entry (21); title = the text of the [Title](url) link in"
        " the first cell; the empty row 53, headers, alignment rows and the three dataset tables are not entries.",
        "Read all 99 lines; compared -v for all 21 rows: lead-pipe-less rows 31/32, the two same-titled surveys 38/39,"
        " the shared ScienceDirect URL of 42/44, curly quotes kept on 41, typo 'Unlearing' 36; ids: arXiv abs links"
        " (30-34, 36-37, 39, 55, 63), doi.org DOIs 35/38/43, ACM DOIs 40 and 61 (10.1109/sp.2015.35); the dataset"
        " tables 71-94 hold no papers.",
    )


if __name__ == "__main__":
    main()
