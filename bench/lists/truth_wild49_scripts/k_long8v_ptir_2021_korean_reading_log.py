"""Wild49 truth for long8v/PTIR 2021.md: "Paper Today I Read", a Korean ML engineer's 2021 reading log (document AI,
vision transformers, NLP), newest commit holding it (89fe4c6, 2023-04-10).  The log began in README.md and was moved
to 2021.md when the author switched to GitHub issues in 2022; README.md now only links to it.

Shape: 206 lines, 22 KB.  ``## 2021년에 읽은 논문들 (28 papers)`` (1) over an indented TOC of 26 in-page anchor
bullets ``  * [2021-12-31 DeiT](#2021-12-31-deit)`` (2-27) that name each paper by nickname only; then 26 cards
(29-205), one per paper, newest first.  A card is a ``## <date> <nickname>`` heading (``## 2021-12-16 Gated MoE``),
then the title line ``<English title>[, <year>]([arxiv](url))<br>`` and Korean bold fields ``**problem :**``,
``**solution :**``, ``**result :**`` (each ending in ``<br>``), mostly ``**details :** [notion](url)``, once
``**further work :**`` (193); the card ends at the blank line.  The heading says 28 papers but 26 are written.

Special cases:
- The ``[arxiv]`` label is used for every link, also for the NeurIPS (44) and ACL Anthology (107) PDFs;
  ids come only from real arXiv links.
- Year suffix ``, 2021`` / ``, 2017`` / ``, 2020`` before the link on 9 cards (30-86); not title text.
- Titles are kept as written: ``...from Documentsr`` (135), ``Hiearchical`` (65), ``Unsupevised`` (177),
  ``Donut : Document ...`` (142), the trailing space before ``([arxiv]`` dropped (189).
- The heading nickname (``Copying Network``, ``WYVERN``, ``Gated MoE``) is a label, not the title; the title is the
  next line.

Decisions:
- Entry = every ``## <date> <nickname>`` card (26), spanning the heading to the card's last line; title = the
  title line before ``, <year>`` / ``([arxiv]``.
- The TOC bullets (2-27) are in-page navigation to the cards, not entries; the ``(28 papers)`` heading is not.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "long8v__PTIR__2021@89fe4c6.md"
PART = "wild49_development"

CARD = re.compile(r"^## (?P<date>2021-\d\d-\d\d) (?P<nick>\S.*)$")
TITLE = re.compile(r"^(?P<title>\S.*?)(?:, (?P<year>\d{4}))?\s*\(\[arxiv\]\((?P<url>[^)\s]+)\)\)(?:<br>)?$")
TOC = re.compile(r"^  \* \[2021-\d\d-\d\d [^\]]+\]\(#2021-[a-z0-9-]+\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## 2021년에 읽은 논문들 (28 papers)"
    assert sum(1 for ln in lines if TOC.match(ln)) == 26
    papers = []
    years = 0
    for n, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if not m:
            continue
        t = TITLE.match(lines[n])
        assert t, (n + 1, lines[n])
        years += bool(t.group("year"))
        end = n + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        assert lines[end - 1].startswith("**"), (n, end)
        papers.append(entry(lines, n, end, t.group("title").strip()))
    assert len(papers) == 26, len(papers)
    assert years == 9, years
    t = {p["line"]: p for p in papers}
    assert (t[29]["title"], t[29]["end"], t[29]["arxiv"]) == (
        "Training data-efficient image transformers & distillation through attention", 34, "2012.12877"), t[29]
    assert (t[43]["title"], t[43]["arxiv"]) == ("Multimodal Few-Shot Learning with Frozen Language Models", None), t[43]
    assert t[85]["title"] == "Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer", t[85]
    assert t[106]["arxiv"] is None, t[106]
    assert t[134]["title"].endswith("Key Information Extraction from Documentsr"), t[134]
    assert t[141]["title"] == "Donut : Document Understanding Transformer without OCR", t[141]
    assert (t[188]["title"], t[188]["end"]) == (
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", 193), t[188]
    assert (t[201]["end"], t[201]["arxiv"]) == (205, "1910.13461"), t[201]
    write_truth(
        NAME,
        PART,
        papers,
        "Every '## 2021-MM-DD <nickname>' card (26, lines 29-205) is an entry spanning its heading, title line and"
        " Korean problem/solution/result/details fields up to the blank line; title = the line after the heading,"
        " cut before ', <year>' (9 cards) and '([arxiv](url))<br>', typos kept.  The 26-bullet anchor TOC (2-27,"
        " nicknames linking to the cards) is navigation, not entries; the '(28 papers)' count is not checked against.",
        "Read all 206 lines; compared -v for all 26 cards: titles (with and without ', 2021'/', 2017'/', 2020'),"
        " spans (cards ending without <br> at 160/167/174/180, the 'further work' line 193), ids only from arXiv"
        " links (NeurIPS 44 and ACL Anthology 107 links labelled [arxiv] give none), typos Documentsr/Hiearchical/"
        "Unsupevised kept.",
    )


if __name__ == "__main__":
    main()
