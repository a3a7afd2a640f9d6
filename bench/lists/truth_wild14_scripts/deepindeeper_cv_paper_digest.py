"""Wild14 truth for DeepInDeeper/DeepLearningZeroToALL Note/Niubility/Computer-Version-Paper(updating).md:
a Chinese 'paper express' digest (论文速递: detection, segmentation, face, SLAM, OCR ...) copied from a
WeChat account, CRLF line endings, 60 numbered papers of early March 2018 (arXiv 1803.*).

Shape: one record per paper, two lines:
  '**[N]** "**Title**"[[pdf]][pdf-NN]'   (number in bold brackets, the title in bold inside quotes,
                                          a reference-style '[pdf]' link; [1] has none, [57] has no
                                          space after the number)
  '(Chinese one-line comment)'           (what the paper does, or '???', '()' when the author had none)
and, after a '----' rule, the link definitions '[pdf-NN]: https://arxiv.org/abs/1803.xxxxx'.

Entries: the 60 numbered records (lines N and N+1).  Title = the bold text inside the quotes.  The
arXiv id is the one the record's '[pdf-NN]' reference resolves to in the definitions block (reference
links are resolved, as Markdown renders them); record [1] (the 2018 DAVIS challenge report, linked
only to the challenge site in its comment) has no id.  Dataset papers ('Chinese Text in the Wild',
'Image Dataset for Visual Objects Classification in 3D Printing') are papers: entries.

Not entries: the header lines (update note, the WeChat source link), the '[link]' to a dataset site and
the '官网' link inside comments, and the 59 link definitions.

Count check: numbers 1-60 in order without a gap (asserted); 59 definitions pdf-02..pdf-60, each used by
exactly one record (asserted).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import arxiv_of, entry, read_lines, write_truth

NAME = "DeepInDeeper__DeepLearningZeroToALL__Note__Niubility__Computer-Version-Paper(updating)@8f629e3.md"

RECORD = re.compile(r'^\*\*\[(\d+)\]\*\*\s*"\*\*(.+?)\*\*"(?:\[\[pdf\]\]\[(pdf-\d+)\])?\s*$')
DEFINITION = re.compile(r"^\[(pdf-\d+)\]:\s*(\S+)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    defs = {m.group(1): m.group(2) for ln in lines if (m := DEFINITION.match(ln))}
    papers, numbers, used = [], [], []
    for i, text in enumerate(lines, 1):
        m = RECORD.match(text)
        if not m:
            assert not text.startswith("**["), (i, text)
            continue
        numbers.append(int(m.group(1)))
        comment = lines[i]  # the next line: the Chinese comment in parentheses
        assert comment.lstrip().startswith(("(", "（")), (i, comment)
        p = entry(lines, i, i + 1, m.group(2))
        if m.group(3):
            used.append(m.group(3))
            p["arxiv"] = arxiv_of(defs[m.group(3)])
        papers.append(p)
    assert numbers == list(range(1, 61)), numbers
    assert sorted(used) == sorted(defs) and len(defs) == 59, (len(used), len(defs))
    write_truth(
        NAME,
        "wild14_development",
        papers,
        "every numbered record '**[N]** \"**Title**\"[[pdf]][pdf-NN]' with its Chinese comment line is an entry; "
        "title = the bold quoted text; the arXiv id is resolved from the reference-style definition "
        "'[pdf-NN]: url' at the end of the file",
        "all 60 records one by one (numbers 1-60, titles against the lines, the record without a pdf link, "
        "the record without a space after its number, the comment lines), and every definition resolved "
        "and used once",
    )


if __name__ == "__main__":
    main()
