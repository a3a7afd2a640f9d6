"""Wild34 truth for mlnomadpy/awesome-kernels README.md: a small awesome list of kernel-methods / RKHS
papers, laid out as five Markdown tables by era.

Shape: under "## 📚 Papers by Year" (line 10) five tables `| Year | Paper | Authors | Topic |`
(lines 14-19, 23-31, 35-54, 58-79, 83-89); each body row is one record, the title being the link text of
the Paper cell `[Title](url)`.  The rows list textbooks too; books are not entries: line 27 (Vapnik,
"Statistical Learning Theory", Wiley), 43 ("Learning with Kernels", MIT Press textbook), 48 ("Gaussian
Processes for Machine Learning", GP textbook) and 52 (Steinwart & Christmann, "Support Vector Machines",
Springer book).  Line 85 "Tensor Programs I-IV" names a paper series under one title and one arXiv link;
it is kept as one entry with that title (the row gives no separate titles to split on).  Not entries: the
badges (3-4), the documentation link (8), the "Topics Covered" bullets (93-146, topic names), the
getting-started code and module list (148-208) and the contributing list (212-217).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "mlnomadpy__awesome-kernels__README@0a8e525.md"
PART = "wild34_development"
BOOKS = {27, 43, 48, 52}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i in range(10, 91):
        ln = lines[i - 1]
        m = re.match(r"\|\s*\d{4}\s*\|\s*\[(.+?)\]\(", ln)
        if not m or i in BOOKS:
            continue
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 50, len(papers)
    write_truth(NAME, PART, papers,
                "Every body row of the five era tables is one record titled by its Paper-cell link text; the four"
                " textbook rows (27, 43, 48, 52) are left out as books.",
                "All 54 table rows read by eye: 50 papers with titles and ids checked, the 4 book rows confirmed"
                " (Wiley, MIT Press, gaussianprocess.org/gpml, Springer book links), the Tensor Programs row kept as one.")


if __name__ == "__main__":
    main()
