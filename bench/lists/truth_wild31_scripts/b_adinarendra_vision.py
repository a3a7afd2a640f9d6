"""Wild31 truth for AdiNarendra98/Papers-on-Vision README.md: a personal log of vision papers read and re-implemented.

Shape: an intro list (L3-L11) describing the structure (`* **Paper Name**` with nested `**Original Paper**`
bullets - a template, not entries), then `## Papers List` with year headings written inside list items
(`- ### 2014`) and, nested under each, one bullet per paper:
`  - **NN.Title** : [**Paper**](url) || [**Code**](repo) || [**Summary**](repo)`.
Numbers run out of order across years (06 under 2015, 19 under 2021, 21 under 2020).

Entry: each nested `  - **NN.` bullet (21, L16-L54).  Not entries: the intro/template bullets, the year items,
the Inspirations bullet (L59, people).  Title: the bold text minus the `NN.` number (and the space after it in
L23/L31); a nickname written into the title text is kept as written (L19 "AlexNet-ImageNet Classification ...",
L16 "Noise-contrastive estimation-A new ..." with its hyphen).  L19's [Paper] link points to the repo's own
summary folder, so it has no id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "AdiNarendra98__Papers-on-Vision__README@ab6b241.md"
PART = "wild31_development"
REC = re.compile(r"^  - \*\*\d\d\.\s*(.+?)\*\* :")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = REC.match(text)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 21, len(papers)
    write_truth(NAME, PART, papers,
                "Each nested `  - **NN.Title** : [**Paper**]...` bullet is an entry; title = bold text without the "
                "NN. number; intro/template bullets, year items and the Inspirations bullet are not entries.",
                "All 21 entries compared with the file by eye (titles, numbering stripped, arXiv ids); L19 "
                "checked to have no id.")


if __name__ == "__main__":
    main()
