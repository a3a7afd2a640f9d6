"""Wild40 truth for KaecoHappy/Awesome-Multimodal-Datasets README.md: a small personal "awesome" list of
multimodal datasets kept as 18 pipe tables (one per modality / task / domain), where a row cites the dataset's
paper only sometimes -- by linking the dataset name to the paper, or by an extra ``[[paper]]`` link; newest
commit (2025-08-18).

Shape: title with an Awesome badge, intro quote, a nested table of contents (18-47), then three ``##`` parts
(``1. Training-Specific`` 52, ``2. Task-Specific`` 110, ``3. Domain-Specific`` 162) whose ``###`` sections each
hold one table ``| Dataset | Modality | Size | Year | Label / Annotation | Notes | License |`` (rows 58-203).  The
Dataset cell is the dataset name, usually linked: to a project page, GitHub, Hugging Face, a blog, PhysioNet
... or to the paper itself (``[MINT-1T](https://arxiv.org/abs/2406.11271)``, ``[SAMSEMO](https://www.isca-
archive.org/...)``, ``[BASEPROD](https://www.nature.com/articles/s41597-...)``, ``[Multimodal ArXiv](https://
aclanthology.org/...)``, the MSR-VTT Microsoft Research publication page 124); ten rows add ``[[paper]](url)``
after the name (71, 72, 80-83, 90, 106, 119, 140; AudioCaps 81 has an unlinked name).  Oddities: Video-MME 71
links the Panda-70M page and paper (same as 72); DurLAR 156 links the MINT-1T arXiv id; two names have empty
links ``[MMAD (Micro-Action)]()`` 141, ``[Polymathic AI]()`` 196; SoundingEarth 97 is unlinked; many rows lack
their final cells, and the last row (203) lost most of its pipes.  After the tables: "Other Resources" bullets
(Papers with Code, a MultiBench GitHub link), a contributing note mentioning ``arXiv:2412.17759`` in prose
(222), the list's own BibTeX (228-235) and a license line.

Decisions:
- An entry is a table row that cites a scholarly work: its name or ``[[paper]]`` link goes to a paper page
  (arXiv, ACL Anthology, IEEE Xplore, ISCA archive, a Nature article, a Microsoft Research publication page) --
  23 rows.  The row names the dataset, not the paper's title, so title = null; ids come from the row's own
  line (arXiv ids; the Nature article id is not a DOI).  Rows whose link is wrong (71 repeating 72's paper,
  156 pointing at MINT-1T's id) still cite a paper and count; the ids are as written.
- Not entries: rows that link only a dataset page, repository, hub or blog, or nothing (datasets without a
  paper, 41 rows), the table of contents, the Other Resources bullets (a task index and a code repository),
  the prose mention of arXiv:2412.17759 and the list's own BibTeX.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "KaecoHappy__Awesome-Multimodal-Datasets__README@8afffe4.md"
PART = "wild40_development"

HEADER = re.compile(r"^\| Dataset +\| Modality +\| Size +\| Year +\| Label / Annotation +\| Notes +\| License +\|$")
PAPER = re.compile(
    r"\]\(https?://(?:arxiv\.org/abs/|aclanthology\.org/|ieeexplore\.ieee\.org/document/"
    r"|www\.isca-archive\.org/|www\.nature\.com/articles/|www\.microsoft\.com/en-us/research/publication/)"
)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tables = rows = 0
    in_table = False
    for n, ln in enumerate(lines, 1):
        if HEADER.match(ln):
            in_table, tables = True, tables + 1
            continue
        if not ln.startswith("|"):
            in_table = False
            assert not PAPER.search(ln), n
            continue
        if re.match(r"^\| ?-{3,}", ln):
            continue
        assert in_table, n
        rows += 1
        if PAPER.search(ln):
            papers.append(entry(lines, n, n, None))
    assert (tables, rows) == (18, 64), (tables, rows)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each dataset-table row whose name or [[paper]] link goes to a paper page (arXiv, ACL Anthology, IEEE"
        " Xplore, ISCA archive, Nature article, MSR publication page) is an entry, title null (the row names the"
        " dataset), ids from that row; rows linking only dataset pages, repositories, hubs or blogs, the other"
        " resources, a prose arXiv mention and the list's own BibTeX are not entries.",
        "Whole 238-line file read; every one of the 64 table rows (18 tables) checked for its links (list printed per row):"
        " the 23 entries compared with the -v output (arXiv ids of 58/59/71/72/80/82/83/90/106/119/143/156/157/"
        "158/177/191/203, no id for ACL 81/198, IEEE 140, ISCA 142, Nature 178, MSR 124), the wrong links 71"
        " (Panda-70M's paper) and 156 (MINT-1T's id) kept as written, the broken last row 203; the 41 rows without"
        " a paper link (project pages, GitHub, HF, blogs, empty links 141/196, unlinked 97) and lines 204-238"
        " (resources, arXiv:2412.17759 prose, own BibTeX) checked to be no entries.",
    )


if __name__ == "__main__":
    main()
