"""Wild62 truth for ZhengZixiang/ATPapers README.md at 921f5db (2021-03-27): a bilingual (English/Chinese) list of
papers and resources on attention, Transformers and pretrained language models, kept by a Chinese author who
"mainly focus[es] on Chinese resources": paper sections plus Chinese blog posts, English blogs and repositories.

Shape: 403 lines.  Intro in English and Chinese (1-10: ``值得一读的注意力机制、Transformer和预训练语言模型论文与相关资源
集合。``).  ``## Attention`` (12): ``### Papers`` (13), ``### Survey & Review`` (33), ``### English Blog`` (36),
``### Chinese Blog`` (38), ``### Repositories`` (46).  ``## Transformer`` (49): Papers (50), Chinese Blog (94),
English Blog (106), Repositories (116).  ``## Pretrained Language Model`` (123): ``### Models`` (124), Multi-Modal
(175), Multilingual (192), Knowledge (205), Compression & Accelerating (217), Application (248), Analysis & Tools
(266), Tutorial & Survey (316), Repository (324), Chinese Blog (358), English Blog (398).

Two paper shapes:
- ``- **<title>**. *<authors>*. (<venue year>) [[paper]](url)[[code]](url) - ***<nickname>***`` (most sections);
- ``- <title> (<venue year>) [[paper]](url)[[code]](url) - ***<nickname>***`` (``### Models`` 125-161 and a few
  lines of Application / Analysis & Tools), sometimes without the venue (133 ``75 Languages, 1 Model: ...``, 277,
  278).

Special cases:
- Blog and repository bullets ``- [<author> / <Chinese or English post title>](url)`` and ``- [owner / repo](url) -
  <description>`` (Chinese descriptions such as ``海量中文预训练ALBERT模型``) are not papers: not entries.
- Tutorial & Survey: 319 (Barbara Plank, ``[[slides]]``) and 320 (Christopher Manning, ``[[slides]]``) are talks, 322
  (``Embeddings in Natural Language Processing``, ``[[book]]``) is a book: not entries; 317 (NAACL 2019 tutorial
  abstract with ``[[paper]]``) and the two surveys are entries.
- Titles keep the file's typos (142 ``...Unified Text-to-Text Transforme``) and the ``?`` of question titles
  (``**Are Sixteen Heads Really Better than One?**.``); the ``.`` after the bold title is not part of it.
- Titles of the second shape can contain a colon, a comma or digits (133 ``75 Languages, 1 Model: Parsing Universal
  Dependencies Universally``); the venue parenthesis is recognised by its year.

Decisions:
- Entry = each bullet of a paper section in either shape (blogs, repositories, talks and the book excluded).
- Title = the bold text (first shape) or the text before the ``(<venue year>)`` / ``[[`` (second shape).
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "ZhengZixiang__ATPapers__README@921f5db.md"
PART = "wild62_held_out"

BOLD = re.compile(r"^- \*\*(.+?)\*\*")
PLAIN = re.compile(r"^- (.+?)\s*(\([^()]*\d{4}[^()]*\))?\s*\[\[")
NOT_PAPER_SECTIONS = {"English Blog", "Chinese Blog", "Repositories", "Repository"}
NOT_PAPER_LINES = {319, 320, 322}  # two talks (slides) and a book


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            section = ln[4:].strip()
            continue
        if section is None or section in NOT_PAPER_SECTIONS or n in NOT_PAPER_LINES:
            continue
        m = BOLD.match(ln) or PLAIN.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 242, len(papers)
    assert by[14]["title"] == "Show, Attend and Tell: Neural Image Caption Generation with Visual Attention"
    assert by[24]["title"] == "Are Sixteen Heads Really Better than One?" and by[24]["arxiv"] == "1905.10650"
    assert by[34]["title"] == "An Attentive Survey of Attention Models" and by[34]["arxiv"] == "1904.02874"
    assert by[51]["title"] == "Attention is All you Need" and by[51]["arxiv"] == "1706.03762", by[51]
    assert by[125]["title"] == "Deep Contextualized Word Representations" and by[125]["arxiv"] is None, by[125]
    assert by[133]["title"] == "75 Languages, 1 Model: Parsing Universal Dependencies Universally", by[133]
    assert by[142]["title"].endswith("Unified Text-to-Text Transforme"), by[142]
    assert by[269]["title"].startswith("To Tune or Not to Tune?"), by[269]
    assert by[277]["title"] == "Transformers: State-of-the-art Natural Language Processing", by[277]
    assert by[281]["title"] == "oLMpics -- On what Language Model Pre-training Captures", by[281]
    assert by[317]["title"] == "Transfer Learning in Natural Language Processing", by[317]
    for n in (2, 8, 37, 39, 47, 95, 117, 319, 320, 322, 325, 359, 399):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each bullet of the paper sections (Attention/Transformer 'Papers', 'Survey & Review', and the"
        " Pretrained Language Model subsections up to 'Tutorial & Survey') is one entry, in either shape"
        " '- **title**. *authors*. (venue) [[paper]]...' or '- title (venue year) [[paper]]... - ***nick***'.  Title"
        " = the bold text, or the text before the year-bearing venue parenthesis / '[['.  Chinese and English blog"
        " bullets, repository bullets, two talks with [[slides]] (319, 320) and a book (322) are not entries.",
        checked="Read the whole file; every line of the paper sections was matched by one of the two shapes (no"
        " leftover bullet); compared the -v titles of the plain shape (125-161, Application, Analysis & Tools)"
        " with the lines, spot-checked bold titles with '?', typos and ids, and that blog/repository sections and"
        " the slides/book bullets give no entry.",
    )


if __name__ == "__main__":
    main()
