"""Wild39 truth for lwfly/graduation_work 参考文献.md: the reference list ("###### 参考文献") of a
Chinese undergraduate graduation project on Weibo public-opinion / event mining (topic models, LDA,
spatio-temporal analysis of public-health events), written in the Chinese GB/T 7714 style.

Taken from commit 6e4a128 ("last", 2022-05-08): the repository's newest commit (e2b65f6, a merge
of the branch "first") has only a README, so the list exists only in that older commit.

Shape: 69 lines (no final newline).  "###### 参考文献" (1), then two Markdown ordered lists:
- lines 3-43: items "1." to "21.", one per line, separated by blank lines;
- lines 55-69 (after a run of blank and whitespace-only lines 44-54): a second, re-ordered draft
  "1." to "15." without blank lines, repeating 14 of the first list's references; its item "5. "
  (59) is empty.
Each reference is "N. Authors. Title[X]. Source, year, vol(issue): pages." with X = J (journal
article, 25), D (学位论文, theses, 7) or C (conference paper, "[C]//Proceedings ...", 3),
counted over both lists -- all scholarly works, all entries; authors are Chinese names or "Surname
Initials" separated by commas, ending in "等." or "et al." for long lists.  31 of the 35 records are
in Chinese, 4 in English (9, 41, 43, 63).
Entry = each non-empty item of both lists (21 + 14 = 35; the repeats in the second list are separate
entries, as the truth format asks; the empty item 59 is not an entry).  Title = the text after the
authors' closing ". " up to the type tag "[J]"/"[D]"/"[C]", as written (the Chinese dash subtitles
"——以新冠肺炎疫情为例" and the space before them kept, collapsed).  DOIs from the literal "DOI:10...."
texts (13 records); no arXiv ids.  35 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "lwfly__graduation_work__参考文献@6e4a128.md"
PART = "wild39_development"

ITEM = re.compile(r"^(\d+)\. (.*)$")
REF = re.compile(r"^(.+?(?:等|et al|[A-Z]|[\u4e00-\u9fff]))\. (.+?)\[([JDC])\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    kinds: dict[str, int] = {}
    for n, text in enumerate(lines, 1):
        m = ITEM.match(text.rstrip())
        if not m:
            assert not text.strip() or n == 1 or re.match(r"^\d+\.\s*$", text), n
            continue
        numbers.append(int(m.group(1)))
        r = REF.match(m.group(2))
        assert r, n
        kinds[r.group(3)] = kinds.get(r.group(3), 0) + 1
        papers.append(entry(lines, n, n, r.group(2)))

    empty = [n for n, t in enumerate(lines, 1) if re.match(r"^\d+\.\s*$", t)]
    assert empty == [59], empty
    assert numbers == list(range(1, 22)) + [1, 2, 3, 4] + list(range(6, 16)), numbers
    assert kinds == {"D": 7, "J": 25, "C": 3}, kinds
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each non-empty numbered item 'N. Authors. Title[J|D|C]. ...' of both lists (21 + 14, the second "
        "list's repeats counted again; the empty item '5. ' at 59 skipped) is an entry; title = the text "
        "between the authors' closing '. ' and the [J]/[D]/[C] tag, as written.",
        "Read all 69 lines: every item's author/title split and type tag compared with the -v output (the "
        "'et al.' and '等.' author endings, the English records 9, 41, 43 and 63, the dash subtitles of 23, 29, 35, "
        "39 and their repeats, the ASCII quotes in 39/56), the 13 DOI texts (7, 15, 19, 27, 29, 31, 35, 37 and the "
        "repeats 57, 64, 66-68), the empty item 59, the whitespace-only lines 45-54 and the unterminated last line 69.",
    )


if __name__ == "__main__":
    main()
