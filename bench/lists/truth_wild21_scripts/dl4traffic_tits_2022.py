r"""Wild21 truth for jwwthu/DL4Traffic 2022/Journals/T-ITS.md: one journal-year page of a
deep-learning-for-traffic-prediction collection (IEEE T-ITS, 2022).

Shape: no heading, no prose: 42 bullets (CRLF line endings), each a GB/T 7714-style reference
`* Surname I, Surname I, et al. <b>Title[J]</b>. IEEE Transactions on Intelligent Transportation
Systems, 2022. [Link](ieeexplore url) [Code](github url)?` -- the title inside an HTML `<b>` with the
GB/T document-type mark `[J]` written inside the bold; one bold starts with a space (`<b> TGAE`).

Entry: every bullet.  Title: the `<b>` text without the `[J]` mark.  No arXiv ids or DOIs (all
links are IEEE Xplore document pages or one iel7 pdf).  Count check: `grep -c '^\* '` = 42 = the
file's line count; `grep -c '<b>'` = 42.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "jwwthu__DL4Traffic__2022__Journals__T-ITS@2122195.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("* "):
            continue
        m = re.search(r"<b>(.+?)</b>", text)
        title = re.sub(r"\[J\]\s*$", "", m.group(1)).strip()
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 42, len(papers)
    write_truth(NAME, "wild21_development", papers,
                "every bullet is a paper (GB/T-style reference); title = the text inside <b>...</b> without the"
                " '[J]' document-type mark",
                "all 42 bullets against the file: titles (en-dash 'Spatial–Temporal', ' TGAE' with a leading space,"
                " '2F-TP', 'Short-and Long-Term'), no ids in IEEE Xplore links, CRLF endings")


if __name__ == "__main__":
    main()
