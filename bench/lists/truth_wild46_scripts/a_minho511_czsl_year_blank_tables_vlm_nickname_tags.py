"""Wild46 truth for minho511/Compositional-Zero-Shot-Learning README.md: a Korean student's list of compositional
zero-shot learning (CZSL) papers (attribute-object composition recognition), newest commit (4ffb8a1, 2024-01-26).
The list began as ``paper_list.md`` (deleted in the history) and lives on in README.md, which is the file taken.

Shape: 61 lines, 9 KB, two pipe tables and nothing else of substance.  ``# Compositional Zero-Shot Learning`` (1), a
``### Dataset`` bullet naming MIT-States / UT-Zappos / C-GQA (3-4, datasets, not papers), ``___`` rule, ``### Papers``
(8) with a bold-less ``** OW : Open-World Setting`` legend (9), then the main table (10-50):
``|Years|Conference/Journal|<div style="width:400px">Title</div>|Link|OW|`` with an alignment row (11) and 39 data
rows.  The Years cell is filled only on the first row of each year (2023 12, 2022 24, 2021 34, 2020 42, 2019 46,
2018 49, 2017 50) and left empty (``||CVPR|...``) below it.  The Link cell holds ``[paper](url)/[code](url)`` or
``[paper](url)/~~code~~`` (struck-through "no code"); the OW cell is ``O``, ``X`` or empty, and most rows stop
before it (``...|[code](url)|``), three without even the closing pipe (15, 24, 28).  ``___`` / ``### CZSL with VLMs`` (52-53) then a second,
four-column table (55-61) of five prompt-tuning papers whose titles end with a bracketed nickname tag
(``... Zero-Shot Learning [DFSP]``); four of the five repeat papers of the main table (DFSP, CSP, Troika, DRPT).

Special cases:
- 44 ``Symmetry and Group in Attribute-Object Compositions``: the paper link is nested and broken,
  ``[paper]([https://proceedings.neurips.cc/...](https://openaccess.thecvf.com/...pdf))``; still one entry.
- 35 ``Learning Graph Embeddings for Compositional Zero-Shot Learning``: the CVF link is cut to ``.../html/``.
- Titles are written as the list writes them (``Discimination`` 18, ``NeruIPS`` venue cells, lower-case ``Open world
  compositional zero-shot learning`` 34).
- Nickname prefixes inside the title cell are kept (``DRPT: ...``, ``KG-SP: ...``, ``TAFE-Net: ...``); the bracketed
  nickname tag after the title in the VLM table (``[DFSP]``, ``[CSP]``, ``[PLO-VLM]``, ``[Troika]``, ``[DRPT]``) is a
  tag, not title text, and is dropped.
- Repeated papers (the VLM table's DFSP/CSP/Troika/DRPT) are separate entries.

Decisions:
- Entry = every data row of the two tables (one line each); title = the third (Title) cell, the trailing
  ``[TAG]`` dropped in the VLM table.
- Not entries: headers, alignment rows, the dataset bullet, the OW legend, headings and rules.
- Ids from the row: arXiv abs links; DOIs from ACM ``/doi/abs/10.1145/...`` and Springer ``/chapter/10.1007/...``
  links; none from CVF, NeurIPS, AAAI OJS, OpenReview or IEEE Xplore.
"""
import re

from _wild46 import entry, read_lines, write_truth

NAME = "minho511__Compositional-Zero-Shot-Learning__README@4ffb8a1.md"
PART = "wild46_development"

HEAD = re.compile(r'^\|Years\|Conference/Journal\|<div style="width:400px">Title</div>\|Link\|(?:OW\|)?$')
ALIGN = re.compile(r"^\|(?::?-+:?\|)+$")
ROW = re.compile(r"^\|(?P<year>\d{4})?\|(?P<venue>[^|]+)\|(?P<title>[^|]+)\|(?P<link>.*)$")
TAG = re.compile(r"\s\[(?P<tag>[A-Za-z-]+)\]$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Compositional Zero-Shot Learning"
    papers = []
    tables: list[int] = []
    inside = False
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            tables.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if ALIGN.match(ln):
            continue
        assert inside, (n, ln)
        m = ROW.match(ln)
        assert m, (n, ln)
        title = m.group("title").strip()
        if len(tables) == 2:
            t = TAG.search(title)
            assert t, (n, title)
            title = title[: t.start()]
        assert not re.search(r"[\[\]<>*`]", title), (n, title)
        papers.append(entry(lines, n, n, title))
        tables[-1] += 1
    assert tables == [39, 5], tables
    t = {p["line"]: p for p in papers}
    assert t[12]["title"] == "Learning Attention As Disentangler for Compositional Zero-Shot Learning", t[12]
    assert t[15]["arxiv"] == "2204.03574", t[15]
    assert t[20]["doi"] == "10.1145/3591106.3592225", t[20]
    assert t[27]["doi"] == "10.1007/978-3-031-20053-3_20", t[27]
    assert (t[44]["title"], t[44]["arxiv"]) == ("Symmetry and Group in Attribute-Object Compositions", None), t[44]
    assert t[50]["title"] == "From red wine to red tomato: Composition with context", t[50]
    assert (t[57]["title"], t[57]["arxiv"]) == (
        "Decomposed Soft Prompt Guided Fusion Enhancing for Compositional Zero-Shot Learning", "2211.10681"), t[57]
    assert t[61]["title"] == "DRPT: Disentangled and Recurrent Prompt Tuning for Compositional Zero-Shot Learning"
    assert len(papers) == 44, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the two pipe tables (main table 12-50, 39 rows with the year written only on each year's"
        " first row; 'CZSL with VLMs' table 57-61, 5 rows) is an entry (44), title = the Title cell as written, the"
        " VLM table's trailing nickname tag '[DFSP]' etc. dropped; repeats across the two tables are separate"
        " entries; the dataset bullet, OW legend, headers and alignment rows are not entries.",
        "Read all 61 lines; compared -v for every row of both tables (12-50, 57-61): year-blank rows, rows without"
        " the OW cell (most) or the closing pipe (15, 24, 28), the nested broken link 44, the cut CVF link 35, the typo"
        " 'Discimination' 18, nickname prefixes kept (DRPT 22/61, Troika 23/60, KG-SP 26, ProCC 32, TAFE-Net 48), tags dropped on"
        " 57-61; ids: arXiv abs links (15, 21-23, 32-33, 36, 38, 40-41, 57-61), ACM DOIs 20/29/39, Springer DOIs"
        " 27/28, none from CVF/NeurIPS/AAAI/OpenReview/IEEE links.",
    )


if __name__ == "__main__":
    main()
