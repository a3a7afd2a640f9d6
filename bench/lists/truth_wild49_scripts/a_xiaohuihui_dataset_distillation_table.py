"""Wild49 truth for xiaohuihui-com/Awesome-Dataset-Distillation README.md: a student's tiny "awesome" list of dataset
distillation / dataset condensation papers kept beside their own IDC experiment code, newest commit (38ff3b4,
2022-08-05, "idc first"), 25 lines, 3 KB.

Shape: ``# Awesome-Dataset-Distillation`` (1), ``## Paper&Code`` (3), then one padded pipe table (5-22):
``| Year | Paper | Journal | Code |`` header (5), centred alignment row (6) and 16 data rows (7-22), newest year first
(2022 x7, 2021 x7, 2020, 2018).  The Paper cell is ``[Title](url)`` (arXiv abs, PMLR, OpenReview or IEEE Xplore); the
Journal cell holds the venue or ``-``; the Code cell ``[code](github)`` or ``-``; cells are padded with spaces; three
blank lines close the file.

Special cases:
- 16-17: the same ICLR 2021 paper twice, once via arXiv (``Dataset Meta-learning from Kernel Ridge-regression``,
  ``2011.00050v3`` with a version suffix) and once via OpenReview with title-case ``Meta-Learning ... Ridge-Regression``:
  two entries, titles as written.
- 22: the founding paper written with a typo, ``Dataset Distallation`` (an earlier commit had ``DATASET
  DISTILLATION``): kept as written.
- ``CAFE: ...`` and ``DC-BENCH: ...`` nickname prefixes are part of the written titles.
- The repository's other files (IDC code) are not lists.

Decisions:
- Entry = every data row (16); title = the Paper cell's link text.
- Ids from the row: arXiv abs links (12 rows, the ``v3`` suffix dropped by the helper); none from PMLR, OpenReview or
  IEEE Xplore.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "xiaohuihui-com__Awesome-Dataset-Distillation__README@38ff3b4.md"
PART = "wild49_development"

ROW = re.compile(r"^\| (?P<year>\d{4}) \| \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)\s*\|(?P<venue>[^|]+)\|(?P<code>[^|]+)\|$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome-Dataset-Distillation"
    assert lines[4].startswith("| Year | Paper ")
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("| ") or n in (5, 6):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[7]["title"], t[7]["arxiv"]) == ("Dataset Distillation by Matching Training Trajectories", "2203.11932")
    assert (t[16]["title"], t[16]["arxiv"]) == ("Dataset Meta-learning from Kernel Ridge-regression", "2011.00050"), t[16]
    assert (t[17]["title"], t[17]["arxiv"]) == ("Dataset Meta-Learning from Kernel Ridge-Regression", None), t[17]
    assert (t[22]["title"], t[22]["arxiv"]) == ("Dataset Distallation", "1811.10959"), t[22]
    assert sum(1 for p in papers if p["arxiv"]) == 12
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the single Year|Paper|Journal|Code table (7-22) is an entry (16); title = the Paper cell's"
        " link text as written (typo 'Dataset Distallation' 22, case variants of the repeated Kernel Ridge-regression"
        " paper 16/17 kept, which are two entries); header and alignment rows are not entries.",
        "Read all 22 lines; compared -v with each of the 16 rows: titles equal the link texts, arXiv ids from the abs"
        " links (2011.00050v3 gives 2011.00050), none from the PMLR (14), OpenReview (15, 17) and IEEE (20) links.",
    )


if __name__ == "__main__":
    main()
