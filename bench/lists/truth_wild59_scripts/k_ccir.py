"""Wild59 truth for CCIR-community/Website CCIR2023/acceptedpapers.md at e596b62 (2023-11-22): the "论文录用"
(accepted papers) page of CCIR 2023, the China Conference on Information Retrieval, a Jekyll page in Chinese.

Shape: 247 lines.  YAML front matter (1-3, ``title: 论文录用``), Liquid ``{% capture %}`` blocks and an include
(5-11), an ``<h1>论文录用</h1>`` (13) and one ``<div style="margin-left: 20%;...">`` wrapper (15-244) that holds the
papers, then ``{% endcapture %}`` and a two-column include (246-247).  Each paper is a block of raw HTML lines:
- ``<div style="font-weight: bold">TITLE</div>`` (the title, in Chinese or English);
- ``<div>ABSTRACT</div>`` (one long line, Chinese or English);
- ``<div>AUTHOR (AFFILIATION), ... and AUTHOR (AFFILIATION)</div>``;
- ``<p></p>`` as separator (doubled after some blocks: 27-28, 89-90).
56 papers, 16-241.

Special cases:
- 29-32 (Opinion Evolution Model ...) has two abstract-like divs: the first repeats the title with a final period
  (30), the second is the abstract (31); the block is still one paper, 29-32.
- Titles keep full-width punctuation and odd spellings as written: ``AID-GCN：基于图卷积网络...`` (179, full-width
  colon), ``SSHGCN:基于音形异构图卷积的中文纠错方法`` (207), ``MAVAE:用于反讽检测...`` (239),
  ``... with Con-trastive Learning`` (123, hyphen kept).
- Mixed Chinese / English titles (e.g. 29, 66, 78, 91, 99, 115, 123, 139, 191).
- No links, no DOIs, no arXiv ids anywhere.

Decisions:
- Entry = one bold-title ``<div>`` block; span = the title line through the last ``<div>`` line of the block (the
  authors line, before the ``<p></p>`` separator).  Title = the text inside the bold div.
- The page title, the ``<h1>`` and the Liquid lines are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "CCIR-community__Website__CCIR2023__acceptedpapers@e596b62.md"
PART = "wild59_development"

TITLE = re.compile(r'^<div style="font-weight: bold">(?P<title>.+)</div>\s*$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = TITLE.match(ln)
        if not m:
            continue
        last = n
        k = n + 1
        while k <= len(lines) and lines[k - 1].startswith("<div>"):
            last = k
            k += 1
        papers.append(entry(lines, n, last, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 56, len(papers)
    assert min(by) == 16 and max(by) == 239, (min(by), max(by))
    assert by[16]["title"] == "一种注意力引导知识增强的事件因果关系识别方法", by[16]
    assert by[29]["title"] == "Opinion Evolution Model based on Long-Term and Short-Term Opinions", by[29]
    assert by[123]["title"] == (
        "Fine-grained Intent Recognition from Pediatric Medical Dialogues with Con-trastive Learning"
    ), by[123]
    assert by[179]["title"] == "AID-GCN：基于图卷积网络的推荐系统自适应交互去噪", by[179]
    assert by[239]["title"] == "MAVAE:用于反讽检测的多维注意力变分自编码器", by[239]
    assert not any(p.get("arxiv") or p.get("doi") for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every block opened by '<div style=\"font-weight: bold\">TITLE</div>' (16-239) is one accepted paper;"
        " its span runs from the title line through the following <div> lines (abstract, authors) up to the <p></p>"
        " separator.  Title = the text inside the bold div, Chinese or English, punctuation as written.  Front matter,"
        " Liquid tags and the <h1> are not entries.",
        checked="Read the whole file; compared the -v output with all 56 bold-title blocks, checked the block with"
        " two abstract divs (29-32), the doubled separators (27-28, 89-90), full-width and ASCII colons in titles"
        " (179, 207, 239) and that no ids are claimed.",
    )


if __name__ == "__main__":
    main()
