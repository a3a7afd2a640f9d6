"""Wild49 truth for wangsiwei2010/awesome-multi-view-clustering README.md: a NUDT PhD student's list of multi-view
clustering papers (with code and datasets), newest commit (8e507b8, 2023-02-26), 233 lines, 25 KB.

Shape: title and contact (1-4), a table of contents (6-20), ``##  <span id="jump1">Important Survey Papers </span>``
(24) with four ``1. Title [Paper](url)`` items (25-31), then ``## <span id="jump2">Papers </span>`` (35) with ``###
<span id=...>`` subsections: Graph Clusteirng [sic] (38-49), Multiple Kernel Clustering (53-62), Subspace Clustering
(64-77), Deep Multi-view Clustering (80-151), Deep Incomplete Multi-view Clustering (154-161), Binary (163-164),
NMF-based (167-168), Ensemble-based (171-172), Scalable (175-182), Evolutionary (188-189); then ``## Benchmark
Datasets`` (195) with two dataset notes (197-198, 219-220), a dataset pipe table (201-216) and a fenced BibTeX block
asking users to cite the author's IJCAI 2019 paper (223-232).

Two item styles:
- Markdown style (39-77, 164-189): ``1. VENUE: Title [Paper](url) [code](url)``, every item numbered ``1.``; the venue
  is glued or spaced (``AAAI15``, ``TKDE2018``, ``TMM 2021``, ``Applied Soft Computing 2021``), the separator is
  ``:``, a full-width ``：`` (43, 56, 58) or nothing (65-69 ``CVPR2015 Diversity-induced ...``); some have only a code
  link (49) or ``[paper]`` in lower case (178-182); 176 ends with a Baidu extraction code ``fvnh``.
- HTML-anchor style (81-161): ``N. VENUE YEAR: Title(NICK)[<a href= "url" target="_blank">Paper</a>] [<a
  href="url">Code</a>]`` numbered 1-36 in the deep section and 1-7 in the incomplete section, a method nickname glued
  in parentheses after the title (``(gLMSC)``, ``(AE^2-Nets)``, ``(SiMVC&CoMVC)``), none in 151 and 155-161; 151 is
  ``36. 2023: Tensorized Adaptive ...[<a ...>Code</a>]`` (year only, code link only).

Special cases:
- 41 ``Self-Weighted Multiview Clustering with Multiple Graphs"``: a stray closing quote, kept as written.
- 141, 147: full-width ``：`` inside the title (``Deep Safe Multi-View Clustering：Reducing ...``), kept.
- The glued ``(NICK)`` after the title in the HTML-anchor items is a nickname tag, dropped; nickname prefixes inside
  the title (``GMC: ...``, ``COMIC: ...``, ``Multi-VAE: ...``, ``CPM-Nets: ...``, ``COMPLETER: ...``) are kept.
- Repeats are separate entries: the BibTeX paper below is also item 60.
- The BibTeX block 224-231 (``title={Multi-view clustering via late fusion alignment maximization}``) is a reference
  to a paper, also listed at 60: an entry spanning the ``@inproceedings`` record.
- Not entries: the dataset notes 197-198 and 219-220 (``1. It contains seven ... datasets``), the dataset table, TOC,
  headings.

Decisions:
- Entry = every numbered paper item (one line each) of the survey and paper sections, plus the BibTeX record.
- Title = the text after the venue prefix (none in the survey section) up to the first ``[Paper](``/``[paper](``/
  ``[code](`` or ``[<a``, with a glued ``(NICK)`` dropped in the HTML-anchor items; BibTeX: the ``title={...}``.
- Ids from the item's line: arXiv abs/pdf links, DOIs from doi.org / Springer article links.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "wangsiwei2010__awesome-multi-view-clustering__README@8e507b8.md"
PART = "wild49_development"

ITEM = re.compile(r"^\d+\.\s+(?P<rest>.*)$")
VENUE = re.compile(r"^(?P<venue>(?:[A-Za-z][A-Za-z ]*)?\d{2,4})(?:\s*[:：]\s*|\s+)(?P<rest>.*)$")
TITLE = re.compile(r"^(?P<title>.+?)\s*(?:\[(?:Paper|paper|code)\]\(|\[<a )")
NICK = re.compile(r"\((?P<nick>[^()]+)\)$")
NOT_PAPERS = {197, 219}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# awesome multi-view clustering"
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m or n in NOT_PAPERS:
            continue
        rest = m.group("rest")
        if n > 35:
            v = VENUE.match(rest)
            assert v, (n, ln)
            rest = v.group("rest")
        t = TITLE.match(rest)
        assert t, (n, ln)
        title = t.group("title")
        if 80 < n < 162 and "[<a " in ln:
            k = NICK.search(title)
            if k:
                title = title[: k.start()]
        assert not re.search(r"[\[\]<>]", title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert lines[223].startswith("@inproceedings{wang2019multi,") and lines[230] == "}", lines[223:231]
    bib = re.match(r"^\s*title=\{(?P<t>[^}]+)\},$", lines[224])
    assert bib, lines[224]
    papers.append(entry(lines, 224, 231, bib.group("t")))
    t = {p["line"]: p for p in papers}
    assert t[25]["title"] == "A survey on multi-view learning", t[25]
    assert t[41]["title"] == 'Self-Weighted Multiview Clustering with Multiple Graphs"', t[41]
    assert t[43]["title"] == "One-step multi-view spectral clustering", t[43]
    assert t[65]["title"] == "Diversity-induced Multi-view Subspace Clustering", t[65]
    assert t[85]["title"] == "AE^2-Nets: Autoencoder in Autoencoder Networks", t[85]
    assert t[111]["title"] == "Reconsidering Representation Alignment for Multi-view Clustering", t[111]
    assert t[141]["title"].startswith("Deep Safe Multi-View Clustering：Reducing"), t[141]
    assert t[151]["title"] == "Tensorized Adaptive Deep Multi-view Subspace Clustering", t[151]
    assert t[189]["title"].startswith("An Evolutionary Many-objective Approach"), t[189]
    assert t[189]["doi"] == "10.1016/j.asoc.2021.107425", t[189]
    assert t[224]["title"] == "Multi-view clustering via late fusion alignment maximization", t[224]
    assert len(papers) == 74, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered paper item of the survey and paper sections is an entry (one line each), plus the fenced"
        " BibTeX record 224-231 (74). Title = the text after the venue prefix ('AAAI15:', 'TKDE2018：', 'TMM 2021:',"
        " 'CVPR2015 ' without a colon; no prefix in the survey section) up to the first [Paper](/[paper](/[code]( or"
        " [<a; in the HTML-anchor items of the deep sections the glued '(NICK)' is dropped; the stray quote 41 and"
        " the full-width colons inside titles kept. The two '1. It contains ... datasets' notes and the dataset table"
        " are not entries.",
        "Read all 233 lines; compared -v with every item of each section: venue prefixes stripped (glued, spaced,"
        " full-width colon, no colon 65-69, year only 151), nick tags dropped on 81-149 only where glued, code-only"
        " items 49 and 151 kept, lower-case [paper] 178-182, BibTeX title; arXiv ids and the doi.org/Springer DOIs"
        " come from each line.",
    )


if __name__ == "__main__":
    main()
