"""Wild62 truth for qyhou/curated-table-structure-recognition README.md at e0ee24f: a curated list of Table
Structure Recognition (table understanding) papers, one uniform bullet per paper, many papers listed in several
sections.

Shape: 237 lines.  Intro and keywords (1-7), a numbered table of contents without links (9-21), then
``## 1. Survey / Competition`` (23), ``## 2. Methodology`` (35: ``### 2.1 Top-Down`` 37, ``#### 2.2.1 Cell based /
Grid based`` 81, ``#### 2.2.2 Word based / Text-Line based`` 111, ``### 2.3 Image-to-Sequence / End-to-End`` 123),
``## 3. Data`` (155: ``### 3.1 Dataset`` 157, ``### 3.2 Data Synthesis ...`` 195, ``### 3.3 Data Representation``
219) and ``## 4. Metric`` (226).  Every item is one line:
``- [`<method or dataset name>` ][<title>](<url>), (<affiliations>), <yyyy-mm>, <venue>``.

Special cases:
- The backticked label is a method name in section 2, a dataset name in 3.1/3.2 and a metric name in 4
  (``TEDS``, ``EMA, BLEU, WER``); it is not part of the title.  Many bullets have no label.
- The same paper recurs under several sections with different labels (e.g. ``Image-based table recognition: data,
  model, and evaluation`` as ``EDD`` 151, ``PubTabNet`` 186 and ``TEDS`` 233): every bullet is its own entry.
- 181 (``Tal ocr_table`` [2021好未来表格识别大赛](heywhale competition page), a Chinese competition) and 210
  (``TableGeneration`` [TableGeneration](github repo), venue ``GitHub``) are a contest page and a code tool, not
  papers: not entries.
- ICDAR competition reports (30, 31, 33, 149-150, 189, 192, 234, 236) are papers: entries.
- arXiv ids come from ``arxiv.org/abs`` links (one written ``www.arxiv.org``, 199); DOIs from dl.acm.org and
  link.springer.com links and ``dx.doi.org`` on 29 (48 in all); ieeexplore, sciencedirect ``pii``, ijcai, mdpi and
  aclanthology links carry no id.  Titles keep the file's
  spacing and case (``Form2Seq : A Framework ...`` 119, ``OG-HFYOLO :Orientation ...`` 82/196).

Decisions:
- Entry = each ``- `` bullet of the form above except 181 and 210: 192 entries on 192 lines.
- Title = the link text, exactly as written.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "qyhou__curated-table-structure-recognition__README@e0ee24f.md"
PART = "wild62_held_out"

BULLET = re.compile(r"^- (?:`[^`]*` )?\[(.+?)\]\(https?://[^)]*\), \([^)]*\), \d{4}-\d\d, \S+$")
NOT_PAPERS = {181, 210}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        if ln.startswith("- "):
            bullets += 1
            m = BULLET.match(ln)
            assert m, (n, ln)
            if n not in NOT_PAPERS:
                papers.append(entry(lines, n, n, m.group(1).strip()))
    assert bullets == 194, bullets
    assert len(papers) == 192, len(papers)
    by = {p["line"]: p for p in papers}
    assert by[24]["title"] == "A survey for table recognition based on deep learning", by[24]
    assert by[26]["arxiv"] == "2312.04808", by[26]
    assert by[29]["doi"] == "10.11834/jig.220152", by[29]
    assert by[62]["title"].startswith("PubTables-1M: Towards comprehensive") and by[62]["arxiv"] == "2110.00061"
    assert by[82]["title"].startswith("OG-HFYOLO :Orientation gradient guidance"), by[82]
    assert by[119]["title"] == "Form2Seq : A Framework for Higher-Order Form Structure Extraction", by[119]
    assert by[151]["title"] == by[186]["title"] == by[233]["title"], (by[151], by[186], by[233])
    assert by[199]["arxiv"] == "2408.09800", by[199]
    assert by[237]["title"].startswith("An open approach towards the benchmarking"), by[237]
    for n in (12, 181, 210):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each bullet '- `label` [title](url), (affiliations), yyyy-mm, venue' is one entry (192); the"
        " backticked method/dataset/metric label is not part of the title.  Title = the link text as written."
        "  Papers recurring in several sections are separate entries.  181 (a Chinese competition page) and 210"
        " (a GitHub tool) are not papers; the numbered table of contents has no links and is not an entry.",
        checked="Read the whole file; checked with a strict regex that all 194 bullets share the shape, compared the"
        " -v output by section with the file (labels stripped, spaced colons kept on 82/119/196, recurring papers,"
        " arXiv/DOI on arxiv.org, www.arxiv.org, dx.doi.org and dl.acm.org links) and that 181 and 210 are absent.",
    )


if __name__ == "__main__":
    main()
