"""Wild34 truth for hanqi-qi/NLPReadingGroup `Interpretability in LLMs.md`: a PhD student's reading list
on LLMs (part of a personal "NLP reading group" repository).

Shape: a table of contents (3-15), then `##`/`###` topic sections whose records are `* Title. Venue.
[paper](url)` bullets.  The title is the text before the venue/notes and the `[paper]` link; the link
is the record's only id.  The records are few and irregular, so the script lists each record's line and
title by hand.

Special cases:
- Line 28 is not a bullet: `**Tracr**: TRAnsformer Compiler for RASP` stands alone under "Understand
  LLMs"; it names one work, kept as an entry with the title as written (nickname + expansion).
- Line 33's record has a sub-bullet `Prerequisite reading` (34) whose own sub-bullet (35) names another
  paper, "A Mathematical Framework for Transformer Circuits": two entries (33-34, 35).
- Line 48 is a one-line note under 47 (same entry).  Lines 50/52 (`- Distribution`, `- Diversity`) are
  topic bullets, not entries; lines 54 and 61 are empty bullets; line 31 (`My own Notes`) is a blog link.
- Line 38's title has the year glued on (`Meta-Optimizers2022`); the year is not part of the title.
- Line 32 `(Anthropic AI)`, 47 `DeepMind, June23`, 66 `Neurips22, cite110+` are notes, not title.
- Line 53's title ends with a zero-width space before the '.', dropped from the title; its link has no
  scheme.  Line 56's and 66's links start with a zero-width space.  Line 40 links the malformed arXiv id
  2212.0767 (written so; kept).  Line 65 has no link.  Line 80 writes the link reference-style with square
  brackets (`[paper][https://arxiv.org/...]`), still the entry's arXiv id.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "hanqi-qi__NLPReadingGroup__Interpretability in LLMs@3af3a68.md"
PART = "wild34_development"

RECORDS = [
    (22, 22, "Fast inference from transformers via speculative decoding"),
    (23, 23, "SpecInfer: Accelerating Generative Large Language Model Serving with Speculative Inference and Token Tree Verification"),
    (28, 28, "Tracr: TRAnsformer Compiler for RASP"),
    (32, 32, "In-context Learning and Induction Heads"),
    (33, 34, "Transformers as Algorithms: Generalization and Stability in In-context Learning"),
    (35, 35, "A Mathematical Framework for Transformer Circuits"),
    (38, 38, "Why Can GPT Learn In-Context? Language Models Implicitly Perform Gradient Descent as Meta-Optimizers"),
    (39, 39, "What LEARNING ALGORITHM IS IN-CONTEXT LEARNING? INVESTIGATIONS WITH LINEAR MODELS"),
    (40, 40, "Transformers Learn In-Context by Gradient Descent"),
    (43, 43, "Towards Revealing the Mystery behind Chain of Thought: A Theoretical Perspective"),
    (46, 46, "An Explanation of In-context Learning as Implicit Bayesian Inference"),
    (47, 48, "Schema-learning and rebinding as mechanisms of in-context learning and emergence"),
    (51, 51, "Data Distributional Properties Drive Emergent In-Context Learning in Transformers"),
    (53, 53, "Pretraining task diversity and the emergence of non-Bayesian in-context learning for regression"),
    (56, 56, "A Theory for Emergence of Complex Skills in Language Models"),
    (60, 60, "Causal interventions expose implicit situation models for commonsense language understanding"),
    (65, 65, "Make a Choice! Knowledge Base Question Answering with In-Context Learning"),
    (66, 66, "STaR: Self-Taught Reasoner Bootstrapping Reasoning With Reasoning"),
    (67, 67, "ChatGPT is a Knowledgeable but Inexperienced Solver: An Investigation of Commonsense Problem in Large Language Models"),
    (71, 71, "Dissociating Language and thought in large Language Model: a cognitive perspective"),
    (72, 72, "Using cognitive psychology to understand GPT-3"),
    (76, 76, "Can We Edit Factual Knowledge by In-Context Learning?"),
    (80, 80, "Do the rewards justify the means? measuring trade-offs between rewards and ethical behavior in the machiavelli benchmark"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title in RECORDS:
        own = " ".join(lines[first - 1 : last]).replace("\u200b", "")
        assert title.split(":")[0][:20] in own, (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper bullet (and the bold Tracr line 28, and the prerequisite sub-bullet 35) is one entry; title = the "
        "text before venue notes and the [paper] link, listed by hand; TOC, empty bullets and topic bullets are not entries.",
        "Read every line of the file by eye against the output: all 23 entries, titles and arXiv ids.",
    )


if __name__ == "__main__":
    main()
