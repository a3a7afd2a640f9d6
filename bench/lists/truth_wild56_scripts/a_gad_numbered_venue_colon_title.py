"""Wild56 truth for FelixDJC/Awesome-Graph-Anomaly-Detection README.md: "Awesome Graph Anomaly Detection", a small
awesome list of graph anomaly detection papers with code, newest commit (0039461, 2023-12-25).

Shape: 198 lines, 16 KB.  Reference-style badge link definitions (1-4), title (6), intro (7, 9), badges (11-12), a
table of contents (17-26), then ``## <span id="jump1">Important Survey and Benchmark Papers</span>`` (30) and
``## <span id="jump2">Papers and Codes</span>`` (36) with ``###``/``####``/``#####`` sub-headings wrapped in
``<span>`` tags.  Every paper is a numbered item ``N. VENUE YEAR: Title [[Paper]](url) [[Code]](url)`` (numbering
restarts under each heading); then two dataset tables (168-175, 180-187) and a list of related repositories (193-197).

Special cases:
- 40-41: the item breaks after the venue, ``1. SIGMOD 2000: `` / ``LOF: Identifying Density-based Local Outliers
  [[Paper]]...``: the title is on line 41.
- Titles contain their own colons (``LOF: ...``, ``ResGCN: ...``, ``GAD-NR: ...``): only the first ``: `` after the
  venue-year separates venue from title.  Venues have spaces (``ACM MM 2023``, ``ECML PKDD 2023``, ``Arxiv 2023``).
- 61-90 and 109-124 are runs of lines holding only spaces (after item 2 of the GAN list and item 6 of the contrastive list): no entries; 125 continues
  the list with ``7.``.
- 57 is ``Reinforcement Neighborhood Selection for Unsupervised Graph`` (title cut short in the file): kept as written.
- 129 and 128 point to the same arXiv pdf (2108.09896) although they are different papers: the id is taken as written.
- DOIs come from the URLs: ACM ``dl.acm.org/doi/...`` (41, 51, 55, 94, 108, 142, 157), the aminer pdf path
  ``.../cikm/10.1145/3340531.3412070.pdf`` (60, without ``.pdf``), SIAM epubs (43, 125),
  Springer ``link.springer.com/content/pdf/10.1007/...`` (49) and ``chapter/10.1007/...`` (158).
- ``### Temporal Graph`` (149) has no items.  The dataset tables and related-repository links name no papers.

Decisions:
- Entry = each numbered item (with line 41 for the split item 40-41): 55 entries.
- Title = the text between ``VENUE YEAR: `` and the first `` [[Paper]]`` link, trailing spaces removed.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "FelixDJC__Awesome-Graph-Anomaly-Detection__README@0039461.md"
PART = "wild56_development"

ITEM = re.compile(r"^\d+\. (?P<venue>[A-Za-z][A-Za-z ]*? \d{4}): ?(?P<rest>.*)$")
TITLE = re.compile(r"^(?P<title>.+?) ?\[\[Paper\]\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        rest, last = m.group("rest").strip(), n
        if not rest:  # the title is on the next line
            last = n + 1
            rest = lines[n].strip()
        t = TITLE.match(rest)
        assert t, (n, ln)
        papers.append(entry(lines, n, last, t.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 55, len(papers)
    assert by[31]["title"] == "A Comprehensive Survey on Graph Anomaly Detection with Deep Learning", by[31]
    assert by[31]["arxiv"] == "2106.07178", by[31]
    assert (by[40]["end"], by[40]["title"]) == (41, "LOF: Identifying Density-based Local Outliers"), by[40]
    assert by[40]["doi"] == "10.1145/342009.335388", by[40]
    assert by[49]["title"] == "ResGCN: Attention-based Deep Residual Modeling for Anomaly Detection on Attributed Networks"
    assert by[57]["title"] == "Reinforcement Neighborhood Selection for Unsupervised Graph", by[57]
    assert by[106]["title"] == "Normality Learning-based Graph Anomaly Detection via Multi-Scale Contrastive Learning"
    assert by[125]["title"] == "Abnormal Event Detection via Hypergraph Contrastive Learning", by[125]
    assert by[142]["title"] == "Collaborative Fraud Detection: How Collaboration Impacts Fraud Detection", by[142]
    assert by[158]["title"].startswith("CVTGAD: Simplified Transformer"), by[158]
    assert by[159]["arxiv"] == "2310.16520", by[159]
    assert not any(61 <= p["line"] <= 90 or 109 <= p["line"] <= 124 for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered item 'N. VENUE YEAR: Title [[Paper]](url) [[Code]](url)' is one paper (40-41 split"
        " after the venue: span 40-41, title on 41).  Title = the text after the first ': ' following the venue"
        " year, up to ' [[Paper]]'; colons inside titles are kept.  Dataset tables and related-repository links are"
        " not papers.",
        checked="Read the whole file and compared the -v output for all 55 entries: venue/title split for venues with"
        " spaces and titles with colons, the split item 40-41, numbering across the whitespace-only runs (61-90,"
        " 109-124), arXiv ids and the ACM/SIAM/Springer DOIs from the URLs.",
    )


if __name__ == "__main__":
    main()
