"""Wild42 truth for zhangjihai360/Awesome-Dynamic-Graph-Neural-Networks-for-Neurological-Disorders README.md: a
one-person awesome list of dynamic graph neural networks for neurological disorders (epilepsy, AD, ASD, depression,
MCI, EEG emotion recognition, brain modelling); newest commit (49a0e4f, 2025-08-26).

Shape: badges (3-5), maintainer line, a Table of Contents of anchor links (15-42), an Overview with bold-key
bullets (48-52, not papers).  ``## Papers by Disease/Application`` (54) has seven ``###`` sections, each a pipe
table ``| Year | Paper | Model Type | Data Type | Code |`` (58-124): the Paper cell is ``[Title](url)``, the url a
doi.org link (journal, IEEE, Springer chapter, and 10.48550/arXiv DOIs 64, 66, 75, 85, 123, 124) or an arxiv.org
abs link (61); the Code cell is ``-`` or a placeholder ``[Code](https://github.com/)``.  ``## Performance
Comparison`` (126) is a table ``| Task | Model | Dataset | Accuracy (%) | F1-Score | Reference |`` (130-138)
whose Reference cell cites the study by ``[Author et al., year](doi url)`` -- each of the seven rows repeats a paper
of the tables above.  ``## Papers by Architecture`` (140-170) only describes model families (bullets, no papers);
``## Datasets`` (172-190) has two dataset tables (links to data pages); ``## Tools and Resources`` (192-239) lists
software and a tutorial code block.  ``## Related Surveys and Resources`` (241-248): four bullets ``[Title](doi
url) - Venue year`` (243-246) and two links to other awesome lists (247-248).  Contributing text (250-270) mentions
``[Yan et al., 2025](doi)`` inline in a sentence (268); a Citation section (272-283) has the list's own
placeholder BibTeX (``author={Your Authors}``).

Decisions:
- Every row of the seven paper tables is an entry, title = the Paper cell's link text (``alzheimer’s`` 72 as
  written), ids from the row.
- Every row of the Performance Comparison table is an entry too: a record reporting one study's result and citing
  that study by its own DOI link (like a dataset row citing its paper); it names the work only by ``Author et
  al., year`` and a model nickname, so title null.  These repeat papers of the tables and stay separate entries.
- The four survey bullets 243-246 are entries, title = link text (venue/year after `` - `` left out).
- Not entries: badges, the TOC, Overview and Architecture bullets, dataset and tool tables/bullets, the tutorial,
  the two awesome-list links 247-248, the inline prose mention 268, the list's own placeholder BibTeX 277-282.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "zhangjihai360__Awesome-Dynamic-Graph-Neural-Networks-for-Neurological-Disorders__README@49a0e4f.md"
PART = "wild42_development"

PAPER_HEADER = "| Year | Paper | Model Type | Data Type | Code |"
PERF_HEADER = "| Task | Model | Dataset | Accuracy (%) | F1-Score | Reference |"
LINK = re.compile(r"^\[(?P<t>[^\]]+)\]\((?P<u>https?://[^)\s]+)\)$")
SURVEY = re.compile(r"^- \[(?P<t>[^\]]+)\]\((?P<u>https://doi\.org/[^)\s]+)\) - \S")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    kind = None
    per_kind = {"paper": 0, "perf": 0, "survey": 0}
    for n, ln in enumerate(lines, 1):
        if ln == PAPER_HEADER:
            kind = "paper"
            continue
        if ln == PERF_HEADER:
            kind = "perf"
            continue
        if kind is not None:
            if not ln.startswith("|"):
                kind = None
            elif ln.startswith("|---"):
                continue
            else:
                cells = [c.strip() for c in ln.strip("|").split(" | ")]
                assert len(cells) == (5 if kind == "paper" else 6), (n, cells)
                m = LINK.match(cells[1] if kind == "paper" else cells[5])
                assert m, (n, cells)
                if kind == "paper":
                    assert re.fullmatch(r"20\d\d", cells[0]), n
                    papers.append(entry(lines, n, n, m.group("t")))
                else:
                    assert re.fullmatch(r"[A-Z][a-z]+ et al\., 20\d\d", m.group("t")), n
                    papers.append(entry(lines, n, n, None))
                per_kind[kind] += 1
                continue
        m = SURVEY.match(ln)
        if m:
            assert 241 < n < 250, n
            papers.append(entry(lines, n, n, m.group("t")))
            per_kind["survey"] += 1
    assert per_kind == {"paper": 35, "perf": 7, "survey": 4}, per_kind
    assert len(papers) == 46, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every row of the seven '| Year | Paper | ... |' tables (title = the Paper cell's link text), every row of the"
        " Performance Comparison table (a result record citing its study by an 'Author et al., year' DOI link; title"
        " null) and the four '[Title](doi) - Venue year' survey bullets are entries, ids from the line; awesome-list"
        " links, dataset/tool tables and bullets, the inline prose mention 268 and the placeholder BibTeX are not.",
        "Whole 290-line file read; all 46 -v lines compared with the rows: first and last row of each table (60/66,"
        " 72/76, 82/85, 91/94, 100/104, 110/116, 122/124, 132/138), the arxiv.org link 61 and the 10.48550 DOIs"
        " (64, 66, 75, 85, 123, 124) giving arXiv ids, DOIs lower-cased from doi.org links (65 EMBC, 73 Springer"
        " chapter, 112 csis), the placeholder Code links 63/114/123 not changing anything, the seven performance"
        " rows as title-null entries with their DOIs, the surveys 243-246 kept and 247-248 awesome lists left out,"
        " the prose mention 268 and the BibTeX 277-282 left out.",
    )


if __name__ == "__main__":
    main()
