"""Wild47 truth for lawrencefeng17/lawrencefeng17.github.io reading.md: "Papers All the Way Down", a student's personal
page of papers he plans to read and "Notable Papers I've read" (Jekyll page), newest commit (a120f54, 2025-05-07).

Shape: 54 lines, 2.3 KB, no final newline.  Front matter (1-3), ``# Papers All the Way Down`` (4), one sentence (6),
then two parts, each a ``###`` heading followed by a ``---`` rule: ``### Papers to Read`` (8) with ``####`` topic
headings ending in a colon (11 ``Safety:``, 17 ``Transformers:``, 21 ``Image generation:``, 26 ``Reinforcement
learning:``, 32 ``Miscellaneous:``) and ``### Notable Papers I've read`` (36) with topics 39 / 45 / 49.  Every item is
one bullet holding one link ``- [text](url)``; nothing else is written about it.

The link text is what the writer calls the paper, and mostly it is a nickname, not the title:
- full (or nearly full) titles: 12, 13, 15, 43, 47 (``An Image is Worth 16x16 Words``, the title's first half), 51;
- nicknames or labels only: 14 ``Circuits``, 18 ``RingAttention``, 19 ``DiT``, 22 ``DCGAN``, 23 ``WGAN``, 24
  ``TryOnDiffusion``, 27 ``TRPO``, 28 ``PPO``, 29 ``DPO``, 30 ``AlphaFold``, 33 ``PINN``, 34 ``RL and PGM``, 40
  ``RLHF``, 41 ``Sleeper agents``, 42 ``Scaling``, 52 ``DDPM``;
- a description: 46 ``The original attention paper!`` (arXiv 1706.03762).

Special cases:
- 53 ``Lilan Weng's Great Blog on Diffusion Models`` (a blog post) and its sub-bullet 54 ``The Annotated Diffusion
  Model`` (a Hugging Face blog post) are not papers.
- 12/13 link transformer-circuits.pub, 14 distill.pub, 15 an anthropic.com/research page, 18 a project page, 30 a
  Nature article (no DOI in the URL), 33 an arXiv abs link with a ``#:~:text=`` fragment; the rest arXiv pdf/abs links.

Decisions:
- Entry = every bullet naming a research work (23: lines 12-15, 18-19, 22-24, 27-30, 33-34, 40-43, 46-47, 51-52).
- Title = the link text when it is the paper's title as written (6 entries), else None: a nickname or acronym
  (``DCGAN``, ``Sleeper agents``, ``Scaling``) or a description (``The original attention paper!``) is not a title.
- Not entries: headings, rules, the intro sentence, the two blog posts 53/54.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "lawrencefeng17__lawrencefeng17.github.io__reading@a120f54.md"
PART = "wild47_development"

ITEM = re.compile(r"^(?P<indent> *)- \[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\) ?$")
TITLES = {12, 13, 15, 43, 47, 51}
BLOGS = {53: "Lilan Weng's Great Blog on Diffusion Models", 54: "The Annotated Diffusion Model"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[3] == "# Papers All the Way Down", lines[3]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.startswith(("-", " ")) or ln == "---", (n, ln)
            continue
        if n in BLOGS:
            assert m.group("text") == BLOGS[n], (n, ln)
            continue
        assert m.group("indent") == "", (n, ln)
        papers.append(entry(lines, n, n, m.group("text") if n in TITLES else None))
    assert [p["line"] for p in papers] == [12, 13, 14, 15, 18, 19, 22, 23, 24, 27, 28, 29, 30, 33, 34, 40, 41, 42, 43,
                                           46, 47, 51, 52], [p["line"] for p in papers]
    t = {p["line"]: p for p in papers}
    assert t[13]["title"] == "Scaling Monosemanticity: Extracting Interpretable Features from Claude 3 Sonnet", t[13]
    assert (t[22]["title"], t[22]["arxiv"]) == (None, "1511.06434"), t[22]
    assert (t[33]["title"], t[33]["arxiv"]) == (None, "2303.14878"), t[33]
    assert (t[43]["title"], t[43]["arxiv"]) == ("Are Emergent Abilities of Large Language Models a Mirage?",
                                                "2304.15004"), t[43]
    assert (t[46]["title"], t[46]["arxiv"]) == (None, "1706.03762"), t[46]
    assert t[47]["title"] == "An Image is Worth 16x16 Words", t[47]
    assert (t[30]["arxiv"], t[30]["doi"]) == (None, None), t[30]
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [text](url)' bullet under the 'Papers to Read' and 'Notable Papers I've read' topic headings that"
        " names a research work is an entry (23); title = the link text only where it is the paper's title as written"
        " (12, 13, 15, 43, 47, 51), None where it is a nickname/acronym (DCGAN, DiT, Sleeper agents, Scaling, ...) or"
        " a description ('The original attention paper!'); the diffusion blog post 53 and its sub-bullet 54 are not"
        " entries.",
        "Read all 54 lines; compared -v for all 23 entries: the six real titles, the 16 nicknames and the description"
        " as None, arXiv ids from pdf/abs links (including the '#:~:text=' fragment on 33), none from"
        " transformer-circuits, distill, anthropic.com, the project page 18 or the Nature link 30; 53/54 excluded.",
    )


if __name__ == "__main__":
    main()
