"""Wild53 truth for Mowbray-R-V/Graph-based-RL4CO README.md: a student's personal "Awesome Graph Representation
Learning (Work in progress)" list, grown out of a graph-RL-for-combinatorial-optimisation reading list (the repo
name); newest commit (e6dc5d7, 2025-11-25).  Hand-typed, unlinked for the most part, and very uneven.

Shape: 316 lines, 24 KB.  Title, badges and intro prose (1-13).  Then ``# ⭐ <Topic>`` headings (some with ``##
🔹`` / ``### 🔸`` sub-headings and long parenthesised explanations) over numbered lists (``1. ...``; numbering
restarts per list, skips (no item 4 at 212-215) and has empty items (``3. `` 71)):
- ``Tutorials and Workshops`` (17-46): ``N. [text](url)`` links to tutorials, books, blogs, videos, courses, code
  repos and other awesome lists, mixed with a few papers (Distill and arXiv links), plus one unlinked paper (41).
- Most other sections: plain ``N. Title, Venue Year`` / ``N. Title — Venue, Year`` / ``N. Title (**NICK**), Venue
  Year — description`` / ``N. Title — Authors, Venue, Year (note)`` lines, often with bold notes ``**(...)**``.
- ``## 🔹 Contrastive learning`` (103-129) mixes ``**SimCLR v1** | description`` nickname-only rows, paper titles
  with a bold nickname, and links to blogs/videos.
- ``## 🔹Spectral methods`` (212-220) and ``## 🔹 Spatial methods`` (232-244) name methods, not papers' titles:
  ``Graph Attention Network (GAT), ICLR 2018``.
- ``# ⭐ Reasoning over relational/structured data`` (299-301): three unnumbered plain lines (299 ends with a stray
  backtick after spaces).
- ``# ⭐ Libraries`` (310-315): libraries, not entries; two ``<img>`` figures and ``---`` rules in between.

Decisions (what is an entry):
- Entry = each numbered or plain line naming one research paper (or a Distill / arXiv monograph-style article):
  171 in all.  Not entries: tutorials, talks (``Towards Graph Foundation Models (tutorial), WWW-2024`` 54), books
  (18, 46), blogs, videos, courses, code repositories (27-31, including ``[Simplifying Graph Convolutional Networks]``
  at 29, which links the SGC code and sits among "GCN code / GAT code ... need to redo from scratch"), other awesome
  lists (26, 34, 37, 76), the W&B workspace (305), libraries, and the empty item 71.
- Repeats are separate entries (DINO 112/122, GraphMAE2 153/154, Graphormer 51/293).

Decisions (title):
- Title = the paper title as written: link text for linked items; otherwise the text before the first `` — `` or
  before the bold nickname ``(**BYOL**)`` / ``**(...)**`` note, with a trailing ``, <venue> <year>`` / ``. 2019 ACL
  Anthology`` / ``, 2025`` dropped.  Written forms are kept even when they differ from the real title (23 carries the
  2D-WL title but links arXiv 1709.05584, ``Multi-View Graph Representation Learning (MVGRL)`` 136 with the
  ``(MVGRL)`` tag dropped, typos ``Netwroks`` 201, ``ASimple`` 248, ``GraphQuantized`` 188; lower case ``go neural``
  199, ``predicting`` 182).
- Title None where the line names only a method or nickname, not a title: ``**CPC – Contrastive Predictive Coding**``,
  ``**Instance Discrimination**``, ``**MoCo v1 – Momentum Contrast**``, ``**SimCLR v1**``, ``**MoCo v2**``,
  ``**SimCLR v2**``, ``**MoCo v3**`` (103-108, 114), ``InfoGraph — Sun et al.`` (142), ``CCA-SSG (Canonical
  Correlation Analysis for Self-Supervised GNNs)`` / ``SimGRACE (...)`` / ``GraphCLIP (...)`` (144-146), ``GraphMAE2
  (Hou et al., WWW 2023): <description>`` (154), all nine spectral-method lines but the GCN paper 214 (212-220), and
  all thirteen spatial-method lines (232-244).
- 279 ``GNN acceleration for large scale graphs — Beyond Message Passing: Neural Graph Pattern Machine, ICML 2025``:
  the part before the dash is a topic label; title = ``Beyond Message Passing: Neural Graph Pattern Machine``.
- 197 ``1.B. Weisfeiler and A. Leman, “A reduction ...,” Nauchno-Technicheskaya Informatsia, 1968.``: IEEE-style
  reference with no space after the number; title = the quoted text.
- Other tails dropped: ``(Meta AI, LeCun Lab, 2025)`` (129), ``, IEEE Trans. on information theory, vol. 39, 1993``
  (179), ``, in Proceedings DCC’95 Data Compression Conference,  1995.`` (180), ``, Nature 2025`` (149).
- A leading zero-width space (92) is dropped.
- Ids: arXiv only from the tutorial / diffusion arXiv links (21-25, 36, 39, 83; 23 and 39 both link 1709.05584);
  no DOIs anywhere.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Mowbray-R-V__Graph-based-RL4CO__README@e6dc5d7.md"
PART = "wild53_development"

NUM = re.compile(r"^(?P<num>\d+)\.\s*(?P<body>.*?)\s*$")
LINK = re.compile(r"^\[(?P<t>[^\]]+)\]\(\s*[^)]*\)")
NOT_ENTRY = {18, 19, 20, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 38, 40, 42, 43, 44, 45, 46, 54, 71, 76, 117,
             123, 124, 125, 126, 127, 128, 305, 310, 311, 312, 313, 314, 315}
NICK = {103, 104, 105, 106, 107, 108, 114, 142, 144, 145, 146, 154} | set(range(212, 221)) - {214} | set(
    range(232, 245))
VENUE = re.compile(
    r"[,.]\s*(?:(?:ICLR|NeurIPS|NIPS|ICML|icml|KDD|AAAI|TMLR|ACM|WWW|EMNLP|ICCV|CVPR|IEEE|arXiv|CoRR|Nature|"
    r"Elsevier|ACL|ICDCS|ICLR\(Tiny\))[^,]*?|\d{4}(?:–\d{4})?[^,]*?|IEEE transaction \d{4})\s*$")


def title_of(n: int, body: str) -> str:
    body = body.replace("\u200b", "").strip()
    lk = LINK.match(body)
    if lk:
        return lk.group("t").strip()
    if n == 197:
        return re.search(r"“(?P<t>[^”]+?),”", body).group("t")
    if n == 279:
        body = body.split(" — ", 1)[1]
    body = body.split(" — ")[0]
    body = re.split(r"\s*\(\*\*|\s*\*\*\(|\s*\*\*|\s\|", body)[0]
    body = re.sub(r",\s*in Proceedings .*$|,\s*IEEE Trans\. .*$|\s*\(Meta AI, .*$", "", body)
    body = re.sub(r"\s*\((?:tutorial|DGI|GraphCL|MVGRL|GRACE|GCA|JOAO|BGRL|GBT)\)$", "", body)
    for _ in range(3):
        body = VENUE.sub("", body).strip()
    return body.rstrip(" ,.`")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome Graph Representation Learning (Work in progress)"
    papers = []
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("#"):
            section = ln
            continue
        m = NUM.match(ln)
        plain = section.startswith("# ⭐ Reasoning") and ln.strip() != ""
        if not m and not plain:
            continue
        if n in NOT_ENTRY or (m and not m.group("body")):
            continue
        assert n >= 17, (n, ln)
        body = m.group("body") if m else ln.strip()
        title = None if n in NICK else title_of(n, body)
        assert title is None or (title and not re.search(r"[\[\]*`()—|]", title.replace("(", "").replace(")", ""))
                                 ), (n, title)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 171, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[17]["title"], t[21]["arxiv"]) == ("A Gentle Introduction to Graph Neural Networks", "2407.09468")
    assert t[41]["title"] == "Learning from graphs beyond message passing neural networks", t[41]
    assert t[51]["title"] == "Do Transformers Really Perform Bad for Graph Representation?", t[51]
    assert t[61]["title"] == "SpanBERT: Improving Pre-training by Representing and Predicting Spans", t[61]
    assert t[92]["title"] == "Effective Approaches to Attention-based Neural Machine Translation", t[92]
    assert t[98]["title"] == "Self-Supervised Learning on Graphs: Contrastive, Generative, or Predictive", t[98]
    assert t[109]["title"] == "Bootstrap Your Own Latent A New Approach to Self-Supervised Learning", t[109]
    assert t[103]["title"] is None and t[142]["title"] is None and t[233]["title"] is None
    assert t[197]["title"] == "A reduction of a graph to a canonical form and an algebra arising during this reduction"
    assert t[279]["title"] == "Beyond Message Passing: Neural Graph Pattern Machine", t[279]
    assert t[299]["title"] == ("LogiPlan: A Structured Benchmark for Logical Planning and Relational Reasoning in"
                               " LLMs"), t[299]
    write_truth(
        NAME,
        PART,
        papers,
        "Entry = each numbered (or, in the Reasoning section, plain) line naming one research paper: 171.  Not"
        " entries: tutorials, talks (54), books, blogs, videos, courses, code repos (27-31 incl. the SGC code link"
        " 29), other awesome lists, the W&B link, libraries, the empty item 71.  Title = link text, or the text"
        " before ' — ' / the bold nickname or note, trailing ', venue year' dropped; None for nickname- or"
        " method-name-only lines (103-108, 114, 142, 144-146, 154, spectral 212-220 except the GCN paper 214,"
        " spatial 232-244); 279 title after the topic label; 197 the quoted IEEE title.  Repeats are separate.",
        "Read all 316 lines and compared -v for every one of the 171 entries against its line (venue/year tails"
        " with and without commas, ' — ' tails, bold nickname/note cuts, link text of the tutorial papers, ZWSP 92,"
        " stray backtick 299, typos kept), and checked every skipped numbered line (38 not-entry lines and empty 71)"
        " by eye; arXiv ids only from the arXiv links in the tutorials / diffusion sections.",
    )


if __name__ == "__main__":
    main()
