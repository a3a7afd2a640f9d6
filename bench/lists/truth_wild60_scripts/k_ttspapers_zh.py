"""Wild60 truth for oowsxq/SummerQuest-2025 submission/祝杰/day-2/papers.md at 818f0b1 (2025-07-11): a
script-generated Chinese report of TTS / podcast-generation papers ("TTS和播客生成相关研究", "共收集 202 篇论文") handed
in as a summer-school exercise.

Shape: 1061 lines.  Title, Chinese intro and generation time (1-5); ``## 搜索概念范围`` with three numbered concept
headings ``### 1. 文本转语音合成 (Text-to-Speech Synthesis)`` (10, 13, 16) and a Chinese sentence each; then five
Chinese category sections (``## 播客生成相关`` 20, ``## 语音合成相关``, ``## 多说话人TTS相关``, ``## 对话生成相关``,
``## 其他TTS技术``); each paper is a 4-line block:
``### <title>`` / ``- ArXiv链接: https://arxiv.org/abs/2408.11842`` / ``- 关键特点: <abstract cut at ~150 chars>...``
/ ``- 相关技术: GAN``.  A ``---`` and a bold Chinese statistics summary (per-category counts, 主要趋势) end the file.

Special cases:
- 32 papers have ``- ArXiv链接: 链接不可用`` ("link unavailable"): no arXiv id.
- The generator cut some titles (57 ``... A Comparative Stud``): kept as written, the file names no more.
- Non-ASCII in titles: 345 ``North Sámi``, 805 ``Kids’s`` (curly apostrophe): kept.
- Two titles keep a LaTeX umlaut as an escaped double quote (515 ``Consistency Schr\\"odinger Bridge``, 610
  ``for \\"U-Tsang, Amdo and Kham``): the backslash is a Markdown escape, the title keeps the rendered
  ``Schr"odinger`` / ``"U-Tsang`` as written (no umlaut restored).
- The abstract snippets (关键特点) are English and end with ``...``; the 相关技术 tags mix English and Chinese.
- The three concept headings (10, 13, 16) are level-3 like the papers but are search concepts, not papers.

Decisions:
- Entry = every ``### <title>`` heading followed by a ``- ArXiv链接:`` line; span = heading to its 相关技术 line
  (heading + 3).  Title = the heading text, trailing spaces removed.
- arXiv id from the ArXiv链接 line (abs URL) by the helper; none when 链接不可用.  No DOI.
- The statistics summary (counts, trends) and the concept headings are not entries.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "oowsxq__SummerQuest-2025__submission__祝杰__day-2__papers@818f0b1.md"
PART = "wild60_development"

HEAD = re.compile(r"^### (.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = HEAD.match(ln)
        if not m or n >= len(lines) or not lines[n].startswith("- ArXiv链接:"):
            continue
        last = n
        while last < len(lines) and lines[last].startswith("- "):
            last += 1
        papers.append(entry(lines, n, last, m.group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 202, len(papers)
    assert all(p["end"] == p["line"] + 3 for p in papers)
    assert 10 not in by and 13 not in by and 16 not in by
    assert by[22]["title"] == (
        "Non-Causal to Causal SSL-Supported Transfer Learning: Towards A High-Performance Low-Latency Speech Vocoder"
    )
    assert by[22]["arxiv"] == "2408.11842", by[22]
    assert by[32]["title"] == "Conversational AI Video Assistant" and by[32]["arxiv"] is None, by[32]
    assert by[57]["title"].endswith("A Comparative Stud"), by[57]
    assert by[345]["title"] == "Developing TTS and ASR for Lule and North Sámi languages", by[345]
    assert by[515]["title"].endswith('Consistency Schr"odinger Bridge'), by[515]
    assert sum(1 for p in papers if p["arxiv"] is None) == 32
    assert not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '### <title>' heading directly followed by a '- ArXiv链接:' line is one paper; its span is the"
        " 4-line block (heading, ArXiv链接, 关键特点 abstract snippet, 相关技术 tags).  Title = the heading text as"
        " written (including the generator's truncations).  The three numbered concept headings under"
        " '## 搜索概念范围', the Chinese category headings and the closing statistics are not entries.  arXiv ids"
        " from the abs links; '链接不可用' (32 papers) gives none.",
        checked="Read the head, every category boundary and the closing summary; checked that 202 headings (the"
        " count the file states) give entries, every block is 4 lines, the 32 unavailable links, truncated and"
        " non-ASCII titles, and sampled -v titles and ids against the file.",
    )


if __name__ == "__main__":
    main()
