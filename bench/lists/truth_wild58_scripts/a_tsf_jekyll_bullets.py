"""Wild58 truth for zhangyu345293721/zhangyu345293721.github.io _pages/markdown.md at eafe1f9 (2024-09-21): a page
of a personal Jekyll (academicpages) site titled "时间序列预测阅读" (time-series forecasting reading), a flat bullet
list of linked paper titles.

Shape: 45 lines.  YAML front matter (1-8: permalink, Chinese ``title``, ``redirect_from`` list), blank lines, the
heading ``## 资源`` (11), then 30 bullets written `` * [Title](url)`` with a leading space (13-42), and trailing
blank lines (43-45).

Special cases:
- Titles are kept as written, including ALL-CAPS ones copied from OpenReview PDFs (38 ``ITRANSFORMER: INVERTED
  TRANSFORMERS ARE EFFECTIVE FOR TIME SERIES FORECASTING``, 39, 41).
- Link forms: arxiv.org/pdf and /abs, a double slash (14 ``arxiv.org/abs//2403.14587``: the helper gives no id
  for it, so 2403.14587 is set by hand), a space after the opening
  parenthesis (18 ``( https://arxiv.org/abs/2403.01673)``), versioned pdf links (35-42 ``2311.04147v1.pdf``), ICML
  virtual poster pages (23-26, 31) and a GitHub repository (30, TSLANet): no id for the last two kinds.
- 42 ``On the Relationship between Self-Attention and Convolutional Layers`` links ``2310.00655v1`` (the same URL as
  41, a copy-paste slip; the paper itself is an older arXiv preprint).  The id is kept as written in the file,
  2310.00655, since the truth records what the entry's lines give.
- 13 ``Revisiting Deep Learning Models for Tabular Data`` is off-topic (tabular) but a paper: an entry.
- The front matter ``title: "时间序列预测阅读"`` is the page title, not an entry.

Decisions:
- Entry = every `` * [Title](url)`` bullet (13-42): 30 entries, one line each.  Title = the link text.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "zhangyu345293721__zhangyu345293721.github.io___pages__markdown@eafe1f9.md"
PART = "wild58_development"

ITEM = re.compile(r"^ \* \[(.+?)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            p = entry(lines, n, n, m.group(1).strip())
            if "arxiv.org/abs//2403.14587" in ln:
                p["arxiv"] = "2403.14587"
            papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 30, len(papers)
    assert sorted(by) == list(range(13, 43)), sorted(by)
    assert by[13]["title"] == "Revisiting Deep Learning Models for Tabular Data", by[13]
    assert by[14]["arxiv"] == "2403.14587", by[14]
    assert by[18]["arxiv"] == "2403.01673", by[18]
    assert by[23]["arxiv"] is None, by[23]
    assert by[30]["title"] == "TSLANet: Rethinking Transformers for Time Series Representation Learning", by[30]
    assert by[30]["arxiv"] is None, by[30]
    assert by[35]["arxiv"] == "2311.04147", by[35]
    assert by[38]["title"] == "ITRANSFORMER: INVERTED TRANSFORMERS ARE EFFECTIVE FOR TIME SERIES FORECASTING", by[38]
    assert by[42]["title"] == "On the Relationship between Self-Attention and Convolutional Layers", by[42]
    assert by[42]["arxiv"] == "2310.00655", by[42]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every ' * [Title](url)' bullet under '## 资源' is one entry (13-42, 30 entries), one line each."
        "  Title = the link text as written (ALL-CAPS titles kept).  The YAML front matter and its Chinese page"
        " title are not entries.  arXiv ids are what the links give (42 reuses 41's link, kept as written).",
        checked="Read the whole file; compared the -v output with all 30 bullets (titles, the odd links at 14, 18,"
        " 30 and 42, no ids for ICML poster pages and the GitHub link).",
    )


if __name__ == "__main__":
    main()
