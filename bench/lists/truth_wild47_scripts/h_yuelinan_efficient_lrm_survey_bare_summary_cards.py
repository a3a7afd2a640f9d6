"""Wild47 truth for yuelinan/Awesome-Efficient-R1-style-LRMs paper-list.md: the full paper list of the companion
repository of a survey on efficient reasoning in R1-style large reasoning models (the README shows the taxonomy
figures; this file is "All Papers"), newest commit (64fd8bf, 2025-07-26).

Shape: 757 lines, 23 KB.  ``# 📚 All Papers`` (1), two ``## 🌟`` families (3 single model, 470 model collaboration)
each with a prose paragraph (5, 472), and eight ``###`` method headings (7 Early Exit, 85 CoT Compression, 224
Adaptive Reasoning, 426 Representation Engineering ..., 475 Long–Short Model Collaboration, 548 LLM Routing, 634 Model
Consolidation, 694 Speculative Decoding).  Every paper is a bare HTML ``<summary>`` element (no ``<details>`` around
it) spread over exactly three lines::

    <summary> Title <a href="https://arxiv.org/pdf/2505.18237" target="_blank">
        [Paper]
    </a></summary>

separated by one to six blank lines (none between 392-404 and a few others).  121 such cards.

Special cases:
- Spacing varies: ``<summary>Title <a`` / ``<summary> Title<a`` (no space before ``<a``) / two spaces before ``<a``
  (392, 744); leading indentation of two (9, 738) or one space (744-753).
- Some hrefs end with a space inside the quotes (``https://arxiv.org/abs/2506.02397 "``, 395, 398, 417, 421,
  744-750); pdf and abs arXiv links and one ``www.arxiv.org`` (73).
- Repeats are separate entries: ``To Think or Not to Think: ...`` (9 and 738), ``Ada-R1: ...`` (239 and 674).
- Titles keep the list's spelling: curly quotes/apostrophes (61 ``Wait, We Don’t Need to “Wait” ! ...``), ``A*-Thought``
  (158, a literal asterisk), ``TL;DR:`` (388), lower-case titles (``Sketch-of-thought: Efficient llm reasoning ...``),
  a question-mark title (329), ``Hawkeye:Efficient ...`` without a space (678), ``Kimi k1. 5: ...`` (682).
- 744 is itself a survey (``Unlocking Efficiency in Large Language Model Inference: A Comprehensive Survey of
  Speculative Decoding``): a research work like the others, an entry.

Decisions:
- Entry = one ``<summary>`` card, lines first..first+2 (the arXiv link is on the first line).
- Title = the text between ``<summary>`` and ``<a href``, stripped.
- Not entries: headings and the two prose paragraphs.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "yuelinan__Awesome-Efficient-R1-style-LRMs__paper-list@64fd8bf.md"
PART = "wild47_development"

OPEN = re.compile(r'^ {0,2}<summary>(?P<title>.+?)<a href="(?P<url>[^"]+)" target="_blank">$')
MID = re.compile(r"^ {4}\[Paper\]$")
CLOSE = "</a></summary>"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 📚 All Papers "
    papers = []
    for n, ln in enumerate(lines, 1):
        if "summary>" not in ln or ln == CLOSE:
            continue
        m = OPEN.match(ln)
        assert m, (n, ln)
        assert MID.match(lines[n]) and lines[n + 1] == CLOSE, (n, lines[n : n + 2])
        assert re.fullmatch(r"https://(?:www\.)?arxiv\.org/(?:pdf|abs)/\d{4}\.\d{5} ?", m.group("url")), (n, ln)
        title = m.group("title").strip()
        assert not re.search(r"[\[\]<>`]", title), (n, title)
        papers.append(entry(lines, n, n + 2, title))
    t = {p["line"]: p for p in papers}
    assert (t[9]["title"], t[9]["end"], t[9]["arxiv"]) == (
        "To Think or Not to Think: Exploring the Unthinking Vulnerability in Large Reasoning Models", 11, "2502.12202")
    assert t[738]["title"] == t[9]["title"] and t[738]["arxiv"] == "2502.12202", t[738]
    assert t[239]["title"] == t[674]["title"] == "Ada-R1: Hybrid CoT via Bi-Level Adaptive Reasoning Optimization"
    assert t[61]["title"] == "Wait, We Don’t Need to “Wait” ! Removing Thinking Tokens Improves Reasoning Efficiency"
    assert t[73]["arxiv"] == "2506.12353", t[73]
    assert t[158]["title"] == "A*-Thought: Efficient Reasoning via Bidirectional Compression for Low-Resource Settings"
    assert t[329]["title"] == "How Far Are We from Optimal Reasoning Efficiency?", t[329]
    assert (t[388]["title"], t[388]["arxiv"]) == (
        "TL;DR: Too Long, Do Re-weighting for Efficient LLM Reasoning Compression", "2506.02678"), t[388]
    assert (t[395]["arxiv"], t[753]["arxiv"]) == ("2506.02397", "2505.02865"), (t[395], t[753])
    assert all(p["arxiv"] and not p["doi"] for p in papers)
    assert len(papers) == 121, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bare '<summary> Title <a href=arXiv>' / '[Paper]' / '</a></summary>' card (three lines each) is an"
        " entry (121); title = the text between '<summary>' and '<a href', stripped; repeats (9/738, 239/674) are"
        " separate entries; headings and the two family paragraphs are not entries.",
        "Read all 757 lines; the script asserts every card is exactly the 3-line shape with an arXiv pdf/abs href;"
        " compared -v by eye for all 121 titles against the file, including the spacing variants (no space before"
        " '<a', double space 392/744, indented 9/738/744-753), hrefs with a trailing space (395, 398, 744-750),"
        " www.arxiv.org 73, curly quotes 61, 'A*-Thought' 158, 'TL;DR:' 388, 'Hawkeye:Efficient' 678, 'Kimi k1. 5' 682, the repeats 9/738 and"
        " 239/674.",
    )


if __name__ == "__main__":
    main()
