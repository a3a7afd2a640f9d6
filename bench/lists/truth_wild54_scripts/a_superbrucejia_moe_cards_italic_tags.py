"""Wild54 truth for SuperBruceJia/Awesome-Mixture-of-Experts README.md: a small awesome list of mixture-of-experts
(MoE / multimodal MoE) papers kept by one lab member, newest commit (c8f75dd, 2024-09-25).

Shape: 401 lines, 21 KB.  Title, badges, blurb, a nested ``## Contents`` link list (12-41), then ``# Course`` (43),
``# Presentation`` (59), ``# Books`` (65) and ``# Papers`` (76) with ``##``-``####`` topic headings (mechanism
taxonomy: load balance loss, z-loss, random assignment, sparse upcycling, ...).  Every item is a four-line card glued
by Markdown hard breaks (a trailing backslash): ``**Title**\\`` / ``_Authors_\\`` / ``Venue, [[Paper](url)]
[[GitHub](url)]\\`` / ``date``.  Many paper titles carry a leading italic mechanism tag inside the bold:
``**_Load Balance Loss_ - MixLoRA: ...**``, ``**_Top-1 Routing and Load Balance Loss_ & _Sparse-Gated Mixture of
Experts in Transformer_ - Switch Transformers: ...**`` (two tags), ``**_"q_proj", "v_proj" (InstructBLIP) and
"up_proj", "down_proj" (LLaVA-1.5)_ - MoCLE: ...**`` (underscores inside the tag), ``**_Mistral AI_ - Mixtral of
Experts**``.  Two italic-bold remarks under headings (378, 385) are not cards.

Special cases:
- The same paper is filed under several mechanisms, each time with another tag: MixLoRA (170, 232), MoE-LLaVA (175,
  237), LoRAMoE (190, 252), MoELoRA (195, 257, 379), SiRA (215, 262), JetMoE (242, 283), OpenMoE (247, 288), GShard
  (272, 320), Switch Transformers (90, 267), Outrageously Large Neural Networks (96, 277): separate entries.
- 217 / 264: the SiRA paper link is broken and nested, ``[[Paper]([15 Nov 2023](https://arxiv.org/abs/2311.09179))]``;
  the arXiv id is still read from it.
- 202: the MoRAL venue line lacks the trailing backslash; still a four-line card.
- Course cards (44, 49, 54), the ICML 2024 tutorial card (60, a presentation) and the two book cards (66, 71) are not
  entries.

Decisions:
- Entry = every four-line card under ``# Papers`` (line 76 on), span = the card's four lines.
- Title = the bold text, the leading italic tag(s) up to the first ``_ - `` dropped (the tag labels the mechanism,
  not the title); nickname prefixes inside the title (``DeepSeekMoE: ``, ``MoCLE: ``) are kept.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "SuperBruceJia__Awesome-Mixture-of-Experts__README@c8f75dd.md"
PART = "wild54_development"

CARD = re.compile(r"^\*\*(?P<bold>[^*].*)\*\*\\$")
AUTHORS = re.compile(r"^_[^_].*_\\$")
DATE = re.compile(r"^(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[75] == "# Papers", lines[75]
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if not m:
            continue
        assert AUTHORS.match(lines[n]), (n, lines[n])
        assert DATE.match(lines[n + 2]), (n, lines[n + 2])
        if n < 76:
            skipped.append(n)
            continue
        bold = m.group("bold")
        title = bold.split("_ - ", 1)[1] if bold.startswith("_") else bold
        assert "_ - " not in title, (n, title)
        papers.append(entry(lines, n, n + 3, title))
    assert skipped == [44, 49, 54, 60, 66, 71], skipped
    t = {p["line"]: p for p in papers}
    assert (t[78]["title"], t[78]["arxiv"]) == ("A Survey on Mixture of Experts", "2407.06204"), t[78]
    assert t[124]["title"] == "Mixtral of Experts", t[124]
    assert t[180]["title"] == "MoCLE: Mixture of Cluster-conditional LoRA Experts for Vision-language Instruction Tuning"
    assert t[200]["arxiv"] == "2402.11260" and t[200]["end"] == 203, t[200]
    assert t[215]["arxiv"] == "2311.09179", t[215]
    assert t[220]["title"] == ("Pushing Mixture of Experts to the Limit: Extremely Parameter Efficient MoE for"
                               " Instruction Tuning"), t[220]
    assert t[267]["title"] == t[90]["title"] == (
        "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity"), t[267]
    assert t[102]["arxiv"] is None and t[108]["arxiv"] is None, (t[102], t[108])
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every four-line hard-break card ('**Title**\\' / '_Authors_\\' / 'Venue, [[Paper](url)]\\' / date) under"
        " '# Papers' (line 76 on) is an entry (59), span = its four lines; repeats of a paper under several mechanism"
        " headings are separate entries.  Title = the bold text without the leading italic mechanism tag(s) ('_Load"
        " Balance Loss_ - ', '_A_ & _B_ - '), cut at the first '_ - '.  Course, presentation and book cards and the"
        " italic-bold remarks are not entries.",
        "Read all 401 lines; compared -v for all 59 cards: tag removal incl. the underscore-laden MoCLE tag 180 and the"
        " two-tag cards 220/267/277, untagged cards, the repeats (MixLoRA, MoE-LLaVA, LoRAMoE, MoELoRA x3, SiRA,"
        " JetMoE, OpenMoE, GShard, Switch, Shazeer), the broken nested SiRA link 215/262, the backslash-less 202; arXiv"
        " ids for all arXiv cards, none for Jordan & Jacobs (102, Toronto PDF) and Jacobs et al. (108, IEEE).",
    )


if __name__ == "__main__":
    main()
