"""Wild56 truth for dimitarpg13/control_and_optimization_of_agentic_workflows Resources.md: "Resources on Reinforcement
Learning techniques, methods and Algorithms in Agentic Workflows and in LLM Training", a researcher's own shelf of
the books and articles he keeps (as PDFs in his own repositories) on RLHF and RL-based reasoning, newest commit
touching the file (c0ba939, 2026-02-20).

Shape: 84 lines, 10 KB, ASCII.  ``# ...`` (1), ``## books`` (3: 5, 7), ``## articles`` (10) with ``### Reinforcement
Learning from Human Feedback (RLHF)`` (12-52), ``### Human-Like Reasoning in LLMs via pure RL`` (54-80) and an empty
``### Reinforcement Learning - Based Feedback Loop in Agentic Workflows`` (83).  Each item is a bare paragraph that is
one Markdown link whose link text is the whole citation ``[Title, First Author et al, Affiliation, Year](pdf URL)``,
the URL pointing to a PDF copy in one of the author's GitHub repositories (no arXiv/DOI anywhere).

Special cases:
- Two link texts wrap onto a second line: 14-15 ``[A Little Bit of Reinforcement Learning from Human Feedback: A short
  introduction to RLHF and post-training focused on`` / ``language models. Nathan Lambert, 2025](...)`` (title ends
  at ``. Nathan Lambert``) and 37-38 (the Hugging Face blog post, not a paper).
- Titles containing commas: 21 ``Human-in-the-Loop Reinforcement Learning: A Survey and Position on Requirements,
  Challenges, and Opportunities, Carl Orge Retzlaff et al, 2024``: the author part is the first comma-separated
  piece with ``et al``.  25 ``Algorithms for Inverse Reinforcement Learning, Andrew Ng, Stuart Russel, Stanford, 2000``
  and 52 ``ORPO: ..., Hong, 2024`` have no ``et al``: the title is the first piece.
- Not papers: the two ``## books`` items (5, 7), 37-38 (Hugging Face blog article), 40 (OpenAI blog post), 42
  (Wikipedia).  14-15 is an early, shorter version of Lambert's RLHF book that the author files under articles (it is
  an arXiv preprint): counted as an entry, unlike the book edition at 7.
- 17 and 68 list the same paper ("Asymptotics of Language Model Alignment") under two headings: two entries.
- Typos are kept as written: 23 ``Learnng``, 44 ``Paradygm``, 52 ``Monolythic``, 74 ``processand``; 80 has a doubled
  space after its title's comma (author part, not title).

Decisions:
- Entry = every link paragraph under ``## articles`` except 37-38, 40 and 42: 29 entries (14-15 spans two lines).
- Title = the link text before the author part (see above), i.e. before the first ``, <piece with et al>`` or, for 25
  and 52, the first ``, ``; for 14 before ``. Nathan Lambert``.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "dimitarpg13__control_and_optimization_of_agentic_workflows__Resources@c0ba939.md"
PART = "wild56_development"

LINK = re.compile(r"^\[(?P<text>[^\]]*)(?P<close>\]\(https?://[^)]*\))?\s*$")
NOT_PAPERS = {37, 40, 42}


def title_of(text: str) -> str:
    if ". Nathan Lambert" in text:
        return text.split(". Nathan Lambert")[0]
    pieces = text.split(", ")
    for k, piece in enumerate(pieces[1:], 1):
        if " et al" in piece:
            return ", ".join(pieces[:k])
    return pieces[0]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[9] == "## articles", lines[9]
    papers = []
    for n in range(11, len(lines) + 1):
        m = LINK.match(lines[n - 1])
        if not m:
            continue
        text, last = m.group("text"), n
        if not m.group("close"):  # link text continues on the next line
            nxt = lines[n]
            text = f"{text} {nxt[: nxt.index('](')]}"
            last = n + 1
        if n in NOT_PAPERS:
            continue
        papers.append(entry(lines, n, last, title_of(text)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 29, len(papers)
    assert by[14]["title"] == (
        "A Little Bit of Reinforcement Learning from Human Feedback: A short introduction to RLHF and post-training"
        " focused on language models"
    ), by[14]
    assert (by[14]["line"], by[14]["end"]) == (14, 15), by[14]
    assert by[21]["title"] == (
        "Human-in-the-Loop Reinforcement Learning: A Survey and Position on Requirements, Challenges, and Opportunities"
    ), by[21]
    assert by[23]["title"] == "Deep Reinforcement Learnng from Human Preferences", by[23]
    assert by[25]["title"] == "Algorithms for Inverse Reinforcement Learning", by[25]
    assert by[46]["title"] == "Direct Preference Optimization: Your Language Model is Secretly a Reward Model", by[46]
    assert by[52]["title"] == "ORPO: Monolythic Preference Optimization without Reference Model", by[52]
    assert by[17]["title"] == by[68]["title"] == "Asymptotics of Language Model Alignment"
    assert by[80]["title"] == "Training Language Models to Self-Correct via Reinforcement Learning", by[80]
    assert not any(k in by for k in (5, 7, 37, 38, 40, 42))
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entry = each one-link paragraph '[Title, Authors et al, Affiliation, Year](pdf URL)' under '##"
        " articles' (14-15 wraps over two lines), except the Hugging Face blog (37-38), the OpenAI blog (40) and"
        " Wikipedia (42); the two '## books' items are not papers.  Title = link text before the author part: before"
        " the first comma-separated piece containing 'et al' (titles may contain commas, 21), else before the first"
        " ', ' (25, 52); for 14 before '. Nathan Lambert'.",
        checked="Read all 84 lines and the -v output for the 29 entries: comma-bearing title 21, the no-'et al' items"
        " 25/52, the wrapped link 14-15, the duplicate 17/68, kept typos, and that the books and the three web pages"
        " are left out; no arXiv/DOI appears (all links are PDF copies on GitHub).",
    )


if __name__ == "__main__":
    main()
