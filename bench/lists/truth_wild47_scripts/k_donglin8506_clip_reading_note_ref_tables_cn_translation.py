"""Wild47 truth for donglin8506/Blog docs/VisionMultiModal/CLIP/paper_read.md: a Chinese student's close-reading note
of the CLIP paper (Radford et al. 2021), newest commit holding the file (7991cd0, 2022-10-10).  The note began as
``docs/VisionMultiModal/CLIP.md`` (moved to ``paper/CLIP.md`` in dc7d2cd, later to ``CLIP/paper_read.md``); the
current path is the file taken.

Shape: 495 lines, 85 KB.  Lines 2-6 name the paper read (``论文名称: Learning Transferable(迁移性好的) Visual Models
From Natural Language Supervision``, ``论文地址: https://arxiv.org/abs/2103.00020``, ``readpaper地址: ...``).  Then the
paper's English text is copied paragraph by paragraph with Chinese glosses in full-width parentheses, and after most
paragraphs a small pipe table lists the works that paragraph cites: 28 tables with the header
``| 论文名称 | 论文标题翻译 | 论文别名 | 论文时间`` (21; later ones say ``标题翻译``), an alignment row, and 1-10 rows
``| English title | Chinese translation of the title | nickname or - | Author et al., year``.  No row has a closing
pipe; no row has a link.  One more table (302-305) is CLIP's Table 1 of accuracies (``| -  | aYahoo | ImageNet | SUN``),
not a paper table.  A pseudo-code block (170-191) has ``#`` comment lines, not headings.

Special cases:
- The same cited paper recurs in several tables (Mahajan et al. 2018 six times, Kornblith et al. 2019 four times, ViT,
  BiT, VirTex, ConVIRT, Noisy Student...): every row is its own entry.
- Short rows: 163 ``| - 2016-12-05`` merges the nickname and time cells, 165/203 lack the nickname cell, 385 has
  only title and translation; the title is still the first cell.
- Chinese word glosses inside the English title, ``Stochastic(随机)`` (242), ``Adversarial(对抗的)`` (457) and the
  header's ``Transferable(迁移性好的)`` (2), are translations in parentheses and are dropped; ``Strike(With) a Pose``
  (454) is the real title's own parenthesis and is kept.
- Typos kept as written: ``Transformer for Language Understanding`` (27), ``form Paired Images`` (165/203),
  ``dicrepancy`` (250), ``Familliar`` (454), ``cumputational`` (247), lower-case ``Efficientnet: ...`` (412).

Decisions:
- Entry = the header block naming the paper read (2-6, one entry; its arXiv id from line 4) and every data row of
  the 28 ``论文名称`` tables (one line each, 109 rows): 110 entries.
- Title = the first cell (English title) as written, Chinese glosses in parentheses dropped; the translation column,
  nickname and author-year cells are not title text.
- Not entries: prose citations like ``(Dai &Le, 2015; ...)`` inside copied paragraphs, the accuracy table 302-305,
  table headers and alignment rows, the pseudo-code.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "donglin8506__Blog__docs__VisionMultiModal__CLIP__paper_read@7991cd0.md"
PART = "wild47_development"

HEAD = re.compile(r"^\| 论文名称 \| (?:论文标题翻译|标题翻译) \| 论文别名 \| 论文时间\s*$")
ALIGN = re.compile(r"^\| :-+ \| :-+ \| :-+ \| :-+\s*$")
GLOSS = re.compile(r"\((?=[^)]*[\u4e00-\u9fff])[^)]*\)")


def title_of(cell: str) -> str:
    """The English title cell with Chinese glosses in parentheses dropped."""
    return GLOSS.sub("", cell).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    assert lines[1].startswith("论文名称: "), lines[1]
    assert lines[3] == "论文地址: https://arxiv.org/abs/2103.00020", lines[3]
    assert lines[5].startswith("readpaper地址: "), lines[5]
    papers.append(entry(lines, 2, 6, title_of(lines[1].removeprefix("论文名称: "))))
    tables: list[int] = []
    inside = False
    others = 0
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            tables.append(0)
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if not inside:
            others += 1  # the accuracy table 302-305
            continue
        if ALIGN.match(ln):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert 2 <= len(cells) <= 4, (n, ln)
        title = title_of(cells[0])
        assert title and not re.search(r"[\u4e00-\u9fff\[\]<>*`]", title), (n, title)
        papers.append(entry(lines, n, n, title))
        tables[-1] += 1
    assert others == 4, others
    assert len(tables) == 28 and sum(tables) == 109, (len(tables), tables)
    t = {p["line"]: p for p in papers}
    assert (t[2]["title"], t[2]["arxiv"]) == (
        "Learning Transferable Visual Models From Natural Language Supervision", "2103.00020"), t[2]
    assert t[23]["title"] == "Semi-supervised Sequence Learning", t[23]
    assert t[163]["title"] == "Improved deep metric learning with multi-class N-pair loss objective", t[163]
    assert t[242]["title"] == "Adam: A Method for Stochastic Optimization", t[242]
    assert t[385]["title"] == "Scaling Laws for Neural Language Models", t[385]
    assert t[454]["title"].startswith("Strike(With) a Pose: "), t[454]
    assert t[457]["title"] == "Adversarial Examples Are Not Bugs, They Are Features", t[457]
    assert t[477]["title"] == "Explaining and Harnessing Adversarial Examples", t[477]
    assert sum(1 for p in papers if p["title"] == "Exploring the Limits of Weakly Supervised Pretraining") == 6
    assert len(papers) == 110, len(papers)
    assert not any(p["doi"] for p in papers) and sum(1 for p in papers if p["arxiv"]) == 1
    write_truth(
        NAME,
        PART,
        papers,
        "Entry = the header block naming the paper read (2-6) plus every data row of the 28 cited-work tables headed"
        " '| 论文名称 | (论文)标题翻译 | 论文别名 | 论文时间' (109 rows, one line each, no links) = 110; title = the"
        " first (English title) cell as written, Chinese glosses in parentheses like 'Stochastic(随机)' dropped, the"
        " translation / nickname / author-year cells not title text; repeats across tables are separate entries; the"
        " accuracy table 302-305, prose citations, headers and alignment rows are not entries.",
        "Listed every '|' line with its cell count (165 four-cell, 3 three-cell 163/165/203, 1 two-cell 385); compared"
        " -v against all 109 rows of the 28 tables and the header 2-6: glosses dropped at 2/242/457, 'Strike(With)'"
        " kept 454, typos kept (27 'Transformer', 165/203 'form', 250, 247, 454), the six 'Exploring the Limits of"
        " Weakly Supervised Pretraining' rows; the only id is arXiv 2103.00020 on line 4.",
    )


if __name__ == "__main__":
    main()
