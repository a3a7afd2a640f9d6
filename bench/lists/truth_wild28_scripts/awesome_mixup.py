"""Wild28 truth for demoleiwang/awesome-mixup README.md: a small awesome list of mixup papers.

Shape: five '###' sections (Basics, Contrastive Learning, Semi-supervised Learning, NLP, Other
Application); each record is a numbered item '1. **[[Nick'YY]](url)** Title. Venue Year. [[code](url)]'
followed by a blank line and an indented italic author line ('    *A, B, C.*').  An entry spans the
item line through its author line.  Title = the text after the bold nickname link up to the first
'. ' (or a final '.'); the bracketed nickname ('mixup'18', 'CutMix'19' ...) is a tag and dropped.
Special cases: lines 11-16 are an HTML comment holding an empty template item ('1. **[[]]()** x.
x.'), not an entry; line 155 (M-Mix) has an empty link '()' so no id; line 118 (MixCo) venue is
'NeurIPSW.' and line 231 (XAIMix) 'TKDD.' without a year, line 249 (SMFM) has only '2022.'; line 254
(MIX-TS) has no year in its nickname; line 120's author line starts with a stray 'MixCo:'; line 231's
link is a dl.acm.org/doi/pdf URL (DOI 10.1145/3533048).  Author lines are indented by 3 or 4
spaces.  Count check: 53 lines start '1. **', minus the commented template = 52 entries, which
matches the file's own 'PaperNumber-52' badge (line 8).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "demoleiwang__awesome-mixup__README@98d81fe.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("1. **") or 11 <= i <= 16:
            continue
        m = re.match(r"1\. \*\*\[\[[^\]]*\]\]\([^)]*\)\*\*\s*(.+?)\.(?:\s|$)", text)
        assert m, i
        title = m.group(1)
        # the author line: next non-blank line, an indented italic span
        j = i + 1
        while not lines[j - 1].strip():
            j += 1
        assert re.match(r"\s{3,4}\*[^*]+\*\s*$", lines[j - 1]), (i, j)
        papers.append(entry(lines, i, j, title))
    assert len(papers) == 52, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered '1. **[[Nick'YY]](url)** Title. Venue.' item outside the HTML comment template is an"
                " entry spanning its item line and its italic author line; title = the text after the bold nickname"
                " link up to the first '. ', the bracketed nickname dropped",
                "all 52 entries read by eye against the file (titles, ends on the author lines, ids); the commented"
                " template (lines 11-16), the empty link on line 155, the year-less venues (118, 231, 249) and the"
                " dl.acm.org DOI on line 231 checked; count equals the file's PaperNumber-52 badge")


if __name__ == "__main__":
    main()
