"""Wild55 truth for ChaofanTao/Autoregressive-Models-in-Vision-Survey README.md: "Awesome Autoregressive Models in
Vision", the paper list accompanying the TMLR 2025 survey "Autoregressive Models in Vision: A Survey", newest commit
(6924267, 2025-11-07).

Shape: 665 lines.  HTML header (logo, ``<h2>`` title linking the survey 4, badges 9-12), an intro paragraph (16), a
blockquote ``> **Paper**: [[TMLR 2025🔥]](openreview) [Autoregressive Models in Vision: A Survey](arxiv) | ...``
(18) with authors (20-24), a ``<details open>`` promoting another survey by the group as a blockquote card
``> [**Personalized Video Generation: Progress, Applications, and Challenges**]() <br>`` + authors (31-32) + badges
(33), ``## 📑 Citation`` with a fenced BibTeX ``@misc`` of the survey (41-50), update news (54-66, prose that links
the survey again at 56, 62, 64), a contributing template in a code fence (80-82), a table of contents (86-108),
then the paper list (111-630) by task (``### Image Generation`` ... ``### Stability & Scaling``) with ``####`` and
bulleted ``##### `` sub-headings, ``### Tutorial`` (632-635: course slides and notebooks), ``### Evaluation
Metrics`` (637-651: a table whose Reference column cites papers as ``[Salimans et al., 2016](arxiv)``), and
acknowledgements of other GitHub lists (653-656).

Paper items (461) are dash bullets at three indentation depths, each ``- **[Venue, Year]** <title> [Paper](url)
[Code](url) [Project](url)`` (the venue tag in bold brackets, e.g. ``**[Arxiv, 2025.07]**``, ``**[CVPR, 2023,
Highlight]**``); a model name in bold often precedes the title.

Special cases:
- Bold model names, three ways: ``**PixelCNN++**: Improving ...`` / ``**Efficient-VQGAN:** Towards ...`` (the name
  and a colon head the title: kept as ``Name: rest``); ``**LlamaGen** Autoregressive Model Beats Diffusion ...``
  (name, a space or no-break space, then the title: the name is a label, dropped, as for PixelCNN, Titok, VQGAN,
  IRIS, SEED ... at 121-122, 147-162, 207-220, 253, 271, 290, 304-305, 328, 342, 381-382, 493-503); ``**MAGMA** –
  Multimodal Augmentation ...`` (552, joined by a dash: kept as ``MAGMA – Multimodal ...``).  116 is only
  ``**Image Transformer**`` with links: that bold text is the title.  493 (SEED-X) and 501 (EMU) are papers whose
  real titles do start with the name and a colon, but the file writes no colon, so they follow the label rule.
- Many items use no-break spaces (U+00A0) around the title; some titles end with a period (``RandAR: ... Random
  Orders.``) or lack a space before ``[Paper]`` (220): trailing period and spaces are dropped.
- 252 and 258 add a task note after the title, ``(*svg image*)`` and ``(*storytelling*)``: not part of the title.
- 486 keeps the contributing template's placeholder glued to the title: ``**Emu3**: Next-Token Prediction is All
  You NeedPaper Name.``; ``Paper Name`` is dropped.
- The link order varies (``[Code](...) [Paper](...)`` at 141); the title is the text before the first link.
- The same paper is listed under several tasks (LlamaGen 149/211, VQGAN 160/217, VQ-VAE 162/220, MAGVIT-v2
  150/304, ...): each bullet is an entry.
- Metrics table rows 640-648 and 650 cite a paper only by ``Author et al., year`` (title None); 649 and 651 name no
  paper.  The Tutorial links (633-635) and acknowledged repositories (654-656, 656 also linking that list's paper)
  are not entries.

Decisions:
- Entry = every venue-tagged bullet (461); the survey as given in the blockquote at 18 (title = the link text);
  the promoted survey card 31-32 (title = the bold link text); the BibTeX ``@misc`` 42-49 (title field); and the
  10 metric-table rows citing a paper (title None).  The ``<h2>`` header (4) and the news lines (56, 62, 64) only
  mention the survey in page chrome and prose: not entries.
- Title = the bullet text after the venue tag and before the first ``[...](`` link, bold label handling as above,
  trailing period/spaces and the two task notes dropped.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "ChaofanTao__Autoregressive-Models-in-Vision-Survey__README@6924267.md"
PART = "wild55_development"

ITEM = re.compile(r"^\s*- \*\*\[(?P<venue>[^\]]*)\]\*\*\s*(?P<rest>.*)$")
LINK = re.compile(r"\[[^\]]*\]\(")
BOLD = re.compile(r"^\*\*(?P<name>.+?)\*\*(?P<after>.*)$", re.DOTALL)
METRIC = re.compile(r"^\| [^|]+\|[^|]+\| \[(?P<cite>[^\]]+)\]\((?P<url>[^)]*)\)")
BIB_TITLE = re.compile(r"^\s*title=\{(?P<title>.*)\},\s*$")
WS = " \t\u00a0"
NOTE = re.compile(r"\s*\(\*?(?:svg image|storytelling)\*?\)$")  # task notes after the title (252, 258)


def item_title(rest: str) -> str:
    body = LINK.split(rest, maxsplit=1)[0]
    b = BOLD.match(body)
    if b:
        name, after = b.group("name"), b.group("after")
        if name.endswith(":"):
            body = name + " " + after.strip(WS)
        elif after.startswith(":"):
            body = name + after
        elif after.strip(WS).startswith("–"):
            body = name + " " + after.strip(WS)
        elif after.strip(WS):
            body = after  # a bold model label before the title
        else:
            body = name  # the bold text is the whole title
    return NOTE.sub("", body.strip(WS).rstrip(".").strip(WS))


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    assert "[Autoregressive Models in Vision: A Survey](https://arxiv.org/abs/2411.05902)" in lines[17], lines[17]
    papers.append(entry(lines, 18, 18, "Autoregressive Models in Vision: A Survey"))
    assert lines[30].startswith("> [**Personalized Video Generation: Progress, Applications, and Challenges**]()")
    papers.append(entry(lines, 31, 32, "Personalized Video Generation: Progress, Applications, and Challenges"))
    assert lines[41] == "@misc{xiong2024autoregressive,", lines[41]
    b = BIB_TITLE.match(lines[42])
    assert b, lines[42]
    bib = entry(lines, 42, 49, b.group("title"))
    assert lines[45].strip() == "eprint={2411.05902}," and bib["arxiv"] is None, bib
    bib["arxiv"] = "2411.05902"  # eprint + archivePrefix={arXiv}: set by hand
    papers.append(bib)
    items = 0
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            items += 1
            title = item_title(m.group("rest"))
            if n == 486:  # the template's 'Paper Name' left glued to the title
                assert title.endswith("All You NeedPaper Name"), title
                title = title.removesuffix("Paper Name")
            papers.append(entry(lines, n, n, title))
            continue
        t = METRIC.match(ln)
        if t and n > 637:
            papers.append(entry(lines, n, n, None))
    by = {p["line"]: p for p in papers}
    assert items == 461, items
    assert by[116]["title"] == "Image Transformer", by[116]
    assert by[120]["title"].startswith("PixelCNN++: Improving the PixelCNN"), by[120]
    assert by[149]["title"] == "Autoregressive Model Beats Diffusion: Llama for Scalable Image Generation", by[149]
    assert by[149]["arxiv"] == "2406.06525", by[149]
    assert by[552]["title"].startswith("MAGMA – Multimodal Augmentation"), by[552]
    assert by[640]["title"] is None and by[640]["arxiv"] == "1606.03498", by[640]
    assert 649 not in by and 651 not in by and 633 not in by and 656 not in by
    assert by[252]["title"].endswith("with Autoregressive Transformers"), by[252]
    assert by[258]["title"].endswith("Consistent Story Generation"), by[258]
    assert by[486]["title"] == "Emu3: Next-Token Prediction is All You Need", by[486]
    assert len(papers) == 3 + 461 + 10, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet '- **[Venue, Year]** <title> [Paper](url) [Code](url)' of the paper list (461, at three"
        " indentation depths) is an entry; title = text between the venue tag and the first link, where a bold model"
        " name is kept when joined by a colon ('**X**: ...', '**X:** ...') or a dash ('**MAGMA** – ...'), dropped"
        " when it is a label followed by a space, and is the title when it stands alone (116).  Also entries: the"
        " survey in the header blockquote (18), the promoted survey card (31-32), the survey's BibTeX @misc (42-49),"
        " and the 10 metric-table rows citing 'Author et al., year' (title None).  Tutorials, acknowledged repos,"
        " the <h2> header and news prose are not.",
        "Printed all 474 entries with -v and read them against the file: the bold-label rule on every bold item"
        " (label lines 121-122, 147-162, 207-220, 253, 271, 290, 304-305, 328, 342, 381-382, 493-503, colon and dash"
        " forms, 116), no-break spaces and trailing periods, repeated papers, arXiv ids from abs/pdf links, the"
        " metric rows 640-650 and the BibTeX eprint id set by hand.",
    )


if __name__ == "__main__":
    main()
