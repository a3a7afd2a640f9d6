"""Wild19 truth for open-mmlab/awesome-vit README_zh-CN.md: the Simplified-Chinese page of a
Vision Transformer paper list ('Vision Transformer 论文精选列表和总结').

Shape: Chinese headings and Chinese category bullets ('- **非重叠 Patch Embedding**', '- 绝对位置编码',
'- 减少全局注意力计算量') with the papers as bullets under them, flat or indented two spaces:
'- [**Nick**] Title (Venue Year-yyyy.m) [[Paper](url)]', the nickname in brackets, bold or not.
Two parts: a '## 总结' summary by module (papers repeated under many categories) and a '## 论文列表'
list by year; every paper bullet of both is an entry (repeats are separate entries).

Entry: every bullet whose line holds a '[[Paper](' link (one line each).  Title = the text after
the bracketed nickname up to the date parenthesis '(… 20xx.x)' or the '[[Paper]' link; the few
bullets without a nickname give the title plainly or in bold with the date inside the bold
('- **Title (2021.6)** [[Paper](…)]'), the date is dropped.  Two repairs of stray markup: the
Transformer bullet writes 'Attention is All You Need]' with a stray closing bracket (dropped), and
the MViT bullet under 'Pooling Attention' ends with a stray '[**Imporved MViT**]' that names no
title (the next bullet is Improved MViT's own entry): one entry, MViT.  Not entries: the TOC, the
three zhihu blog links ('中文博客链接'), the category bullets, images.  Ids: the arXiv URL of the
bullet (two OpenReview PDFs have none).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "open-mmlab__awesome-vit__README_zh-CN@80e7037.md"
PART = "wild19_development"


def title_of(text: str) -> str:
    body = re.sub(r"^\s*-\s+", "", text)
    body = body.split("[[Paper]")[0]
    body = re.sub(r"^\[(?:\*\*)?[^\]]+?(?:\*\*)?\]\s*", "", body)  # [**Nick**] or [Nick]
    body = body.replace("**", "").strip()
    body = re.sub(r"\s*\([^()]*\d{4}[^()]*\)\s*$", "", body)  # (ICLR 2021-2020.10), (2021.6)
    body = body.rstrip("] ").strip()  # 'Attention is All You Need]'
    return body


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    summary = listing = 0
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text
        if "[[Paper](" not in text:
            continue
        assert re.match(r"^\s*-\s", text), (i, text)
        papers.append(entry(lines, i, i, title_of(text)))
        if section == "## 总结":
            summary += 1
        elif section == "## 论文列表":
            listing += 1
    # second count: grep -c '\[\[Paper\](' gives 112; 74 in the summary (lines 57-326), 38 in the list (327-)
    assert len(papers) == 112 and summary == 74 and listing == 38, (len(papers), summary, listing)
    write_truth(NAME, PART, papers,
                "every bullet holding a '[[Paper](url)]' link is an entry (summary by module and list by year,"
                " repeats kept); title = text after the bracketed nickname up to the '(venue-date)' parenthesis"
                " or the Paper link, bold and date dropped, a stray ']' after 'Attention is All You Need' dropped",
                "all 112 titles read against their lines (both parts); counted with grep (112 lines with"
                " '[[Paper]('; 74 under 总结, 38 under 论文列表); the blog links, TOC and category bullets are not"
                " entries; the MViT line with a stray '[**Imporved MViT**]' kept as one entry; ids: arXiv on all"
                " but the two OpenReview bullets (Sparse Transformer, ConvMixer)")


if __name__ == "__main__":
    main()
