"""Wild34 truth for zlijingtao/Awesome-Split-Learning README.md: an awesome list of split-learning papers
(with a short federated-learning privacy appendix).

Shape: numbered items `N. [Title](url)` separated by blank lines, under `###` subheadings inside
HTML `<h2 id=…>` sections and two `#` parts (Split Learning, Federated Learning).  Some items carry a
parenthesised venue/tag before the link, `(NeurIPS '21) [Title](…)`, `(Asia-CCS '20, increasing depth
and differential privacy) [Title](…)` (line 128); the tag is not part of the title.  One entry per
item, title = link text.
Special cases: item 2 at lines 37-38 breaks the link text over two lines (entry spans both); line 177
writes `1.[Title](…)` with no space; several ACM/IEEE URLs end in a stray `?` (not part of the DOI);
line 35 is a ScienceDirect pii link (no DOI); the two MIT DSpace handles (lines 89, 148) are theses,
still scholarly works and entries.  Papers listed in two sections (the NeurIPS '21
COVID-19 ViT paper at 46 and 152, the Asia-CCS '20 1D-CNN paper at 111 and 128) give one entry per listing.
Not entries: the Category table of contents (lines 9-24, heading links only), the update stamps,
the intro's link to another awesome list.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "zlijingtao__Awesome-Split-Learning__README@018f715.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        m = re.match(r"^\d+\.\s*(?:\([^)]*\)\s*)?\[", ln)
        if not m:
            i += 1
            continue
        last = i
        while "](" not in lines[last]:
            last += 1
        text = " ".join(lines[i : last + 1])
        title = re.search(r"\[(.+?)\]\(", text[m.end() - 1 :]).group(1)
        papers.append(entry(lines, i + 1, last + 1, title))
        i = last + 1
    assert len(papers) == 65, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered item is one paper, title = its link text (a parenthesised venue/tag before the link dropped); the Category table of contents is not an entry.",
                "Every entry checked by eye against the file, including the two-line item at 37-38, the no-space item, the tagged items and the repeated listings.")


if __name__ == "__main__":
    main()
