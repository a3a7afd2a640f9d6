"""Wild6 truth for amusi/daily-paper-computer-vision 2018/12/24-28.md: a Chinese weekly computer-vision
paper digest ('【计算机视觉论文速递】2018-12-24~12-28').

Shape: a task-list of dates, a Chinese intro sentence ('本文分享共计39篇论文'), '[TOC]', then '# Topic'
headings; under them one record per paper: a bold line '**《Title》**' (title in Chinese double angle
brackets), optional venue line ('ICLR 2019', 'BMVC 2018'), optional Chinese comment ('注：…', or a
plain line like '百度出品，必属精品，Mark！'), a bare URL line 'arXiv：https://arxiv.org/abs/…' (full-width
colon, no Markdown link), optional 'github：…' line, and the English abstract as a '> ' blockquote
(twice continued on a following line without '>').

Entry: every '**《…》**' record, from its title line to the last non-blank line before the next record or
heading; title = the text inside 《》.  All are arXiv papers (SMILER is the arXiv report of a software
library, kept).  Count check: 39 records = the 39 the intro announces = 39 'arXiv：' lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "amusi__daily-paper-computer-vision__2018__12__24-28@b61562b.md"


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    starts = [i for i, x in enumerate(lines, 1) if re.match(r"^\*\*《.+》\*\*\s*$", x)]
    papers = []
    for s in starts:
        e = s
        k = s + 1
        while k <= n and not re.match(r"^\*\*《|^# ", lines[k - 1]):
            if lines[k - 1].strip():
                e = k
            k += 1
        title = re.match(r"^\*\*《(.+)》\*\*", lines[s - 1]).group(1)
        papers.append(entry(lines, s, e, title))
    arxiv_lines = [x for x in lines if x.startswith("arXiv：")]
    assert "共计39篇论文" in "\n".join(lines)
    assert len(papers) == 39 == len(arxiv_lines), (len(papers), len(arxiv_lines))
    assert all(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        "wild6_development",
        papers,
        "every bold '**《Title》**' record under the topic headings is an entry (39), running to its last non-blank"
        " line (venue, Chinese note, bare 'arXiv：' URL, github line, abstract blockquote); title = the text in 《》",
        "all 39 records checked by eye (titles, line ranges ending at the abstract, the two abstracts continued"
        " without '>'), the count against the intro's '共计39篇论文' and the 39 'arXiv：' lines; the date task list,"
        " intro and '[TOC]' are not entries",
    )


if __name__ == "__main__":
    main()
