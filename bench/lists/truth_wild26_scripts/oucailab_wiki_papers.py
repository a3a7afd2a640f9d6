"""Wild26 truth for oucailab/oucailab-wiki src/resources/papers.md: a lab wiki's publication page.

Shape: a Chinese lab wiki page ('学术论文与专利') of the OUC AI lab's representative papers under
'### 2026' .. '### 2021' year headings; one Markdown ordered item '1. ' per paper (every item numbered
'1.'), IEEE-style: 'Authors, "Title," Venue, year. [[PDF](url)][[Code@Github](url)]'.  The 2026
items are separated by blank lines (and line 25 is an extra blank line), the later years are
consecutive lines.  The HEAD version no longer has the patents and awards the older versions
carried, so every item is a paper.
Entries: all 60 numbered items (14 + 14 + 13 + 9 + 7 + 3), each one line.
Title: English items: the text between the straight double quotes, the separator (',' or '.')
put inside the closing quote dropped; on lines 17, 19, 21, 23, 28, 30, 63 the comma comes after the
closing quote, on line 41 a full-width '，' follows it.  Chinese items (lines 32, 34, 49-52, 64-67,
79) have no quotes: 'authors，title，venue，year' with ',' or '，' separators; the title is the
segment after the last author name, written out by hand in CHINESE and checked to be in its line.
Ids: arXiv links on lines 58, 71, 72, 83, 85 (pdf form); one Springer article URL with a DOI (line
62).  IEEE Xplore document links, AAAI OJS links and cjig pages are not DOIs.
Count check: 60 lines start with '1.' after optional spaces; 60 entries, 11 of them Chinese.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "oucailab__oucailab-wiki__src__resources__papers@bb011f7.md"
PART = "wild26_development"
CHINESE = {
    32: "小波多尺度残差聚合北极海冰预测网络WRANet",
    34: "选择注意力与方向特征增强的遥感图像语义分割",
    49: "基于通道变换和Transformer的高光谱图像变化检测方法",
    50: "针对多源遥感图像分类的门控跨模态聚合网络",
    51: "针对高光谱遥感图像变化检测的混合注意力和双向门控网络",
    52: "基于小波变换平行注意力的多源遥感图像分类",
    64: "基于Transformer和通道混合并行卷积的高光谱图像去噪",
    65: "基于Transformer和动态3D卷积的多源遥感图像分类",
    66: "基于稀疏注意力和可变形融合的多源遥感图像分类方法",
    67: "基于双分支Transformer的高光谱和LiDAR数据分类方法",
    79: "基于旋转目标感知网络的SAR船舶检测方法",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not re.match(r"\s*1\. ", text):
            continue
        if i in CHINESE:
            title = CHINESE[i]
            assert title in text and '"' not in text, i
        else:
            m = re.search(r'"([^"]+)"', text)
            assert m, i
            title = m.group(1).strip().rstrip(",.").strip()
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 60, len(papers)
    assert sum(1 for p in papers if p["line"] in CHINESE) == 11
    write_truth(NAME, PART, papers,
                "every numbered item under the year headings is one paper; title = the text in straight double"
                " quotes without the ',' or '.' inside the closing quote, or for the 11 unquoted Chinese items the"
                " segment after the authors (written out by hand)",
                "all 60 items read by eye against the -v output (small file); every title found in its line;"
                " the 11 Chinese items' author/title/venue split checked one by one; arXiv ids on lines 58, 71, 72,"
                " 83, 85 and the Springer DOI on line 62 checked; IEEE Xplore/AAAI/cjig links carry no DOI")


if __name__ == "__main__":
    main()
