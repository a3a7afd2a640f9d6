"""Wild41 truth for daiwk/collections posts/1.9.llm_others.md: one of a Chinese engineer's personal topic notes files
("LLM others": tools, distillation, LLM-as-judge, hallucination, memorization, personalized search, model merging,
interpretability, safety, misc; then engineering snippets), written as a running notebook of links and notes.

Shape (995 lines and a final newline): "#"/"##"/"###" topic headings (often a paper nickname such as "## ABKD",
"## ProLong", "## SELA") over link paragraphs separated by blank lines; the usual pattern per topic is a WeChat
article about a paper ("[中文标题](https://mp.weixin.qq.com/...)"), then the paper "[Title](https://arxiv.org/pdf/...)",
then its code "[https://github.com/...](https://github.com/...)", then Chinese notes, bullets, images and formulas.
From line 622 ("# 一些记录") on the file is engineering notes (Stack Overflow, PyTorch tutorials, GPU specs, code
blocks) with no papers.  Special cases:
- paper links with a trailing comment: venue / lab / citation count ("，meta的2025年1月的" 42, " deepmind的" 92,
  " 引用数800+" 190, 192, "引用1800+" 194), and "+" bullets of a paper's references with venue and company
  ("，sigir20，京东" 220-232);
- paper links after a short lead-in: "参考：[...]" 150, "openai的报告：[GPT-4o System Card](...)" 156, "之前deepmind也有一个
  报告[...]" 158, "随便找一篇[...]，来看看它的参考文献：" 216;
- non-arXiv paper links: Nature articles (69; 184 written only as a bare URL), an Anthropic PDF (202), Transformer
  Circuits (206 and 403, the same Claude 3 Sonnet monosemanticity paper under two names), OpenAI PDFs (156, 445,
  472), a Meta publication page (112), an ar5iv URL (129), a dl.acm.org/doi PDF (229), author/university PDFs
  (222, 231, 232, 248, 280) and a PDF stored in the repository (228);
- the same paper twice: "A GNN-based Multi-task Learning Framework for Personalized Video Search" (232, 280);
- a misspelling kept from the source ("Probability Massin Knowledge Distillation", 24) and an all-caps title (211);
- many non-paper links in the same paragraph shape: WeChat and Zhihu articles, GitHub repos, Lilian Weng's blog,
  Bilibili/YouTube videos, Hugging Face models, tool sites (509-519), MIT course slides (568-578), Ilya Sutskever's
  reading-list folder (600), PyTorch blog posts.

Decisions:
- Entry = each paragraph or "+" bullet whose link points to a scholarly paper (arXiv, ar5iv, Nature article,
  publisher/lab/author PDF or publication page) and whose other text is only a short lead-in or a comment (venue,
  lab, citation count): 74, one line each.  Headings are topic names, not entries; WeChat/Zhihu articles, blogs,
  repos, models, videos, courses, tools and lists are not entries.  The lead-in paragraphs 150, 156, 158 and 216
  are kept: each is a one-clause pointer to one paper, not running prose.  The GPT-4o System Card (156) is a
  technical report.  Repeated papers (232/280, 206/403) are separate entries.
- Title = the link text as written (misspelling and capitals kept; "Scaling Dictionary Learning to Claude 3 Sonnet"
  as the file names it at 206); None for the bare-URL Nature link (184); lead-ins and comments are not part of it.
- Ids from the entry's own line: arXiv from arxiv.org links (versions dropped); the DOI from the dl.acm.org/doi URL
  (229); Nature article ids, ar5iv and the other PDFs/pages give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "daiwk__collections__posts__1.9.llm_others@2a3f750.md"
PART = "wild41_development"

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
PAPER_HOSTS = (
    "arxiv.org/",
    "www.nature.com/articles/",
    "www-files.anthropic.com/production/files/",
    "transformer-circuits.pub/",
    "cdn.openai.com/",
    "ai.meta.com/research/publications/",
    "dl.acm.org/doi/",
    "playbigdata.ruc.edu.cn/dou/publication/",
    "eprints.whiterose.ac.uk/",
    "guoweiwei.github.io/files/",
    "github.com/daiwk/collections/blob/master/assets/",
)
LEAD_INS = {150: "参考：", 156: "openai的报告：", 158: "之前deepmind也有一个报告", 216: "随便找一篇"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        links = LINK.findall(text)
        paper_links = [(t, u) for t, u in links if any(h in u for h in PAPER_HOSTS)]
        if not paper_links:
            continue
        assert len(links) == 1, (n, text)
        title = paper_links[0][0]
        head = text[: text.index("[")]
        if n in LEAD_INS:
            assert head == LEAD_INS[n], (n, head)
        else:
            assert head in ("", "+ "), (n, text)
        papers.append(entry(lines, n, n, None if title.startswith("http") else title))
    assert papers[-1]["line"] == 616 and not any(p["line"] > 620 for p in papers)
    assert [p["line"] for p in papers if p["title"] is None] == [184]
    assert len(papers) == 74, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paragraph or '+' bullet whose one link points to a paper (arXiv, ar5iv, Nature, publisher/lab/author"
        " PDF or page), with at most a short lead-in or venue/lab/citation comment, is an entry (74, one line);"
        " title = the link text (None for the bare-URL Nature link 184); WeChat/Zhihu articles, blogs, repos,"
        " models, videos, courses, tools and headings are not entries; repeats count twice; arXiv ids from"
        " arxiv.org links, the DOI from the dl.acm.org/doi URL.",
        "Whole file read (995 lines) against the -v output: all 194 lines holding a link classified by its host"
        " (the 74 paper lines vs WeChat/Zhihu/GitHub/blog/video/model/tool/course/list links), the lead-in"
        " paragraphs (150, 156, 158, 216), the commented links (42, 92, 94, 100, 102, 190-194, 220-232, 239, 248,"
        " 280), the non-arXiv papers (69, 112, 129, 184, 202, 206, 228, 229, 231, 232, 248, 403, 445, 472), the"
        " repeats (232/280, 206/403), the engineering part after 622 with no papers, arXiv ids against every"
        " arxiv.org link (versions dropped), the ACM DOI (229), no DOI from the Nature article URLs, and ~20 random"
        " titles.",
    )


if __name__ == "__main__":
    main()
