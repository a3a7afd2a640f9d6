"""Wild41 truth for Jin-Jing-h/survey README.md: a student's personal paper tracker (image restoration,
segmentation, diffusion, prompt learning; notes in Chinese) -- one pipe table of papers whose cells are wrapped
in ``<small>`` tags, followed by a glossary and one heading section of notes per paper; newest commit
(2026-02-08, a code upload; the README was last changed 2026-01-17).

Shape: ``# 📚 Survey`` (1), the table ``| 名称 | 链接 | 年份 | 涉及的领域 | 代码 | 创新点 | 不足点 |`` (3-4, rows
5-34, 30 rows).  A row is ``| <small>Title</small> | <small>[VENUE](url)</small> | <small>year</small> |
<small>field</small> | <small>[GitHub](url)</small> | <small>[概述](#anchor)</small> | <small>[概述](#anchor)</small>
|``: the title is plain text (row 8 wraps it in ``<ins>`` and ends it with a ``*`` mark: ``DarkIR: Robust
Low-Light Image Restoration*``); eight titles end with the list's nickname in parentheses (``(DDESeg)`` 12,
``(CoOp)`` 28, ``(DPT)``, ``(TIPPLE)``, ``(FCPrompt)``, ``(DPPD)``, ``(RSCP2GAN)``, ``(EVP)`` 29-34); 25 keeps
the nickname written as a prefix (``Diff-TTA: Genuine Knowledge from Practice: ...``).  The paper link is the
venue label: arXiv abs pages, CVF open access, OpenReview, doi.org (14, 33), Springer (28), ACM DL
``/doi/abs/10.1109/...`` (29), PubMed (30, 32, 34), the IEEE CS digital library (31).  Some rows lack the space
before a ``|`` (16-22, 26).  Then ``## 专有名词解释`` (37): a bullet index of 29 glossary terms (38-66) and one
``<a id>`` + ``### Term`` + quoted definition block per term (69-179).  ``##  数据集`` (181) is followed
directly by the notes: 29 sections ``<a id="..."></a>`` + ``### 📖Title（VENUE YEAR）`` (full-width or ASCII
parentheses, sometimes ``（IJCV 2022，CoOp）`` with a nickname, a space after 📖 in 496-705), each with
``**数据集：**`` (dataset links with quoted notes), ``**创新点：**`` and ``**不足点：**`` paragraphs or bullets.
Section headings write some titles differently from the table: 496 drops "via Weakly Supervised Adaptation",
705 gives AGLLDiff's other title (``Attribute Guidance Diffusion for Real-world Low-Light Image Enhancement``),
451 has no ``(DDESeg)``.  The MulFS-CAP row (14) has no notes section.  The only id in the notes is the
arXiv html link 798 inside RobuSTereo's own section.

Decisions:
- An entry is every table row (30; title = the first cell without ``<small>``/``<ins>``, the ``*`` mark and a
  trailing parenthesised nickname) and every ``### 📖`` notes section (29; the same papers recorded a second
  time: repeated records are separate entries).  A section runs from its heading line to its last non-blank
  line before the next ``<a id>`` anchor (the anchor line itself is the previous record's trailing markup);
  its title = the heading without 📖 and the trailing parenthesised venue/year/nickname.  Ids from each
  entry's own lines (a table row's venue link; the notes' dataset links give none except 798).
- Not entries: the glossary index and term sections (concepts: CLIP, DINO, SAM, ... are terms here, not
  records of papers), the ``数据集`` heading, the dataset links inside the notes (datasets named for use).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "Jin-Jing-h__survey__README@9b5ab71.md"
PART = "wild41_development"

FIRST, LAST = 5, 34
TITLE_CELL = re.compile(r"^\| <small>(?:<ins>)?(?P<t>.+?)\*?(?:</ins>)?</small> ?\|")
NICK = re.compile(r" \((?:DDESeg|CoOp|DPT|TIPPLE|FCPrompt|DPPD|RSCP2GAN|EVP)\)$")
HEAD = re.compile(r"^### 📖 ?(?P<t>.+?) ?[（(](?P<v>[A-Za-z ]+ \d{4}(?:，[A-Za-z0-9]+)?)[）)] ?$")
ANCHOR = re.compile(r'^<a id="[^"]+"></a>$')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2].startswith("| 名称 | 链接 | 年份 |") and lines[3].startswith("|:----|")
    assert lines[LAST].strip() == "" and not lines[1].strip()
    papers = []
    nicks = []
    for n in range(FIRST, LAST + 1):
        ln = lines[n - 1]
        m = TITLE_CELL.match(ln)
        assert m and ln.count("<small>") == 7, (n, ln[:80])
        title = m.group("t")
        if NICK.search(title):
            nicks.append(n)
            title = NICK.sub("", title)
        assert "(" not in title and "<" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
    assert nicks == [12, 28, 29, 30, 31, 32, 33, 34], nicks
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("### 📖")]
    anchors = [n for n, ln in enumerate(lines, 1) if n > 180 and ANCHOR.match(ln)]
    assert len(heads) == len(anchors) == 29 and all(a < h for a, h in zip(anchors, heads)), (heads, anchors)
    bounds = anchors[1:] + [len(lines) + 1]
    for h, nxt in zip(heads, bounds):
        m = HEAD.match(lines[h - 1])
        assert m, (h, lines[h - 1])
        last = nxt - 1
        while not lines[last - 1].strip():
            last -= 1
        assert not any(ln.startswith("#") for ln in lines[h : last]), h
        papers.append(entry(lines, h, last, m.group("t")))
    assert len(papers) == 30 + 29, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the <small> paper table (5-34; title = first cell without <small>/<ins>, the '*' mark and"
        " a trailing '(Nickname)') and each '### 📖' notes section (heading to its last non-blank line before"
        " the next <a id> anchor; title = heading without 📖 and the trailing '（VENUE YEAR[，Nick]）') is an"
        " entry, ids from the entry's lines; the glossary terms and the datasets named in the notes are not.",
        "Whole 1013-line file read; all 30 rows and 29 sections compared with the -v output: titles against"
        " the cells and headings, the <ins>/'*' row 8, the eight dropped nicknames (12, 28-34) and the kept"
        " 'Diff-TTA:' prefix (25), rows without a space before '|' (16-22, 26), venue-link ids (arXiv abs;"
        " DOIs of doi.org 14/33, Springer 28, ACM DL 29; none for PubMed, IEEE CS, CVF, OpenReview);"
        " section extents at the first (183-196) and last (997-1009) section and around the anchor/blank-line"
        " variants (866-869), the ASCII-parenthesis headings 496-705, the differing titles 496 and 705, the"
        " RobuSTereo arXiv html link 798; glossary 37-179 checked to hold no paper record.",
    )


if __name__ == "__main__":
    main()
