"""Wild57 truth for zygm0nt/papers-i-love bin/README.md: a developer-researcher's raw log of the paper PDFs kept in
the repository's ``bin/`` folder ("papers I love"), newest commit touching it (10c7960, 2021-05-05).

Shape: 140 lines, 4.6 KB, no Markdown markup at all.  Blank-line-separated paragraphs, one paper each, in three
loose forms, hard-wrapped anywhere (mid-title, before the `` - ``, before the file name):
``https://arxiv.org/abs/1803.11175 -  Universal Sentence Encoder - 1803.11175.pdf`` (URL - title - file),
``Product quantization for nearest neighbor search -`` / ``jegou_searching_with_quantization.pdf`` (title - file),
``eurosys16-final29.pdf - The Linux Scheduler: a Decade of Wasted Cores`` (file - title).

Special cases:
- 1: ``https://arxiv.org/abs/1607.04606 - 1607.04606.pdf`` names no title: an entry with title None (arXiv id
  from the URL).
- 92 is a form feed followed by a bare file name, ``realtime_data_processing_at_facebook.pdf``, with no blank line
  before the next paper (93-95): two entries in that paragraph, 92 with title None.
- 69-71 and 93-95 put the file name before the title on the URL line: ``https://queue.acm.org/... -
  LifeBeyondTxns.pdf Life`` / ``beyond Distributed Transactions:`` / ``an Apostate’s Opinion``: title = the wrapped
  words after the file name, joined with single spaces.
- Wrapped titles are joined with one space (``The Case for Learned Index Structures``, 5-6; ``Unsupervised
  Clickstream Clustering for User Behavior Analysis``, 44-46, wrapped twice).
- Titles are kept as written, typos and truncations included: ``Web - Scale Bayesian Click - Through Rate
  Prediction for Sponsored S earch Advertising in Microsoft’s Bing Search Engine`` (52-53), ``You are How You
  Click: Clickstream Analysis for Sybil Detect`` (37-38), ``The Dataflow Model: A Practical Approach to
  Balancing`` (124), ``Realtime data processing at face book`` (110-111).  ``Specification and Complexity of
  Collaborative Text Editing-`` (119) loses its glued separator dash.
- 23-25 link a blog post about a HotOS paper (``System programming in Rust: beyond safety``): an entry.
- The author pasted a block twice: 69-90 reappear, partly reordered or reworded, at 93-120.  Every listing is an
  entry (same title twice).
- arXiv ids come from ``arxiv.org/abs`` and ``arxiv.org/pdf`` URLs; the ``dl.acm.org/citation.cfm?id=`` URL (44)
  carries no DOI.

Decisions:
- Entry = every paragraph (maximal run of non-blank lines), except that the 92-95 paragraph is split into 92 and
  93-95: 51 entries.
- Title = the paper title the paragraph writes, wrapped lines joined with single spaces, without URL, file name and
  `` - `` separators; written out below per first line and checked to occur in the paragraph's joined text.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "zygm0nt__papers-i-love__bin__README@10c7960.md"
PART = "wild57_development"

# first line of each entry -> title as the paragraph writes it (None: no title written)
TITLES = {
    1: None,
    3: "Universal Sentence Encoder",
    5: "The Case for Learned Index Structures",
    8: "RDF Graph Embeddings for Content-based Recommender Systems",
    11: "Joint Text Embedding for Personalized Content-based Recommendation",
    14: "Product quantization for nearest neighbor search",
    17: "Iterative Quantization: A Procrustean Approach to Learning Binary Codes",
    20: "A Survey on Learning to Hash",
    23: "System programming in Rust: beyond safety",
    27: "TensorFlow: A system for large-scale machine learning",
    30: "Hardware is the new software",
    32: "One Model To Learn Them All",
    35: "From Word Embeddings To Document Distances",
    37: "You are How You Click: Clickstream Analysis for Sybil Detect",
    40: "Analysing Clickstream Data: From Anomaly Detection to Visitor Profiling",
    44: "Unsupervised Clickstream Clustering for User Behavior Analysis",
    48: "Improving Ad Relevance in Sponsored Search",
    50: "A Few Useful Things to Know about Machine Learning",
    52: "Web - Scale Bayesian Click - Through Rate Prediction for Sponsored S earch Advertising in Microsoft\u2019s"
    " Bing Search Engine",
    55: "Click Through Rate Prediction for Display Advertisement",
    57: "Practical Lessons from Predicting Clicks on Ads at Facebook",
    60: "Using Deep Learning and Google Street View to Estimate the Demographic Makeup of the US",
    64: "Photon: Fault-tolerant and Scalable Joining of Continuous Data Streams",
    67: "Detecting Adversarial Advertisements in the Wild",
    69: "Life beyond Distributed Transactions: an Apostate\u2019s Opinion",
    73: "BigDebug: Debugging Primitives for Interactive Big Data Processing in Spark",
    77: "E-commerce in Your Inbox: Product Recommendations at Scale",
    80: "Scaling Spark in the Real World: Performance and Usability",
    83: "The Linux Scheduler: a Decade of Wasted Cores",
    85: "Mock Roles, not Objects",
    87: "Data Center TCP (DCTCP)",
    89: "Specification and Complexity of Collaborative Text Editing",
    92: None,
    93: "Life beyond Distributed Transactions: an Apostate\u2019s Opinion",
    97: "BigDebug: Debugging Primitives for Interactive Big Data Processing in Spark",
    101: "E-commerce in Your Inbox: Product Recommendations at Scale",
    104: "Scaling Spark in the Real World: Performance and Usability",
    107: "Kraken: Leveraging Live Traffic Tests to Identify and Resolve Resource Utilization Bottlenecks in Large"
    " Scale Web Services",
    110: "Realtime data processing at face book",
    113: "The Linux Scheduler: a Decade of Wasted Cores",
    115: "Mock Roles, not Objects",
    117: "Data Center TCP (DCTCP)",
    119: "Specification and Complexity of Collaborative Text Editing",
    122: "Maglev: A Fast and Reliable Software Network Load Balancer",
    124: "The Dataflow Model: A Practical Approach to Balancing",
    126: "Goods: Organizing Google\u2019s Datasets",
    128: "Ad Click Prediction: a View from the Trenches",
    130: "Mixture-of-tastes Models for Representing Users with Diverse Interests",
    133: "One-Pass Ranking Models for Low-Latency Product Recommendations",
    136: "Learning to Discover Cross-Domain Relations with Generative Adversarial Networks",
    139: "StackGAN: Text to Photo-realistic Image Synthesis with Stacked Generative Adversarial Network",
}


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """1-based (first, last) spans of non-blank runs; a line starting with a form feed opens its own entry."""
    spans: list[tuple[int, int]] = []
    start = None
    for n, ln in enumerate(lines, 1):
        blank = not ln.strip()
        if start is not None and (blank or ln.startswith("\f")):
            spans.append((start, n - 1))
            start = None
        if not blank and start is None:
            start = n
        if ln.startswith("\f"):
            spans.append((n, n))
            start = None
    if start is not None:
        spans.append((start, len(lines)))
    return spans


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last in paragraphs(lines):
        assert first in TITLES, (first, lines[first - 1])
        title = TITLES[first]
        joined = re.sub(r"\s+", " ", " ".join(lines[first - 1 : last]))
        if title is None:
            assert re.fullmatch(r"\f?\S+ - \S+\.pdf|\f?\S+\.pdf", joined.strip()), joined
        else:
            assert title in joined, (first, title, joined)
        papers.append(entry(lines, first, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 51 == len(TITLES), len(papers)
    assert by[1]["arxiv"] == "1607.04606" and by[1]["title"] is None, by[1]
    assert by[44]["title"] == "Unsupervised Clickstream Clustering for User Behavior Analysis", by[44]
    assert by[92]["title"] is None and by[93]["title"] == by[69]["title"], (by[92], by[93])
    assert by[136]["arxiv"] == "1703.05192", by[136]
    assert by[139]["arxiv"] == "1612.03242", by[139]
    assert sum(p["arxiv"] is not None for p in papers) == 13, [p["line"] for p in papers if p["arxiv"]]
    assert all(p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="No Markdown markup: each blank-line-separated paragraph is one paper (the 92-95 paragraph, a bare"
        " form-feed file name glued to the next paper, gives two), 51 entries, duplicates from a block pasted twice"
        " included.  Title = the title words the paragraph writes, wrapped lines joined with single spaces, without"
        " the URL, the PDF file name and the ' - ' separators, typos and truncations kept; None for the two"
        " paragraphs that give only a URL/file name (1, 92).",
        checked="Read every paragraph of the file against the -v output: the 51 spans, the wrapped titles (5-6,"
        " 40-42, 44-46, 52-53, 69-71, 107-108), the file-name-first forms (73, 83, 122-128), the two untitled"
        " entries, the repeated block 93-120, and the 13 arXiv ids from arxiv.org abs/pdf URLs.",
    )


if __name__ == "__main__":
    main()
