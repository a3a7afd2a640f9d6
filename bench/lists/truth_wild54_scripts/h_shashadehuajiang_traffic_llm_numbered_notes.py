"""Wild54 truth for shashadehuajiang/traffic-LLM-survey README.md: a Chinese student's working notes for a survey
on network traffic and large language models ("some related work about traffic and large language model"), newest
commit (eaa5ad6, 2023-11-09).

Shape: 187 lines, 7 KB.  ``# traffic-LLM-survey`` (1) and a one-line description (2), then ``##`` sections of
numbered items ``N. [Title](url)`` separated by blank lines, most followed by a one-line Chinese comment paragraph
(``略`` "skipped", ``数据包level bert + 序列的CNN特征``, ...) and once by an image (37): ``## ref (useful)`` (8, items
9-21), ``## traffic classification`` (25, items 27-79), ``## network traffic generation`` (83, items 85-133),
``## Efficient Transformers`` (139, items 141-147), ``## 生成指标`` (150, generation metrics: plain-text notes 152,
156 and a Zhihu article link 154), ``## 模型微调`` (158, notes 160 and an empty item 162), ``## other ref (network
related)`` (166, item 168), ``## other ref (deep learning related)`` (170, item 172), ``## my experiments`` (175, a
link to the author's GitHub repository 177); 10 blank lines close the file.

Special cases:
- Some link texts are Chinese machine translations standing in for the English title (9 ``Transformer 是
  RNN：具有线性注意力的快速自回归 Transformer``, 93 ``用于物联网流量生成的知识增强 GAN``, 109 ``DBWE-Corbat：使用动态词
  嵌入...``, 117 ``DPNeT：具有生成对抗网络的差分专用网络流量合成``, 145 ``扩散器：具有长序列多跳注意力扩散的高效变压器``);
  they are the only title written, so they are kept as written.
- 27 ``ET-bert`` and 147 ``FlashAttention`` name the works by nickname only; kept as the written title.  147 links a
  CSDN blog post about FlashAttention, but the item lists the work (in the Efficient Transformers paper section), so
  it counts; its link gives no id.
- 101 ``(SIGCOMM'22) Practical GAN-based synthetic IP header trace generation using NetShare``: the venue prefix is
  dropped from the title.
- 47 ``I^2 RNN: ...`` keeps its caret.
- Not entries: the Zhihu article (154, a blog post), the plain-text notes (152, 156, 160), the empty item 162, the
  own-experiments repository link (177), the comment paragraphs and the image.
- Ids: arXiv abs/pdf links (51, 63, 89, 141, 143); DOIs from ACM ``/doi/(abs|pdf)/10.1145/...`` (27, 71, 85, 93,
  101) and Springer ``/chapter/10.1007/...`` (21, 117, 133) links; none from ScienceDirect, MDPI, IEEE, AAAI,
  Hindawi, PMLR, Warwick.

Decisions:
- Entry = each numbered item whose link is to a paper (plus 147), one line each (the comment paragraph below is a
  separate paragraph, not part of the item); title = the link text, a leading ``(VENUE'YY)`` dropped.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "shashadehuajiang__traffic-LLM-survey__README@eaa5ad6.md"
PART = "wild54_development"

ITEM = re.compile(r"^(?P<num>\d+)\. \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)\s*$")
VENUE = re.compile(r"^\((?P<venue>[A-Z]+'\d\d)\) ")
NOT_PAPERS = {"https://zhuanlan.zhihu.com/p/150057895", "https://github.com/shashadehuajiang/LLM_traffic_expriments"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# traffic-LLM-survey", lines[0]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not re.match(r"^\d+\. \[", ln), (n, ln)
            continue
        if m.group("url") in NOT_PAPERS:
            continue
        title = VENUE.sub("", m.group("title"))
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 37, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[9]["title"] == "Transformer 是 RNN：具有线性注意力的快速自回归 Transformer", t[9]
    assert (t[27]["title"], t[27]["doi"]) == ("ET-bert", "10.1145/3485447.3512217"), t[27]
    assert (t[51]["arxiv"], t[63]["arxiv"]) == ("2309.04798", "2304.09513")
    assert (t[101]["title"], t[101]["doi"]) == (
        "Practical GAN-based synthetic IP header trace generation using NetShare", "10.1145/3544216.3544251"), t[101]
    assert t[117]["doi"] == "10.1007/978-3-030-81242-3_1", t[117]
    assert t[143]["arxiv"] == "2306.09539", t[143]
    assert (t[147]["title"], t[147]["arxiv"], t[147]["doi"]) == ("FlashAttention", None, None), t[147]
    assert t[172]["title"] == "A review on the attention mechanism of deep learning", t[172]
    assert 154 not in t and 177 not in t
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item 'N. [Title](url)' linking a research work is an entry (37): ref (useful) 9-21, traffic"
        " classification 27-79, traffic generation 85-133, Efficient Transformers 141-147 (147 FlashAttention via a"
        " blog link still names the work), other refs 168 and 172; title = the link text as written (Chinese"
        " translations and nicknames kept), a leading '(SIGCOMM'22)' venue dropped (101); the Zhihu article 154, the"
        " own-experiments repository 177, plain-text notes and the comment paragraphs are not entries.",
        "Read all 187 lines; compared -v with every numbered item (37 entries; 154, 177 and the text-only items"
        " 152/156/160/162 left out), the Chinese titles 9/93/109/117/145, nickname titles ET-bert 27 and"
        " FlashAttention 147, the venue prefix of 101; ids: arXiv 51/63/89/141/143, ACM DOIs 27/71/85/93/101,"
        " Springer DOIs 21/117/133.",
    )


if __name__ == "__main__":
    main()
