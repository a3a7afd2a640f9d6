"""Wild59 truth for Mongoal/Awesome-Incremental-Learning README.md at 834bf4a (2019-06-12, branch
Mongoal-patch-1, also the head of the repository's pull request 1): a fork of an early "Awesome Incremental
Learning / Lifelong learning" list to which the fork's owner added Chinese translations of two abstracts.  The
fork's master branch (ed2db0d) still holds the upstream text without them; this commit is the newest one
touching README.md on the fork's own branch.

Shape: 60 lines, ends with two empty lines.  Title (1), ``## ContinualAI wiki`` and ``## Workshops`` each with a
``####`` heading that is a link (3-9), a note on settings (11-13), then ``## Papers`` with ``### 2019`` (16-25),
``### 2018`` (27-44), ``### 2017`` (46-54), ``### 2016`` (56-57).
One bullet a paper: ``- <a name="todo"></a> Title (**VENUE2019**) [[paper](url)] [[code](url)]``: an empty HTML
anchor, the title as plain text, the venue+year bold in parentheses, then bracketed links.

Special cases:
- 18 and 36 are blockquotes in Chinese (``>现代机器学习在逐步学习新类别时...``), machine translations of the abstract
  of the paper just above (17, 35), written right under the bullet without an empty line.
- 28-29: the title ends line 28 and the venue ``(**NIPS2018**)`` starts line 29 (indented by one space).
- 30, 31, 39 are indented by one space and 40 by two (``  - <a name=...``): same list, same kind of entry.
- 35 starts with a bold flag ``**Important!!** End-to-End Incremental Learning``; 37 has no space before the
  links (``(**ECCV2018**)[[paper](...)]``) and links an arXiv mirror (arxiv-export-lb.library.cornell.edu/abs/).
- 32 and 47 end the title with a method label in parentheses (``... Forgetting (R-EWC)``, ``... neural
  networks (EWC)``) that is not part of the paper's title.
- 33 has two spaces before the venue; several lines have trailing spaces.

Decisions:
- Entry = every ``- <a name="todo"></a>`` bullet (17-57): 32 entries.  Span = the bullet line, plus the next line
  when it continues the bullet (29) or is the Chinese abstract blockquote (18, 36).
- Title = the text between the anchor and the ``(**VENUE**)`` parenthesis, joined across lines, without the
  ``**Important!!**`` flag and without a trailing method label ``(EWC)`` / ``(R-EWC)``.  Parentheses that are part
  of a title stay (``Learning what (not) to forget``, 39).
- The ``####`` link headings (5, 9) name a community and a workshop: not entries.
- arXiv ids come from the arxiv.org links (helper); for 37 the id 1801.10112 in the arXiv-mirror link
  (``.../abs/1801.10112``) is set by hand.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "Mongoal__Awesome-Incremental-Learning__README@834bf4a.md"
PART = "wild59_development"

ITEM = re.compile(r'^\s*- <a name="todo"></a> ')
TITLE = re.compile(r'^\s*- <a name="todo"></a> (?:\*\*Important!!\*\* )?(?P<title>.+?)\s*\(\*\*[A-Z]+\d{4}\*\*\)')
LABEL = re.compile(r"\s*\((?:R-)?EWC\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ITEM.match(ln):
            continue
        last = n
        nxt = lines[n] if n < len(lines) else ""
        if nxt.startswith((">", " (**")):
            last = n + 1
        text = " ".join(x.strip() for x in lines[n - 1 : last])
        m = TITLE.match(text)
        title = LABEL.sub("", m.group("title").strip())
        p = entry(lines, n, last, title)
        if n == 37:
            assert p["arxiv"] is None, p
            p["arxiv"] = "1801.10112"
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 32, len(papers)
    assert min(by) == 17 and max(by) == 57, (min(by), max(by))
    assert by[17]["title"] == "Large Scale Incremental Learning" and by[17]["end"] == 18, by[17]
    assert by[17]["arxiv"] == "1905.13260", by[17]
    assert by[28]["title"] == (
        "Memory Replay GANs: learning to generate images from new categories without forgetting"
    ), by[28]
    assert by[28]["end"] == 29 and by[28]["arxiv"] == "1809.02058", by[28]
    assert by[32]["title"] == "Rotate your Networks: Better Weight Consolidation and Less Catastrophic Forgetting"
    assert by[33]["title"] == "Exemplar-Supported Generative Reproduction for Class Incremental Learning", by[33]
    assert by[35]["title"] == "End-to-End Incremental Learning" and by[35]["end"] == 36, by[35]
    assert by[37]["title"] == (
        "Riemannian Walk for Incremental Learning: Understanding Forgetting and Intransigence"
    ), by[37]
    assert by[39]["title"] == "Memory Aware Synapses: Learning what (not) to forget", by[39]
    assert by[40]["title"] == "Lifelong Learning via Progressive Distillation and Retrospection", by[40]
    assert by[47]["title"] == "Overcoming catastrophic forgetting in neural networks", by[47]
    assert by[57]["title"] == "Learning without forgetting" and by[57]["doi"] == "10.1007/978-3-319-46493-0_37"
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- <a name=\"todo\"></a> Title (**VENUE2018**) [[paper](url)] ...' bullet (17-57, some indented"
        " by one or two spaces) is one entry; its span adds the next line when the bullet continues there (29) or"
        " when it is the Chinese abstract blockquote under it (18, 36).  Title = the text between the anchor and"
        " the bold venue parenthesis, joined across lines, without the '**Important!!**' flag and without a"
        " trailing method label (EWC)/(R-EWC).  The link headings (5, 9) are not entries.",
        checked="Read the whole file; compared the -v output with all 32 bullets, the title split over 28-29, the"
        " indented bullets (30, 31, 39, 40), the Chinese blockquotes (18, 36), the Important flag (35), the"
        " method labels (32, 47), arXiv ids from arxiv.org links and the hand-set mirror id at 37, and the"
        " springer DOI at 57.",
    )


if __name__ == "__main__":
    main()
