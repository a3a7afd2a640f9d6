"""Wild62 truth for papers-we-love/seattle events.md at 179ffe0: the log of past Papers We Love Seattle meetups
(2014-2018), converted from Meetup event pages; each event presents one or two papers in prose.

Shape: 1017 lines.  ``# PWL Seattle`` (1), then 40 events, each a heading
``## [<date> PWL #<n>: <topic>](<meetup url>)`` followed by the Meetup text: who presents what, abstracts (often
quoted with ``>`` or in quotes), venue/food notes, code-of-conduct reminders and links.  The Meetup export
hard-wraps lines, even inside links (``[<http://...BenFar-`` / ``LCA-00.pdf>](...)``, 150-151), and keeps
no-break spaces.  Papers are introduced in many ways: a reading list of bold links (14-26), ``Link: <title>``
without URL (52), a wrapped link ``[Bigtable: ...Structured`` / ``Data](...)`` (88-90), only a bare URL while the
title is in the event heading (102, 169, 248, 452, 514-517, 788), quoted or bold titles in prose with the link
lines later (141-151, 172-208, 281-308, 311-322, 325-341, 346-380, 392-412, 418-433, 472-476, 527-535), and
``<presenter> presents [<title>](<url>)`` (564 onwards).

Special cases:
- Two papers on one line: 731 (Diffie-Hellman and RSA), 835 (two Styx papers), 947 (Deep Speech and Deep Speech
  2): two entries each, same line.  Two-paper events otherwise give separate spans (346-380 / 382, 527-535 /
  542-553, 622-623 / 630-631, 658-659 / 667-668, 697-698 / 708, 761-762 / 763-764, 807 / 819, 981 / 992,
  1002 / 1004).
- Some events name a paper only by a short name, which is taken as the title as the file writes it: ``Liquid
  Haskell`` (bold, 542), ``Quicksort`` and ``Haskore`` (``presenting on Quicksort ([paper link](...))``, 761-764),
  ``LKRhash`` (797), ``Deep Speech`` / ``Deep Speech 2`` (947), ``FLP impossibility result`` (1002).
- Struck-out items (892 cancelled Sqlcache talk, 1002 FLP mini-talk in ``~~...~~``) still cite a paper: entries.
- The Mesos title keeps the file's `` - `` (``Mesos - A Platform for ...``, 223); 325 and 1004 put a period inside
  the quotes (dropped); 311 and the citation 320 differ in case (the 311 form is used).
- 764's CiteSeerX URL has ``doi=10.1.1.36.8687``, which is a CiteSeerX id, not a DOI: the DOI is cleared by hand.
- 1004 links the old-style arXiv id ``quant-ph/9605043``.
- On the two-paper lines, ids are taken from each paper's own link (947: 1412.5567 and 1512.02595).

Decisions:
- Entry = each paper presented, assigned or recommended at an event (56).  Span = from the first body line that
  names the paper (or the event heading when the body never names it) through the line that links it (or the
  naming line alone when there is no link, 52 and 708).  The Paxos prose mention (7-8) is the same paper as the
  reading-list bullet 14-16 (one entry, at the bullet).  "The Declarative Imperative", recommended in passing in
  the Dedalus event (219-221), is an entry.
- Not entries: event 54 (LSM/B-trees: no paper named), the Wikipedia link (28-29), project/product pages (Overlog,
  Bloom, CALM page, mesos.apache.org, Google Cloud Dataflow, Notary/TUF, beringei, 9P, pinboard, RCX code), blog
  summaries (785-786, 930), slides/talks (790, 931-932), repo-file links, and papers cited inside quoted abstracts
  (e.g. Bagwell [2000] in 263-276).
"""
import re

from _wild62 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "papers-we-love__seattle__events@179ffe0.md"
PART = "wild62_held_out"

ENTRIES = [
    (14, 16, "The Part-Time Parliament"),
    (18, 21, "Paxos Made simple"),
    (23, 26, "Paxos Made moderately complex"),
    (52, 52, "RRB-Trees: Efficient Immutable Vectors"),
    (88, 90, "Bigtable: A Distributed Storage System for Structured Data"),
    (92, 102, "Dynamo: Amazon’s Highly Available Key-value Store"),
    (112, 114, "Programming with Algebraic Effects and Handlers"),
    (141, 151, "The LCA Problem Revisited"),
    (153, 169, "Chain Replication for Supporting High Throughput and Availability"),
    (172, 208, "Dedalus: Datalog in Time and Space"),
    (219, 221, "The Declarative Imperative"),
    (223, 248, "Mesos - A Platform for Fine-Grained Resource Sharing in the Data Center"),
    (258, 259, "Ideal Hash Trees"),
    (281, 308, "Predicting Voice Elicited Emotions"),
    (311, 322, "Survivable Key Compromise in Software Update Systems"),
    (325, 341, "A Critique of the CAP Theorem"),
    (346, 380, ("The Dataflow Model: A Practical Approach to Balancing Correctness, Latency, and Cost in"
                " Massive-Scale, Unbounded, Out-of-Order Data Processing")),
    (382, 382, "MillWheel: Fault-Tolerant Stream Processing at Internet Scale"),
    (392, 412, "Scalable Atomic Visibility with RAMP Transactions"),
    (418, 433, "Chord: A Scalable Peer-to-peer Lookup Service for Internet Applications"),
    (439, 440, "Fuzzing: The State of the Art"),
    (445, 452, "Immutability Changes Everything"),
    (472, 476, "A comprehensive study of Convergent and Commutative Replicated Data Types"),
    (491, 517, "CFA: A Practical Prediction System for Video QoE Optimization"),
    (527, 535, "PayWord and MicroMint: Two simple micropayment schemes"),
    (542, 553, "Liquid Haskell"),
    (564, 564, "The Art of the Propagator"),
    (575, 576, "Revised Report on the Propagator Model"),
    (593, 593, "Tango: Distributed Data Structures over a Shared Log"),
    (622, 623, "A Few Useful Things to Know about Machine Learning"),
    (630, 631, "A New Implementation Technique for Applicative Languages"),
    (658, 659, "Inferring and Debugging Path MTU Discovery Failures"),
    (667, 668, "Flexible Paxos: Quorum intersection revisited"),
    (697, 698, "Boruta - A System for Feature Selection"),
    (708, 708, "Maglev: A Fast and Reliable Software Network Load Balancer"),
    (731, 731, "New Directions in Cryptography"),
    (731, 731, "A Method for Obtaining Digital Signatures and Public-Key Cryptosystems"),
    (761, 762, "Quicksort"),
    (763, 764, "Haskore"),
    (772, 788, "Gorilla: A fast, scalable, in-memory time series database"),
    (797, 797, "LKRhash"),
    (807, 807, "Projecting a Modular Future"),
    (819, 819, "Parsing with Derivatives"),
    (835, 835, "The Styx Architecture for Distributed Systems"),
    (835, 835, "Styx-on-a-Brick"),
    (878, 878, "Why Should I Trust You? Explaining the Predictions of Any Classifier"),
    (892, 892, "A Program Optimization for Automatic Database Result Caching"),
    (908, 908, "Feral Concurrency Control"),
    (936, 936, "Orleans: Distributed Virtual Actors for Programmability and Scalability"),
    (947, 947, "Deep Speech"),
    (947, 947, "Deep Speech 2"),
    (960, 960, "Distributed Programming in Argus"),
    (981, 981, "LittleTable: A Time-Series Database and Its Uses"),
    (992, 992, "Robust Composition: Towards a Unified Approach to Access Control and Concurrency Control"),
    (1002, 1002, "FLP impossibility result"),
    (1004, 1004, "A fast quantum mechanical algorithm for database search"),
]
# lines with a PDF / arXiv / paper link that are not (part of) a paper entry
NOT_ENTRIES: set[int] = set()
SAME_LINE = (731, 835, 947)
PAPERISH = re.compile(r"\.pdf|arxiv\.org|presents \[|Link to the paper|^Paper:", re.IGNORECASE)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    covered = set()
    for first, last, title in ENTRIES:
        span = " ".join(lines[first - 1:last])
        assert title in span, (first, title)
        p = entry(lines, first, last, title)
        if first == 763:
            p["doi"] = None  # CiteSeerX id in the URL, not a DOI
        papers.append(p)
        covered.update(range(first, last + 1))
    # two papers on one line: ids from each paper's own link (from its title to the next paper's title)
    for n in SAME_LINE:
        ps = [p for p in papers if p["line"] == n]
        ln = lines[n - 1]
        starts = [ln.index(p["title"]) for p in ps] + [len(ln)]
        for p, a, b in zip(ps, starts, starts[1:]):
            p["arxiv"] = arxiv_of(ln[a:b])
            p["doi"] = doi_of(ln[a:b])
    for n, ln in enumerate(lines, 1):
        if PAPERISH.search(ln) and not ln.startswith("## "):
            assert n in covered or n in NOT_ENTRIES, (n, ln[:90])
    assert len(papers) == 56, len(papers)
    on: dict[int, list] = {}
    for p in papers:
        on.setdefault(p["line"], []).append(p)
    assert sorted(n for n, ps in on.items() if len(ps) == 2) == [731, 835, 947]
    assert on[325][0]["arxiv"] == "1509.05393", on[325]
    assert on[667][0]["arxiv"] == "1608.06696", on[667]
    assert on[878][0]["arxiv"] == "1602.04938", on[878]
    assert [p["arxiv"] for p in on[947]] == ["1412.5567", "1512.02595"], on[947]
    assert on[763][0]["doi"] is None
    for n in (7, 28, 54, 213, 216, 251, 785, 930):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each paper presented, assigned or recommended at a meetup is one entry (56).  Span = from the first"
        " body line naming the paper (the event heading when the body only gives a bare URL) through its link line."
        "  Lines naming two papers (731, 835, 947) give two entries.  Title = the paper's title or the name the"
        " file gives it (link text, bold, quotes, or the heading), without the 'PWL #n:' prefix, markup, quotes or"
        " final period; short names (Liquid Haskell, Quicksort, Haskore, LKRhash, Deep Speech, FLP impossibility"
        " result) are kept as written.  Struck-out items still count.  Project pages, Wikipedia, blogs, slides,"
        " talks, repo links, the LSM/B-tree event without a named paper, and papers cited inside quoted abstracts"
        " are not entries.  764's CiteSeerX 'doi=' id is cleared.",
        checked="Read the whole 1017-line file event by event; compared the -v output with all 40 events: wrapped"
        " link titles, heading-only titles (Dynamo, Chain Replication, Mesos, Immutability, CFA, Gorilla), the three"
        " two-paper lines, struck-out 892 and 1002, arXiv ids (incl. quant-ph/9605043 on 1004) and that no"
        " non-paper link is an entry.",
    )


if __name__ == "__main__":
    main()
