"""Wild54 truth for Kaxitron/research_plan resources/papers.md: the "Key Papers (Reading Order)" page of a
self-study research curriculum (a personal AI-safety / singular-learning-theory study plan laid out like a syllabus,
a TOC README linking pages of resources), newest commit ef0e07b (2026-02-25).

Shape: 41 lines, 1.9 KB.  ``# Key Papers (Reading Order)`` (1), a ``[Back to TOC](../README.md)`` link (3), then
eight ``## Topic`` headings (5-38), each over an ordered list whose numbers run on across the headings (1-24, not
restarting).  Every item is plain text, no links, no ids: ``N. "Quoted Title" (Authors, Year)``, twice with a
bracketed nickname tag between title and authors (``"Training Compute-Optimal Large Language Models" [Chinchilla]
(Hoffmann et al., 2022)`` 28, ``[InstructGPT]`` 32), once with a trailing em-dash note (``(Watanabe, 2009) — the
foundational textbook`` 39).  Corporate authors appear as ``(Anthropic, 2024)``.

Special cases:
- 39 Watanabe's "Algebraic Geometry and Statistical Learning Theory" is, as the note says, a textbook (a Cambridge
  monograph): not an entry.
- Titles are short forms as written (``"Scaling Monosemanticity"``, ``"Direct Preference Optimization"``,
  ``"Sleeper Agents: Training Deceptive LLMs"``) or misquoted (``"Are We Living in a Simulation?"`` for Bostrom 2003);
  kept as written, ``?`` included.

Decisions:
- Entry = every numbered item except the textbook (23); title = the text inside the double quotes; the
  ``[Chinchilla]`` / ``[InstructGPT]`` tags, authors/year and the note are not title.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "Kaxitron__research_plan__resources__papers@ef0e07b.md"
PART = "wild54_development"

ITEM = re.compile(r'^(?P<num>\d+)\. "(?P<title>[^"]+)"(?: \[(?P<tag>[A-Za-z]+)\])? \((?P<who>[^)]+), (?P<year>\d{4})\)'
                  r"(?P<note> — .+)?$")
BOOKS = {"Algebraic Geometry and Statistical Learning Theory"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Key Papers (Reading Order)"
    papers = []
    nums = []
    for n, ln in enumerate(lines, 1):
        if not re.match(r"^\d+\. ", ln):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        nums.append(int(m.group("num")))
        if m.group("title") in BOOKS:
            assert m.group("note") == " — the foundational textbook", (n, ln)
            continue
        papers.append(entry(lines, n, n, m.group("title")))
    assert nums == list(range(1, 25)), nums
    t = {p["line"]: p["title"] for p in papers}
    assert t[6] == "Attention is All You Need", t[6]
    assert t[28] == "Training Compute-Optimal Large Language Models", t[28]
    assert t[32] == "Training language models to follow instructions with human feedback", t[32]
    assert t[23] == "Are We Living in a Simulation?", t[23]
    assert 39 not in t and t[41] == "Birth of a Transformer: A Memory Viewpoint", t
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every item of the run-on numbered list (1-24 across eight topic headings) is an entry except 22, Watanabe's"
        " textbook (flagged '— the foundational textbook'): 23 entries; title = the double-quoted text, the"
        " [Chinchilla]/[InstructGPT] nickname tags, '(Authors, Year)' and the note dropped.",
        "Read all 41 lines; compared -v with all 24 items: 23 titles exactly as quoted (short forms and the misquoted"
        " Bostrom title kept), tags dropped on 28/32, the textbook 39 skipped; no links so no ids.",
    )


if __name__ == "__main__":
    main()
