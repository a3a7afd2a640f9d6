"""Wild6 truth for oneonlee/Deep-Learning-Paper-Review README.md: a Korean deep-learning paper-review
study group's schedule ('딥러닝 논문 리뷰 스터디', members as linked bullets, '## 목차').

Shape: one Markdown table 'Title | Presenter | Date'; each row's Title cell is one link whose text
glues a venue tag in parentheses to the title, with no space: '[(CVPR2016)Deep Residual Learning for
Image Recognition](https://arxiv.org/abs/1512.03385)' (tags such as '(arxiv2017)' or
'(IEEE Transaction PAMI2017)'); presenter (Korean name) and date ('2021.05.07.') cells follow.

Entry: every table row under the header (21 rows, all papers).  Title = the link text without the
leading '(…)' venue tag (a tag the list puts before the title is not part of it); a trailing space
inside one link text is dropped.  Not entries: the member bullets, the closing bullet pointing to a
Google spreadsheet.  Count check: 21 rows = 21 lines starting '| [(' = 21 dates '2021.'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "oneonlee__Deep-Learning-Paper-Review__README@0627cea.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, x in enumerate(lines, 1):
        m = re.match(r"^\| \[\(([^)]*)\)([^\]]+)\]\([^)]*\) \|", x)
        if m:
            papers.append(entry(lines, i, i, m.group(2).strip()))
    rows = [x for x in lines if x.startswith("| [(")]
    dates = re.findall(r"\| 2021\.\d\d\.\d\d\.\|", "\n".join(lines))
    assert len(papers) == 21 == len(rows) == len(dates), (len(papers), len(rows), len(dates))
    write_truth(
        NAME,
        "wild6_development",
        papers,
        "every row of the 'Title | Presenter | Date' table is an entry (21); title = the Title cell's link text"
        " without the glued '(Venue Year)' tag before it",
        "all 21 rows checked by eye (titles without the venue tag, arXiv ids from the links; the SegNet row links"
        " IEEE Xplore, the Transformer and GAN rows NeurIPS proceedings, no id); member bullets and the closing"
        " spreadsheet bullet are not entries",
    )


if __name__ == "__main__":
    main()
