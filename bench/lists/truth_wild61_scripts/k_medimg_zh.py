"""Wild61 truth for xcnick/deeplearning docs/cv/medical_image.md at 58ffefd (2021-08-27): a Chinese note
"医学影像人工智能算法综述" (surveys of AI for medical imaging), one ``##`` section per survey paper.

Shape: 219 lines.  ``# 医学影像人工智能算法综述`` (1), then 21 sections (3 .. 219), each:
``## <Chinese translation of the title>`` heading, blank, ``**标题**：<English title>``, blank,
``**作者**：<first author>, <last author>``, blank, ``**链接**：https://arxiv.org/abs/<id>``, blank, then one
Chinese paragraph (sometimes two, e.g. 13 + 15) describing the survey ("本文共梳理**N篇**相关文献...").

Special cases:
- The heading is a Chinese translation of the paper's title; the paper's own (English) title is only on the
  ``**标题**：`` line.  Some titles keep a double space as the file writes it (5 ``Using  Classical``,
  82 ``using  multi-modality``, 172 ``Segmentation: A  Survey``, 193, 203); the helper collapses
  the runs of spaces to one.
- The colon after ``**标题**`` is the full-width ``：``; some lines have a space after it (162 ``**标题**： A
  Survey on Deep Learning and Explainability ...``).
- Every link is a bare arXiv abs URL (no markdown link); 209 ends with an HTML ``<br>``.
- The file is no longer in the repository's newest tree (it was dropped from HEAD); 58ffefd is the only
  commit that touches this path, where the list exists in full.

Decisions:
- Entry = one ``##`` section; span = heading line .. last non-blank line before the next heading.
- Title = the text after ``**标题**：`` (English), stripped; the Chinese heading is not part of the title.
- arXiv ids come from the ``**链接**`` lines through the helper.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "xcnick__deeplearning__docs__cv__medical_image@58ffefd.md"
PART = "wild61_development"

TITLE = re.compile(r"^\*\*标题\*\*：\s*(.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("## ")]
    papers = []
    for i, first in enumerate(heads):
        end = heads[i + 1] - 1 if i + 1 < len(heads) else len(lines)
        while not lines[end - 1].strip():
            end -= 1
        title = None
        for n in range(first, end + 1):
            m = TITLE.match(lines[n - 1])
            if m:
                title = m.group(1)
                break
        papers.append(entry(lines, first, end, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 21, len(papers)
    assert all(p["title"] for p in papers)
    assert all(p["arxiv"] for p in papers), [p for p in papers if not p["arxiv"]]
    assert by[3]["title"] == (
        "A Comprehensive Review for Breast Histopathology Image Analysis Using Classical and Deep Neural Networks"
    ), by[3]
    assert by[3]["arxiv"] == "2003.12255", by[3]
    assert by[17]["title"] == "Medical Image Registration Using Deep Neural Networks: A Comprehensive Review"
    assert by[120]["title"].startswith("Machine learning for COVID-19 detection and prognostication"), by[120]
    assert by[160]["title"] == (
        "A Survey on Deep Learning and Explainability for Automatic Image-based Medical Report Generation"
    ), by[160]
    assert by[160]["arxiv"] == "2010.10563", by[160]
    assert by[211]["title"] == "Learning-Based Algorithms for Vessel Tracking: A Review", by[211]
    assert by[211]["arxiv"] == "2012.08929", by[211]
    assert 1 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '## <Chinese translated title>' section is one survey paper (21); its span runs from the"
        " heading to the last non-blank line of its Chinese description.  Title = the English text after"
        " '**标题**：' (as written; the helper collapses double spaces); the Chinese heading is a translation and not the title."
        "  The '# 医学影像人工智能算法综述' page title is not an entry.",
        checked="Read the whole file; compared all 21 sections' 标题 lines, spans and arXiv links with the -v"
        " output, including the double-space titles (5, 82, 172, 193, 203), the leading-space title (162) and"
        " the trailing <br> (209).",
    )


if __name__ == "__main__":
    main()
