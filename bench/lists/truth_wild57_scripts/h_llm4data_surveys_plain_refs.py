"""Wild57 truth for LceOmlet/LLM4data_analysis_surveys surveys/surveys.md (cdc5d0d, 2025-05-30): the working list of
surveys that a group collected while writing a survey on large (foundation) models for data analysis, grouped by
topic.  The repository also holds the survey's LaTeX sources.

Shape: 122 lines, 6 KB, no links at all.  Topic headings ``# general survey`` / ``# training and serving`` /
``# efficiency`` / ``# exploration`` / ``# implementation`` / ``# agents`` / ``# editing`` / ``# representation`` /
``# evaluation`` / ``# data preparation`` (1-119), each followed by blank-line separated paragraphs, one reference a
line, written as ``Title. Venue. Date`` (dblp-like ``Title. Journal Vol(No): pages (Year)`` in several).

Special cases:
- 3: the venue is set off by a comma, not a period: ``Pre-train, Prompt, and Predict: A Systematic Survey of
  Prompting Methods in Natural Language Processing, ACM Computing Surveys 2023.01``; line 4 under it is a row of
  check marks (``✓, ✓, ✓, × ...``), not an entry.
- 6: a reference written as a level-1 heading, ``# A survey on large language model (LLM) security and privacy: The
  Good, The Bad, and The Ugly. High-Confidence Computing. June 2024``: it names a paper, so it is an entry (the
  ``# general survey`` heading above it is the real topic heading).
- 12: the title holds a question mark mid-way (``When Can LLMs Actually Correct Their Own Mistakes? A Critical
  Survey of Self-Correction of LLMs``); 121: the last line is a bare title ending in ``?`` with no venue
  (``Can Foundation Models Wrangle Your Data?``).
- 110: ``(Survey)`` is part of the published title (``... Practical Challenges and Lessons Learned (Survey)``).
- 116: the arXiv id is written as a dblp CoRR reference, ``CoRR abs/2401.07103 (2024)``.
- Repeated papers count once per listing: 40 and 58 (Resource-efficient Algorithms and Systems of Foundation
  Models), 18 and 80 (LLMs on Tabular Data), 24 and 68 (A Survey on RAG Meeting LLMs, the second in lower case).
- 52: venue-less, ``... A survey of edge efficient LLMs and techniques. August 2025``.

Decisions:
- Entry = every non-blank line that is not a topic heading and not the check-mark row: 48 entries, one line each
  (line 6 included).
- Title = the text before the first ``. `` (period and space) -- no title here holds one -- or, for line 3, before
  ``, ACM Computing Surveys``; line 121 is all title.  Heading marker ``# `` dropped (6).
- The arXiv id of 116 (``CoRR abs/2401.07103``) is not found by the id helper (no arxiv.org link): set by hand.
"""
from _wild57 import entry, read_lines, write_truth

NAME = "LceOmlet__LLM4data_analysis_surveys__surveys__surveys@cdc5d0d.md"
PART = "wild57_development"

TOPICS = {
    "general survey",
    "training and serving",
    "efficiency",
    "exploration",
    "implementation",
    "agents",
    "editing",
    "representation",
    "evaluation",
    "data preparation",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        text = ln.strip()
        if not text or text.startswith("✓"):
            continue
        if text.startswith("#"):
            text = text.lstrip("#").strip()
            if text in TOPICS:
                continue
        if n == 3:
            title = text.split(", ACM Computing Surveys")[0]
        elif ". " in text:
            title = text.split(". ")[0]
        else:
            title = text
        p = entry(lines, n, n, title)
        if n == 116:
            assert p["arxiv"] is None, p
            p["arxiv"] = "2401.07103"
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 48, len(papers)
    assert 1 not in by and 4 not in by and 119 not in by
    assert by[3]["title"] == (
        "Pre-train, Prompt, and Predict: A Systematic Survey of Prompting Methods in Natural Language Processing"
    ), by[3]
    assert by[6]["title"] == (
        "A survey on large language model (LLM) security and privacy: The Good, The Bad, and The Ugly"
    ), by[6]
    assert by[12]["title"] == (
        "When Can LLMs Actually Correct Their Own Mistakes? A Critical Survey of Self-Correction of LLMs"
    ), by[12]
    assert by[110]["title"] == (
        "Grounding and Evaluation for Large Language Models: Practical Challenges and Lessons Learned (Survey)"
    ), by[110]
    assert by[116]["arxiv"] == "2401.07103", by[116]
    assert by[121]["title"] == "Can Foundation Models Wrangle Your Data?", by[121]
    assert by[68]["title"] == "A survey on rag meeting llms: Towards retrieval-augmented large language models", by[68]
    assert by[40]["title"] == by[58]["title"], (by[40], by[58])
    write_truth(
        NAME,
        PART,
        papers,
        method="Every non-blank line that is not one of the ten topic headings and not the check-mark row under"
        " line 3 is one entry, one line each; line 6, a reference written as a '#' heading, is an entry.  Title ="
        " the text before the first '. ' (Title. Venue. Date), before ', ACM Computing Surveys' on line 3, the whole"
        " line on 121 (bare title ending in '?').  Repeated papers count once per listing.",
        checked="Read the whole file; compared all 48 -v titles with the lines, in particular 3 (comma before the"
        " venue), 6 (heading), 12 (question mark mid-title), 52 (no venue), 110 ('(Survey)' in the title), 116"
        " (CoRR abs/ arXiv id), 121 (bare title), and the repeats 18/80, 24/68, 40/58.",
    )


if __name__ == "__main__":
    main()
