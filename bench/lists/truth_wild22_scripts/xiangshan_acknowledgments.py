"""Wild22 truth for OpenXiangShan/XiangShan-doc docs/acknowledgments.md: the computer-architecture
papers whose techniques the XiangShan RISC-V core implements.

Shape: an intro line, then eleven '##' topic headings (Instruction Fetching ... Data Prefetch),
each followed by numbered reference paragraphs, blank lines between, the numbering restarting
at [1] under every heading: '[n] Authors. "[Title.](url){target="_blank"}" Venue (ABBR). Year.
[[RTL Codes]](github url){target="_blank"}'.  The title is the link text inside the straight
double quotes, ending in a period that is the citation's separator (dropped).  The MkDocs
attribute lists '{target="_blank"}' and the '[[RTL Codes]]' link to the RTL source are part of
each reference, not entries.  Links go to doi.org, dl.acm.org/doi/10.5555/..., inria.hal.science,
an IRISA PDF and crad.ict.ac.cn/en/article/doi/10.7544/... (DOI inside the publisher URL).
Special cases: line 81 has no period between the authors and the opening quote ('Yale N. Patt
"[Feedback ...'); the championship write-ups (lines 27-33, 83) and the HiPEAC Transactions
chapter (line 43) are papers, so entries.
Entries: every '[n] ' paragraph: 2+3+8+3+3+2+1+1+1+1+7 = 32.  Count check: 32 lines starting '['
followed by a digit.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "OpenXiangShan__XiangShan-doc__docs__acknowledgments@5af4402.md"
PART = "wild22_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    sections: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            sections.append(0)
            continue
        if not re.match(r"\[\d+\] ", text):
            continue
        m = re.search(r'"\[(.+?)\]\((https?://[^)]*)\)\{target="_blank"\}"', text)
        assert m, i
        title = m.group(1)
        title = title.removesuffix(".")
        sections[-1] += 1
        papers.append(entry(lines, i, i, title))
    assert sections == [2, 3, 8, 3, 3, 2, 1, 1, 1, 1, 7], sections
    assert len(papers) == 32, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered reference paragraph '[n] Authors. \"[Title.](url)\" Venue. Year. [[RTL Codes]](...)' is"
                " an entry; title = the quoted link text without its final period; the RTL-code links and"
                " MkDocs {target=...} attributes are part of the entry",
                "all 32 references checked by eye against the -v output (titles, DOIs from doi.org, dl.acm.org"
                " 10.5555 and the crad.ict.ac.cn URL, HAL/IRISA links without DOI, line 81 without a period"
                " before the quote)")


if __name__ == "__main__":
    main()
