"""Wild31 truth for HAIV-Lab/openhaiv README.md: README of an open-world-learning code framework.

Shape: the "Supported Methods" part (215-308) lists implemented methods in pipe tables
`| Method | Paper | Venue |`, each table inside a collapsed `<details>` block with a `<summary>` group
name (CNN-based / ViT-based / CLIP-based class-incremental learning, few-shot class-incremental learning,
CNN-based and CLIP-based out-of-distribution detection).  A row is
`|`LwF`|[**Learning without Forgetting**](https://arxiv.org/abs/1606.09282)|**ECCV 2016**|`: method code
name, bold linked paper title, bold venue.  Each such row is an entry titled by its link text.
Not entries:
- rows `Joint` / `Finetune` (224-225, 246-247, 256-257): baselines described in words, no paper;
- rows wrapped in HTML comments `<!-- |`DER`|... -->` (231-232, 235-237, 258-260): hidden on the
  rendered page, methods not (yet) supported;
- the framework's own paper: `[[Arxiv]]` badge line 12, the News line 86 and the `@article{xiang2025openhaiv`
  BibTeX block 385-393 under "Citation" (the list's own boilerplate);
- the Acknowledgement bullets 398-400 (code bases).
Line 300 names the method `GLMCM` and gives the title without the `GL-MCM:` prefix; titles are taken as
written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "HAIV-Lab__openhaiv__README@f4933a7.md"
PART = "wild31_development"

ROW = re.compile(r"^\|`[^`]+`\|\[\*\*(.+?)\*\*\]\([^)]+\)\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, t in enumerate(lines, 1):
        m = ROW.match(t)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each visible row of the Supported Methods tables whose Paper cell is a bold linked title is an entry"
        " titled by that link text; baseline rows without a paper, rows hidden in HTML comments and the"
        " framework's own paper (badge, news, citation BibTeX) are not entries.",
        "All 25 entries and all 8 commented-out rows checked by eye, with every arXiv id and the one"
        " non-arXiv link (290, 304).",
    )


if __name__ == "__main__":
    main()
