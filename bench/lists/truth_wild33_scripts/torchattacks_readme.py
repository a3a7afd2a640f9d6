"""Wild33 truth for Harry24k/adversarial-attacks-pytorch README.md: the README of a research code library
(torchattacks), whose "Supported Attacks" table names the paper behind each implemented attack.

Shape: a three-column table (lines 150-183): ``| **FGSM**<br />(Linf) | Explaining and harnessing adversarial
examples ([Goodfellow et al., 2014](https://arxiv.org/abs/1412.6572)) | remark |``.  The attack name is a code
nickname, the paper title is plain (unlinked) text in the middle cell, the link text is an author-year key.
Every body row (lines 152-183) is one entry; rows citing the same paper (PGD/PGDL2, APGD/APGDT/AutoAttack,
NIFGSM/SINIFGSM, VMIFGSM/VNIFGSM, EADL1/EADEN) stay separate entries.  Title = the middle cell's text before the
parenthesised author-year link.  Not entries: the recommended packages MAIR and RobustBench (lines 28-29,
code repositories), the library's own citation BibTeX (lines 33-40), the ``[EOT](arxiv)`` link inside the
EOTPGD remark (line 160, an inline mention in a remark, not a record), the model column headers of the
performance table (line 195) and the Rai-toolbox recommendation (line 216).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "Harry24k__adversarial-attacks-pytorch__README@23620a6.md"
PART = "wild33_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in range(152, 184):
        ln = lines[n - 1]
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        m = re.match(r"^(.*?)\s*\(\[[^\]]*\]\([^)]*\)\)$", cells[1])
        assert m, (n, cells[1])
        papers.append(entry(lines, n, n, m.group(1)))
    assert lines[150].startswith("|:--") and not lines[183].startswith("|"), "table bounds"
    assert len(papers) == 32, len(papers)
    write_truth(NAME, PART, papers,
                "Each body row of the Supported Attacks table (lines 152-183) is one paper; title = the Paper "
                "cell's plain text before the '([Author, year](url))' link.",
                "All 32 rows read by eye against the file, including the repeated-paper rows and the EOTPGD "
                "remark link; the packages, own BibTeX and the performance tables checked as non-entries.")


if __name__ == "__main__":
    main()
