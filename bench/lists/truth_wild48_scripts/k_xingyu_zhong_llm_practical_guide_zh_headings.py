"""Wild48 truth for XingYu-Zhong/LLMsStudy ``论文列表.md`` ("paper list"): a Chinese student's LLM study notes
repository, whose paper list is a Chinese-headed re-make of the LLMs Practical Guide list (model families, data,
NLU/generation/knowledge tasks, efficiency, trustworthiness, instruction tuning, alignment, open-source community);
newest commit touching the file (b58b5bd, 2023-12-04).

Shape: 226 lines, 17 KB, bullets only.  Three blank lines, ``## 论文列表`` (4), ``### 模型实用指南`` ("practical guide to
models", 6) with two English sub-headings (8, 22), then ``### 数据实用指南`` (45) and Chinese ``###``/``####`` headings
(预训练数据, 微调数据, 测试数据, 传统的 NLU 任务, 生成任务, ... 对齐, 安全调整, 开源社区).  The 效率 (122) and 可信度 (151)
sections are split by numbered plain lines ``1. 花费`` / ``2. 延迟`` ... (124, 132, 136, 143, 153, 158, 167) that are
sub-headings, not entries.  Bullet shapes:
- model section (10-41): ``- BERT **BERT: Pre-training ...**, 2018, [Paper](url)`` -- a bare nickname before the bold
  title; from 16 on the bold holds a quoted title ``**"Exploring the Limits ..."**`` and often italic authors
  ``*Colin Raffel et al.*``; 38-41 put a colon after the nickname (``- GPT-NeoX-20B: **"..."**``).
- the rest: ``- **Title**, Venue Year. [Paper](url)`` (comma, or none: 61, 66-67, 72-74), a few with a nickname label
  before the bold (``HELM:`` 134, ``FLAN:`` 177, ``T0:`` 178, ``Tk-INSTRUCT:`` 180, ``FLAN-T5/PaLM:`` 181, ``InstructGPT:``
  192, ``Scalable Oversight:`` 195).
- link label says what the item is: ``[Paper]`` / ``[Tech.Report]`` (39) / ``[Model Card]`` (41) vs ``[Repo]``,
  ``[Blog]``, ``[Blog Post]``, ``[Article]`` (Nature news 128), ``[Link]`` (90), ``[Course]`` (212); 225 has two links
  ``[Repo](..)/[Blog](..)``.

Special cases:
- Repeats are kept as separate entries: Language Models are Few-Shot Learners (26, 60, 129), Training Compute-Optimal
  LLMs (33, 97), Scaling laws (53, 98), Shortcut learning survey (65, 161), Calibrate before use (155, 163).
- Wrong/duplicated links are kept as written: Megatron-LM 146 links ZeRO's 1910.02054, 148 repeats 2104.04473.
- Typos kept (``aocial`` 171, ``ELECTRA`` all caps 15).

Decisions:
- Entry = a bullet whose link label is Paper, Tech.Report or Model Card (111); the Claude 2 model card (41) and the
  GPT-4 System Card (169) count as technical reports.  Not entries: repos, blogs, blog posts, the Nature news article
  (128), the prize (90), pricing (130), cookbook/course (210-212), the open-source model repos (217-225), headings,
  numbered sub-heading lines.
- Title = the bold text, its straight quotes dropped; the nickname before the bold (``BERT``, ``GPT-NeoX-20B:``,
  ``FLAN:``) is a label outside the written title and is dropped.
- Ids from the bullet's own link: arXiv abs/pdf links, ACM ``/doi/abs/10.1145/...`` DOIs (127, 162); none from ACL
  Anthology, OpenReview, NeurIPS, PMLR, Nature or vendor PDFs.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "XingYu-Zhong__LLMsStudy__论文列表@b58b5bd.md"
PART = "wild48_development"

BULLET = re.compile(r"^- (?P<nick>[^*]*?)\s*\*\*(?P<title>.+?)\*\*(?P<rest>.*)$")
LABEL = re.compile(r"\[(?P<label>[A-Za-z. ]+)\]\(")
PAPER = {"Paper", "Tech.Report", "Model Card"}
OTHER = {"Repo", "Blog", "Blog Post", "Article", "Link", "Course"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[3] == "## 论文列表"
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            assert not ln.startswith(("*", "+")), (n, ln)
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        labels = LABEL.findall(m.group("rest"))
        assert labels and set(labels) <= PAPER | OTHER, (n, labels)
        if labels[0] not in PAPER:
            skipped.append(n)
            continue
        title = m.group("title").strip()
        if title.startswith('"') and title.endswith('"'):
            title = title[1:-1]
        assert '"' not in title and "*" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
    assert skipped == [50, 55, 90, 126, 128, 130, 202, 206, 210, 211, 212, *range(217, 226)], skipped
    t = {p["line"]: p for p in papers}
    assert (t[10]["title"], t[10]["arxiv"]) == (
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", None), t[10]
    assert (t[16]["title"], t[16]["arxiv"]) == (
        "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "1910.10683"), t[16]
    assert t[32]["arxiv"] == "2112.11446", t[32]
    assert t[38]["title"] == "GPT-NeoX-20B: An Open-Source Autoregressive Language Model", t[38]
    assert t[41]["title"] == "Model Card and Evaluations for Claude Models", t[41]
    assert t[127]["doi"] == "10.1145/3531146.3533234", t[127]
    assert (t[134]["title"], t[134]["arxiv"]) == ("Holistic evaluation of language models", "2211.09110"), t[134]
    assert t[146]["arxiv"] == "1910.02054", t[146]
    assert t[177]["title"] == "Finetuned Language Models Are Zero-Shot Learners", t[177]
    assert t[216]["arxiv"] == "2212.10560", t[216]
    assert len(papers) == 111, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- ' bullet whose (first) link label is [Paper], [Tech.Report] or [Model Card] is an entry (111), one"
        " line each; title = the bold text with its straight quotes dropped, the nickname label before the bold"
        " ('BERT', 'GPT-NeoX-20B:', 'HELM:', 'FLAN:') dropped; bullets labelled [Repo]/[Blog]/[Blog Post]/[Article]/"
        "[Link]/[Course] (20: RedPajama, Yao Fu's blog, inverse scaling prize, Lambda blog, Nature news, pricing,"
        " OpenAI safety blog, Yoav's gist, cookbook, prompt blog, course, 9 open-source model repos/blogs) are not"
        " entries; numbered plain lines '1. 花费' etc. are sub-headings; repeats kept.",
        "Read all 226 lines; compared -v for every entry: nickname-before-bold rows 10-41 (quoted bold from 16, italic"
        " authors 16/18/28, colon nicks 38-41), the labelled bullets 134/177/178/180/181/192/195, rows without a comma"
        " (61, 66-67, 72-74, 'Arxiv 2023[Paper]' 73), repeats 26/60/129, 33/97, 53/98, 65/161, 155/163; ids: arXiv"
        " abs/pdf links incl. versions (32, 35, 36), ACM DOIs 127/162, none from ACL Anthology/OpenReview/NeurIPS/PMLR/"
        "Nature/vendor PDFs; the 20 skipped bullets listed by line.",
    )


if __name__ == "__main__":
    main()
