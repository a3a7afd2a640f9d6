"""Wild5 truth for Alison-brie/Awesome-Medical-Image-Registration README.md: an awesome list of (deep)
medical image registration papers.

Shape: intro, a TODO checkbox, 'Related Awesome Lists' (four links to other lists, not entries), two
tables of contents of anchor bullets (not entries), then '###'/'####'/'#####' topic sections whose bullets
are '* [Venue Year] Title [[pdf]](url) [[code]](url)' (the [[code]] link is sometimes missing, sometimes
after two spaces).  The venue tag in brackets before the title is dropped (a typo 'TPMAI 2021' included);
title = the text between the tag and ' [[pdf]]'; the ANHIR bullet writes its journal after the title
(', IEEE Transactions on Medical Imaging'), which is dropped.  The [[pdf]] link goes to arXiv, Springer, IEEE,
ScienceDirect, CVF, OpenReview, PMC, Google Drive or lab pages; ids come from the whole bullet line (a
[[code]] link never holds an id).  Papers listed in two sections (the TPAMI 2021 bilevel paper, SynthMorph,
...) are separate entries.  Not entries: the ' - [Name](url)' bullets of '## Challenges' (grand-challenge
pages) and '## Software' (ANTs, NiftyReg, ... tools).
Count check: bullets per topic section 5, 6, 9, 5, 4, 12, 6, 6, 5, 8, 6, 6, 4, 12, 8, 4, 3, 6, 3, 6, 5, 2
(awk over headings) = 131 = grep -c '^* \\[' ; every one has a [[pdf]] link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "Alison-brie__Awesome-Medical-Image-Registration__README@8d32fdc.md"
PART = "wild5_development"
ITEM = re.compile(r"\* \[([^\]]+)\] (.+?) \[\[pdf\]\]\(([^)]*)\)(.*)")
PER = [5, 6, 9, 5, 4, 12, 6, 6, 5, 8, 6, 6, 4, 12, 8, 4, 3, 6, 3, 6, 5, 2]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            per.append(0)
            continue
        if not text.startswith("* ["):
            continue
        m = ITEM.fullmatch(text.rstrip())
        assert m, i
        assert re.fullmatch(r"[A-Za-z][\w ]* \d{4}", m.group(1)), (i, m.group(1))
        per[-1] += 1
        title = m.group(2).removesuffix(", IEEE Transactions on Medical Imaging")  # venue written after one title
        papers.append(entry(lines, i, i, title))
    assert [n for n in per if n] == PER, [n for n in per if n]
    assert len(papers) == 131
    write_truth(NAME, PART, papers,
                "every '* [Venue Year] Title [[pdf]](url) [[code]](url)' bullet of the topic sections is an entry;"
                " title = the text between the venue tag (dropped) and [[pdf]]; related lists, tables of contents,"
                " challenges and software are not entries",
                "bullets counted per heading with awk (131) and matched against the pattern; all titles read against"
                " the file; the challenge and software bullets and the related-lists links looked at; arXiv ids and"
                " Springer/doi.org DOIs spot-checked")


if __name__ == "__main__":
    main()
