"""Wild5 truth for HuichuanLI/recommendation_algo README.md: a Chinese code README ('推荐算法深度学习实现')
listing the recommendation models it implements with the paper each comes from, in two tables of different
shapes.

Shape: '- General Recommendation' then a table with a Chinese header '| ** 模型 ** | 会议 |论文 |年份 |' whose rows
have no closing pipe and name the paper in Chinese book-title brackets without a link:
'| BPR | UAI    |《BPR: Bayesian Personalized Ranking from Implicit Feedback》|2009'; one row ('popularity | - |- |-')
names no paper; MultiVAE and MultiDAE cite the same paper (two rows, two entries).  Then '- Context-aware
Recommendation' and a DeepCTR-style table '| Model | [CIKM 2015][Title](url) |' (arXiv, IJCAI, ACM DL, CASIA
links); one row's model is 'FEFM and DeepFEFM' (one paper), the multi-task rows cite an overview paper.

Entry: every table row that names a paper: 23 in the first table, 28 in the second = 51.  Title: the text
inside 《》 (a closing '.' inside the brackets dropped as a separator), or the link text after the '[Venue
Year]' tag; model names are not titles.
Count check: rows 9-32 (24) minus 'popularity' = 23; rows 39-66 = 28 (grep -c of '| [' rows with ']['); 51.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "HuichuanLI__recommendation_algo__README@5370d29.md"
PART = "wild5_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    first = second = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("|") or re.match(r"\|[\s:|-]+$", text):
            continue
        m = re.search(r"《(.+?)》", text)
        if m:
            first += 1
            papers.append(entry(lines, i, i, m.group(1).rstrip(".")))
            continue
        m = re.search(r"\|\s*\[[^\]]*\]\[(.+?)\]\(", text)
        if m:
            second += 1
            papers.append(entry(lines, i, i, m.group(1)))
            continue
        assert "popularity" in text or "模型" in text or "Model" in text, i
    assert (first, second) == (23, 28), (first, second)
    write_truth(NAME, PART, papers,
                "every table row naming a paper is an entry: title = the text in 《》 (closing '.' dropped) in the Chinese"
                " table, the link text after the '[Venue Year]' tag in the second table; the 'popularity' row and the"
                " model-name cells are not titles",
                "all 52 rows read against the output: 23 《》 titles (MultiVAE/MultiDAE share a paper: two entries), 28"
                " linked titles with arXiv ids from abs/pdf links and the two ACM DOIs, the 'popularity' row left out")


if __name__ == "__main__":
    main()
