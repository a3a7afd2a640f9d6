"""Wild45 truth for priyanshujiiii/awesome-TTA README.md: a one-person awesome list of test-time adaptation (TTA)
papers sorted by method family; newest commit (a3f4de4, 2025-08-11).

Shape: 924 lines, 171 KB, almost all pipe tables.  Title (1), two intro lines and a ``---`` (4-6); ``## Summary Table
of TTA Techniques`` (8) with a two-column ``| Category | Description |`` table (10-25) naming the 14 method families,
not papers; ``## Detailed Descriptions and Papers`` (29); then 14 level-1 headings, one per family, each with a
one-paragraph blurb and one five-column paper table: ``| Title | Authors | Conference/Venue | Year | Link |`` for the
first ten (Self-supervision 34, Information Entropy 65, Batch Normalization 82, Pseudo Labeling 116, Class Prototype
139, Feature Alignment 171, Generative Modeling 203, Nearest Neighbors 236, Augmentation Invariance 260,
Meta-learning 281) and ``| Paper Title | Authors | Conference | Year | Link |`` for the last four (Online TTA 295,
Source-Free Domain Adaptation 343, Instance Adaptation 612, Prior Adaptation 889).  The Meta-learning and Online TTA
tables follow their blurb with no blank line.  Every Title cell is plain text (no links, no markup); the Link cell
holds one or two Markdown links (``[arXiv:1909.13231](...)``, ``[CVF Open Access](...)``, ``[Code](...)``), or
plain text (``Check AAAI 2018 proceedings``), or ``[N/A](url)``.  The list looks machine-drafted: many NeurIPS links
are fabricated hashes (``3b7b4b3b...``) or bare proceedings pages, some Springer links are cut short
(``10.1007/978-981-99`` on 883), authors read ``Not specified in provided list`` in places.

Special cases:
- 528: the title itself holds a pipe (``... tabular Y|X-shifts``), so the row has one cell too many; the title is
  taken as the file writes it, ``Y|X`` included (the Authors cell follows).
- 883: the last row of Instance Adaptation has no closing ``|`` (it ends after the link).
- Repeated papers (55 titles, case-insensitive, occur more than once across the families' tables: 72 repeats) are
  separate entries.
- Theses (``Master Thesis``, ``Thesis`` venue) are entries; so are arXiv dataset/benchmark papers.

Decisions:
- Entry = every data row of the 14 paper tables, one line each; title = the first cell (the Title/Paper Title
  column) as written.
- Not entries: the Category/Description summary table, header and delimiter rows, headings and blurbs.
- Ids from the row: arXiv abs URLs and ``arXiv:`` link text; DOIs written in ACM ``/doi/abs/`` and Springer
  ``/chapter/`` URLs (a truncated Springer URL gives a truncated DOI, as written); none from IEEE Xplore, CVF,
  NeurIPS, OpenReview, PMLR or ScienceDirect pii.
"""
import re

from _wild45 import entry, read_lines, write_truth

NAME = "priyanshujiiii__awesome-TTA__README@a3f4de4.md"
PART = "wild45_development"

HEADERS = ("| Title | Authors | Conference/Venue | Year | Link |", "| Paper Title | Authors | Conference | Year | Link |")
DELIM = re.compile(r"^\|-+\|-+\|-+\|-+\|-+\|$")
PIPE_TITLE = 528


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome Test-Time Adaptation (TTA)"
    papers = []
    per_table: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if ln.strip() in HEADERS:
            inside = True
            per_table.append(0)
            assert DELIM.match(lines[n]), n
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if not inside or DELIM.match(ln):
            continue
        cells = ln.split("|")
        if n == PIPE_TITLE:
            assert len(cells) == 8 and cells[2].startswith("X-shifts"), cells
            title = cells[1] + "|" + cells[2]
        else:
            assert len(cells) == 7 or (n == 883 and len(cells) == 6), (n, ln)
            title = cells[1]
        assert title.strip() and not re.search(r"[\[\]<>*`]", title), (n, title)
        papers.append(entry(lines, n, n, title.strip()))
        per_table[-1] += 1
    assert len(per_table) == 14, per_table
    t = {p["line"]: p["title"] for p in papers}
    assert t[36] == "Test-Time Training with Self-Supervision for Generalization under Distribution Shifts", t[36]
    assert t[528] == "LLM embeddings improve test-time adaptation for tabular Y|X-shifts", t[528]
    assert t[883] == "Infrared and visible image fusion via test-time training", t[883]
    assert t[921] == "Adapting to generalized online label shift by invariant representation learning", t[921]
    print(per_table)
    assert len(papers) == sum(per_table) == 783, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the 14 five-column paper tables ('| Title | Authors | Conference/Venue | Year | Link |' and"
        " '| Paper Title | Authors | Conference | Year | Link |') is an entry (783), title = the first cell as written"
        " (528 keeps the 'Y|X' pipe that splits its row); the Category/Description summary table, headers, blurbs"
        " are not; repeated papers across families are separate entries; theses are entries.",
        "Looked at the whole layout (every non-table line printed), all 14 header/delimiter pairs, the cell counts of"
        " every row (all 7 except 528 with the in-title pipe and 883 without a closing pipe); first/last rows of"
        " each table against -v (36/54, 67/76, 84/109, 118/132, 141/163, 173/197, 205/230, 238/252, 262/275,"
        " 283/290, 297/336, 345/605, 614/883, 891/921; rows per table 19, 10, 26, 15, 23, 25, 26, 15, 14, 8, 40,"
        " 261, 270, 31); 20 more rows spread over the file (40-906) incl. Springer/ACM/IOP DOIs and the thesis 904; checked"
        " no title cell has markup, '&' titles 329/711, thesis rows, the 'Check AAAI 2018 proceedings' and '[N/A]'"
        " link cells; ids: arXiv from abs links and 'arXiv:' text, DOIs only from ACM/Springer URLs (the cut"
        " Springer URL on 883 gives '10.1007/978-981-99' as written).",
    )


if __name__ == "__main__":
    main()
