"""Wild25 truth for xmu-xiaoma666/FightingCV-Paper-Reading README.md: a Chinese index of paper write-ups.

Shape: a Chinese README (a WeChat/Zhihu author's index of his paper explanations, 论文解析) with
'##' venue headings (MM 2022, NeurIPS 2022, ..., CVPR2021, ArXiv) and '###' topic headings in Chinese
(多模态, 主干网络, 检测, ...).  Each record is a '- ' bullet whose link text is the Chinese headline of
the write-up (a blog post on mp.weixin.qq.com or zhuanlan.zhihu.com), then, on the next line,
indented four spaces, the paper itself as '[【English Title】](paper url)' (arXiv abs/pdf, CVF,
IEEE Xplore, ACM DL, ScienceDirect, OpenReview, readpaper, arxiv-vanity, a GitHub PDF, or a Zhihu
link), and for five records a third line '[【Code】](github url)' (lines 83, 91, 126, 137, 834).
Blank lines separate records.
Entries: the 180 bullets followed by a '[【Title】]' paper line.  Title = the English text inside
【】 on that line; the Chinese headline is the blog post's own title (a description of the paper),
not the paper's title, and is dropped.  The entry spans the bullet line to its paper line (or its
Code line).
Not entries (47 bullets with no paper line): three sponsor/contact bullets in the header (lines
30, 32, 36), the survey-style blog posts of '总结性文章' (43-62, posts about many papers), the three
'CV知识点汇总与解析' posts (68-72), the '其他技术文章' blog posts (849-879) and the '科研问题分享'
essays (885-923).
Special cases: line 355 (the MixMo write-up) repeats the MicroNet paper line of line 338 (title and
arXiv link) -- a copy slip in the file; the truth keeps what the file writes (title 'MicroNet: ...',
arXiv 2108.05894).  Records repeated under two headings are separate entries: UniTAB (114, 129),
Learning Dynamic Routing (597, 665), Anchor DETR (602, 607), Masked Siamese ConvNets (822, 826).
Line 780 (CPT) links its headline to the arXiv page itself; same id as its paper line.  Paper lines
462 (HaloNet) and 489 (SimVLM) link a Zhihu post, 97 readpaper.com, 804 OpenReview, 210
arxiv-vanity.com/papers/2106.00666 (a third-party renderer, not an arXiv URL form: no arXiv id is
taken from it, as the shared helper decides; the entry's arxiv is null).  Titles keep the file's characters: the ligatures
'ﬁ'/'ﬀ' (225, 188, 759, 762, 765, 777), 'Unifified'/'Effificient'/'Sparsifification'/'Inflfluence'
(PDF-copy slips, 632, 648, 498), U+2212 in 'Audio−Visual' (121), 'S²' (537).
Count check: 227 lines start with '- '; 180 lines start with '    [【' other than 【Code】; 227 - 180 = 47.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "xmu-xiaoma666__FightingCV-Paper-Reading__README@d6abbf1.md"
PART = "wild25_development"
PAPER = re.compile(r"^ {4}\[【(.+?)】\]\(")


def main() -> None:
    lines = read_lines(NAME)
    bullets = [i for i, t in enumerate(lines, 1) if t.startswith("- ")]
    papers, blogs = [], []
    for n, b in enumerate(bullets):
        stop = bullets[n + 1] if n + 1 < len(bullets) else len(lines) + 1
        first = last = None
        title = None
        for j in range(b + 1, stop):
            t = lines[j - 1]
            if t.startswith("#"):
                break
            m = PAPER.match(t)
            if not m:
                continue
            if m.group(1) == "Code":
                assert first is not None, j
                last = j
                continue
            assert first is None, (b, j)
            first = last = j
            title = m.group(1)
        if first is None:
            blogs.append(b)
            continue
        papers.append(entry(lines, b, last, title))
    assert len(bullets) == 227, len(bullets)
    assert len(papers) == 180, len(papers)
    assert blogs[:3] == [30, 32, 36], blogs[:3]
    assert all(43 <= b <= 72 or b >= 849 for b in blogs[3:]), blogs
    write_truth(NAME, PART, papers,
                "every '- ' bullet (a Chinese blog headline) followed by an indented '[【English title】](url)' paper"
                " line is an entry spanning bullet to paper/Code line; title = the English text in 【】; 47 bullets"
                " without a paper line (header, survey posts, knowledge posts, essays) are not entries",
                "the 47 non-entry bullets checked by section; first and last entry of every '##' section, about 30"
                " others, the MixMo/MicroNet slip (355), the repeated records, the non-arXiv paper hosts (97, 210,"
                " 462, 489, 804) and the ligature titles read by eye")


if __name__ == "__main__":
    main()
