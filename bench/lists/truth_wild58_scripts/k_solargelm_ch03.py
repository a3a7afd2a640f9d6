"""Wild58 truth for datawhalechina/so-large-lm docs/content/ch03.md at 5bdf642 (2024-04-30): chapter 3 ("第3章 模型架构",
model architecture) of a Chinese course on large language models.  The chapter body is Chinese prose with formulas
and inline author-year citations; it ends with a "## 延伸阅读" (further reading) section holding an English reading
list (taken over from Stanford CS324) grouped under Chinese/English labels.

Shape: 498 lines.  Headings 3.1-3.3.2.3.3 (1-455) with Chinese prose, ``$...$`` formulas, images and bullets;
"## 延伸阅读" (456) then: a bare blog URL (459), and five labelled groups (分词: 462, 模型架构: 469,
Decoder-only 架构: 483, Encoder-only 架构: 490, Encoder-decoder 架构: 495) of ``- [Title](url). *Authors*. VENUE
YEAR. Introduces **X**.`` bullets (464-498).

Special cases:
- The prose cites papers inline by author and year only: ``（[Wang等人，2019年](https://arxiv.org/pdf/1909.03341.pdf)）``
  (118), ``（[Kudo＆Richardson，2018年](...)）`` (131), ``（[Elman，1990](...)）`` (282), ``（[Vaswani等人，2017](...)）``
  (307), ``[Levine等人（2020）](...)`` (447), and bullets 451/453 (``[Davis等人，2021](...)``, ``[sparse
  Transformer](...)``): no paper title is written, so these are not entries.
- 311-312 link the Illustrated Transformer / Illustrated GPT-2 / Annotated Transformer blog posts: not papers.
- In the reading list, 473 (Illustrated Transformer blog) and 474-475 (CS224N slides) are not papers: not entries.
- 471 (``Introduces GPT-2.``, no authors) and 485 (with authors) list the same paper, ``Language Models are
  Unsupervised Multitask Learners``, twice with different PDF links: two entries.
- 487 keeps the source's ``Analysis&Insights`` (no spaces); 466 has a typographic apostrophe (``Google’s``).

Decisions:
- Entry = every ``- [Title](url)`` bullet of the 延伸阅读 section (464-498) except the blog and slides (473-475):
  20 entries, one line each.  Title = the link text.
- arXiv ids come from arxiv.org/pdf links (464 -> 2112.10508); 471, 485 and 488 link non-arXiv PDFs and carry no id.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "datawhalechina__so-large-lm__docs__content__ch03@5bdf642.md"
PART = "wild58_development"

ITEM = re.compile(r"^- \[([^\]]+)\]\(")
NOT_PAPERS = {"Illustrated Transformer", "CS224N slides on RNNs", "CS224N slides on Transformers"}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 延伸阅读") + 1
    papers = []
    for n in range(start + 1, len(lines) + 1):
        m = ITEM.match(lines[n - 1])
        if m and m.group(1) not in NOT_PAPERS:
            papers.append(entry(lines, n, n, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert start == 456, start
    assert len(papers) == 20, len(papers)
    assert sorted(by) == [464, 465, 466, 467, 471, 472, 476, 477, 478, 479, 480, 481, 485, 486, 487, 488, 492, 493,
                          497, 498], sorted(by)
    assert by[464]["arxiv"] == "2112.10508", by[464]
    assert by[466]["title"] == (
        "Google’s Neural Machine Translation System: Bridging the Gap between Human and Machine Translation"
    ), by[466]
    assert by[471]["title"] == by[485]["title"] == "Language Models are Unsupervised Multitask Learners"
    assert by[471]["arxiv"] is None and by[488]["arxiv"] is None
    assert by[487]["title"] == "Scaling Language Models: Methods, Analysis&Insights from Training Gopher", by[487]
    assert by[498]["title"] == "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer"
    assert by[498]["arxiv"] == "1910.10683", by[498]
    write_truth(
        NAME,
        PART,
        papers,
        method="Chinese course chapter; only its 延伸阅读 (further reading) section lists papers.  Entry = every"
        " '- [Title](url). *Authors*. VENUE YEAR.' bullet there (464-498), one line each, except the Illustrated"
        " Transformer blog and the two CS224N slide decks (473-475): 20 entries.  Title = the link text.  Inline"
        " author-year citations in the Chinese prose (118, 131, 282, 307, 447, 451, 453) name no title: not entries.",
        checked="Read the whole file; compared the -v output with every bullet of lines 456-498 (titles, the"
        " duplicate GPT-2 entry at 471/485, 'Analysis&Insights' at 487), checked the prose links and blog links"
        " (118-453, 311-312, 459, 473-475) are not listed, and the arXiv ids from arxiv.org/pdf links.",
    )


if __name__ == "__main__":
    main()
