"""Wild59 truth for Verbasik/Weekly-arXiv-ML-AI-Research-Review 2025/week-07_&_08/review.md at 5ef0c23 (2025-05-23):
a long Russian-language review article ("От генерации к рассуждению: эволюция языковых моделей ... до
reasoning-систем") from "The Weekly Research Brief", ending in a numbered bibliography ("Ссылки").

Shape: 2108 lines, no trailing newline.  Sections 1-9 of Russian prose (1-2017): Chain-of-Thought, LLM Programs,
test-time compute, DeepSeek-V3 / MLA, DeepSeekMoE, MTP, FP8, training, R1; with figures (raw.githubusercontent
images), LaTeX formulas, ```python``` code blocks (whose ``# ...`` comment lines look like headings, e.g. 425, 741,
859), a ``<details>`` block (231-281) and many numbered bold lists that are NOT papers (e.g. 162-163, 199-200,
258-261, 358-373, 1541-1555: ``1. **Term** explanation``).  Papers are cited inline as ``[[1](https://arxiv.org/abs/
2201.11903)]`` and some sections are about one paper (46 ``### **Статья Chain-of-thought prompting ... (2022)
[[1](...)] ...``, 204 ``### Краткий обзор статьи «Large Language Model Programs»``, 235 / 252 two ToT works).
Then ``### **Ссылки:**`` ("References", 2019) and 18 numbered references (2021-2108), each 4-5 lines:
``N. **Authors** (year).  `` / ``   *Title.*  `` / ``   arXiv preprint arXiv:NNNN.NNNNN.  `` /
``   [📄 Статья](https://arxiv.org/abs/NNNN.NNNNN)`` ("Статья" = "article").

Special cases:
- 7 (2051-2054) puts a citation label in the title slot, ``*DeepSeek Team et al., 2024b.*``; its arXiv id
  2405.04434 is DeepSeek-V2, listed again as 13 (2080-2083) with its real title.
- 10 (2066-2068) has no title at all: its italic line is ``*arXiv preprint arXiv:2401.06066.*``.
- 8 and 9 give the authors as ``**Anonymous.**``; 4 gives ``Long, L.`` for Tree of Thoughts (as written).
- 18 (2105-2108) ends the file (no final newline) after its link line.

Decisions:
- Entries = the 18 numbered references after ``### **Ссылки:**``; span = the number line through the link line.
  Title = the italic line without asterisks and final period.  7 and 10 name no title: title None (the italic text
  of 7 is an author-year label, that of 10 an arXiv note).
- Inline citations, per-paper sections (46, 204, 235, 252) and numbered bold term lists in the prose are part of
  the article, not list entries.
- arXiv ids from the ``arXiv:`` notes / arxiv.org links; no DOIs.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "Verbasik__Weekly-arXiv-ML-AI-Research-Review__2025__week-07_&_08__review@5ef0c23.md"
PART = "wild59_development"

REFS = "### **Ссылки:**"
ITEM = re.compile(r"^(?P<num>\d+)\. \*\*")
ITALIC = re.compile(r"^\s+\*(?P<text>[^*]+)\*\s*$")
NO_TITLE = {7, 10}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index(REFS) + 1  # 1-based line of the heading
    papers = []
    for n in range(start + 1, len(lines) + 1):
        m = ITEM.match(lines[n - 1])
        if not m:
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        num = int(m.group("num"))
        title = None
        if num not in NO_TITLE:
            it = ITALIC.match(lines[n])
            assert it, (n, lines[n])
            title = it.group("text").strip().rstrip(".")
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert start == 2019 and len(papers) == 18, (start, len(papers))
    assert min(by) == 2021 and max(by) == 2105, (min(by), max(by))
    assert by[2021]["title"] == "Chain-of-thought prompting elicits reasoning in large language models", by[2021]
    assert by[2021]["arxiv"] == "2201.11903", by[2021]
    assert by[2051]["title"] is None and by[2051]["arxiv"] == "2405.04434", by[2051]
    assert by[2066]["title"] is None and by[2066]["arxiv"] == "2401.06066", by[2066]
    assert by[2080]["title"] == (
        "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model"
    ), by[2080]
    assert by[2105]["title"] == "Constitutional AI: Harmlessness from AI Feedback", by[2105]
    assert by[2105]["arxiv"] == "2212.08073", by[2105]
    assert all(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries are the 18 numbered references under '### **Ссылки:**' at the end of the Russian review"
        " (2021-2108), each 'N. **Authors** (year).' + italic '*Title.*' + 'arXiv preprint arXiv:...' + '[📄 Статья]"
        "(arxiv link)'.  Title = the italic line without asterisks and final period; references 7 (a citation label"
        " in the title slot) and 10 (no title) get None.  The article body (inline [[n](arxiv)] citations,"
        " per-paper sections, numbered bold term lists, code blocks) is not a list of entries.",
        checked="Read the reference section line by line and skimmed the whole article for other lists of papers"
        " (none: the numbered lists in the prose are terms/steps); compared the -v output with the 18 references,"
        " their arXiv ids, the title-less 7 and 10, and the duplicate id 2405.04434 of 7 and 13.",
    )


if __name__ == "__main__":
    main()
