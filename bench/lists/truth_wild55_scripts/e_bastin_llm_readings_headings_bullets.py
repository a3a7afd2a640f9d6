"""Wild55 truth for BastinFlorian/BastinFlorian.github.io _pages/readings.md: "Essential LLM Readings", the reading
list page of a lecturer's al-folio site, tied to his Dauphine Tunis 2025-2026 LLM course (linked at 138), newest commit
(8146fe3, 2025-10-02).

Shape: 141 lines.  Front matter (1-8), ``# Essential LLM Research Papers`` (10), then priority sections with emoji
headings: ``## 📌 Mandatory Readings (Must Read First)`` (16), ``## 🎯 Core Papers (Highly Recommended)`` (49),
``## 🚀 Recent Breakthroughs (2024-2025)`` (65), ``## 📈 Important Papers (Recommended)`` (79), ``## 📚 Additional
Readings`` (101), then a numbered ``## 📖 Reading Roadmap`` (123-132) and ``## 🔗 Quick Links`` (136-141).  Two entry
shapes:
- sections 16-75: one ``###`` heading per paper, the title in bold, optionally numbered and followed by a difficulty
  emoji (``### 1. **Attention Is All You Need** ⭐⭐⭐``, ``### **DeepSeek-V3 Technical Report**``), then bullets
  ``- **Authors:** ...``, ``- **Link:** [arXiv](url)``, ``- **Why Essential:**`` / ``- **Impact:**`` (38-45 has a
  nested sub-list);
- sections 79-119: under ``###`` topic sub-headings, a bullet ``- **Title** ⭐⭐ — Authors (Year): [arXiv](url)`` with a
  two-space-indented description bullet on the next line.

Special cases:
- Nicknames appended inside the bold title: ``Language Models are Few-Shot Learners (GPT-3)`` (26) and ``Fine-Tuning
  Language Models from Human Preferences (RLHF)`` (58).  The nickname is the list author's label, not part of the
  title, and is dropped.  (58's title is that of Ziegler et al. 2019 while its link is InstructGPT 2203.02155; the
  title is kept as written.)
- Shortened titles are kept as written (``BERT: Pre-training of Deep Bidirectional Transformers`` 32, ``DeepSeek-R1:
  Incentivizing Reasoning Capability in LLMs`` 38, ``Chain of Thought Prompting Elicits Reasoning`` 53).
- 104-105 ``**The Illustrated Transformer** ⭐ — Jay Alammar: [Blog](...)`` is a blog post: not an entry.
- The roadmap (125-132) only names papers again in prose (``Read Chain of Thought and RLHF papers``, ``LoRA,
  FlashAttention``): not entries.
- arXiv ids from the ``[arXiv](https://arxiv.org/abs|pdf/...)`` links (all 17 entries have one); no DOIs.

Decisions:
- Entry = each paper heading (with its bullets up to the blank line) and each bold-title bullet of 79-119 (with its
  description line), except the blog post: 17 entries.
- Title = the bold text, with a trailing parenthesised nickname removed.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "BastinFlorian__BastinFlorian.github.io___pages__readings@8146fe3.md"
PART = "wild55_development"

HEAD = re.compile(r"^### (?:\d+\. )?\*\*(?P<title>[^*]+)\*\*")
BULLET = re.compile(r"^- \*\*(?P<title>[^*]+)\*\* ⭐+ — ")
NICK = re.compile(r" \((?:GPT-3|RLHF)\)$")
NOT_PAPERS = {104}  # The Illustrated Transformer (blog)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        h = HEAD.match(ln)
        b = BULLET.match(ln)
        if h:
            last = n
            while last < len(lines) and lines[last].strip():
                last += 1
            title = h.group("title")
        elif b:
            if n in NOT_PAPERS:
                skipped.append(n)
                continue
            assert lines[n].startswith("  - "), (n, lines[n])
            last = n + 1
            title = b.group("title")
        else:
            continue
        papers.append(entry(lines, n, last, NICK.sub("", title.strip())))
    assert skipped == sorted(NOT_PAPERS), skipped
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert (by[20]["title"], by[20]["end"], by[20]["arxiv"]) == (
        "Attention Is All You Need", 24, "1706.03762"), by[20]
    assert by[26]["title"] == "Language Models are Few-Shot Learners", by[26]
    assert (by[38]["end"], by[38]["arxiv"]) == (45, "2501.12948"), by[38]
    assert by[53]["title"] == "Chain of Thought Prompting Elicits Reasoning", by[53]
    assert (by[58]["title"], by[58]["arxiv"]) == (
        "Fine-Tuning Language Models from Human Preferences", "2203.02155"), by[58]
    assert by[67]["title"] == "DeepSeek-V3 Technical Report", by[67]
    assert (by[82]["title"], by[82]["end"], by[82]["arxiv"]) == (
        "Scaling Laws for Neural Language Models", 83, "2001.08361"), by[82]
    assert by[118]["title"] == "Toolformer: Language Models Can Teach Themselves to Use Tools", by[118]
    assert all(p["arxiv"] for p in papers) and not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Sections 16-75 give one '### [n.] **Title** [emoji]' heading per paper followed by Authors/Link/Why bullets"
        " (entry = heading to the blank line); sections 79-119 give '- **Title** ⭐ — Authors (Year): [arXiv](url)'"
        " bullets with an indented description line (entry = both lines).  The blog post at 104 and the prose roadmap"
        " are not entries.  Title = the bold text minus an appended nickname ' (GPT-3)' / ' (RLHF)'.",
        "Read the whole page and compared -v with it: all 17 titles and spans (nested list 38-45, two-line bullets),"
        " the two dropped nicknames (26, 58), the excluded blog 104, and the 17 arXiv ids from abs/pdf links.",
    )


if __name__ == "__main__":
    main()
