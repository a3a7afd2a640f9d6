"""Wild53 truth for casper-h/Interview system_design/white_paper/README.md: the "White Papers" page of a personal
interview-preparation repository, a to-read checklist of classic distributed-systems and database papers, newest
commit holding the file in the stored snapshot (fc5076d, 2025-04-23, "progress and fix link").

Shape: 45 lines (no closing newline), 3.3 KB.  ``### White Papers`` (1), then nine ``####`` topic headings
(Consensus 2, Database 6, Distributed Computation 15, Experimentation 22, Graph 24, Peer-To-Peer 28, Search 30,
Storage 35, Streaming 42) each followed by GitHub task-list bullets ``* [ ] [Name](pdf-url)``; one blank line (5).
Nothing is ticked.  The link text is almost always the system's nickname, not the paper's title (``Raft``,
``BigTable``, ``Dynamo``, ``F1``, ``GFS``, ``Kafka``...), a few are descriptive short names (``Online Controlled
Experiments``, ``Erasure Coding``, ``Facebook's Photo Storage``, ``Google Cluster Architecture``, ``Top-m
Passages``) and two are full titles (``Impossibility of Distributed Consensus with One Faulty Process`` 4,
``GFS: Evolution on Fast-forward`` 39).

Special cases:
- 39 ``    * [ ] [GFS: Evolution on Fast-forward](https://queue.acm.org/...)`` is a nested (indented) sub-item under
  GFS (38): the ACM Queue article/interview on GFS's evolution; a published article, kept as its own entry.
- 41 ``XORing Elephants`` links an arXiv PDF (``arxiv.org/pdf/1301.3791``), the only arXiv id; no DOIs anywhere.
- Links point at PDFs on many hosts (Google research archive, USENIX, VLDB, university course pages, scispace).

Decisions:
- Entry = every task-list bullet (top-level or nested), one line each (34); title = the link text as written, even
  when it is only the system's nickname (the list writes no other title); the list never writes authors or years.
- Not entries: the ``###``/``####`` headings.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "casper-h__Interview__system_design__white_paper__README@fc5076d.md"
PART = "wild53_development"

ITEM = re.compile(r"^(?P<ind> *)\* \[(?P<tick>[ x])\] \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)$")
HEAD = re.compile(r"^#{3,4} \S.*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "### White Papers"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.strip() or HEAD.match(ln):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title").strip()))
    assert len(papers) == 34, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "Raft", t[3]
    assert t[4]["title"] == "Impossibility of Distributed Consensus with One Faulty Process", t[4]
    assert t[37]["title"] == "Facebook's Photo Storage", t[37]
    assert (t[39]["title"], t[39]["doi"]) == ("GFS: Evolution on Fast-forward", None), t[39]
    assert (t[41]["title"], t[41]["arxiv"]) == ("XORing Elephants", "1301.3791"), t[41]
    assert t[45]["title"] == "Photon", t[45]
    assert sum(1 for p in papers if p["arxiv"]) == 1
    write_truth(
        NAME,
        PART,
        papers,
        "Every GitHub task-list bullet '* [ ] [Name](url)' under the nine '####' topic headings is an entry (34), the"
        " indented sub-item 39 (GFS: Evolution on Fast-forward, ACM Queue) included; title = the link text as written,"
        " which is mostly the system's nickname (Raft, BigTable, Dynamo, GFS...) since the list gives no other title;"
        " headings are not entries.",
        "Read all 45 lines; compared -v against every bullet (3-4, 7-14, 16-21, 23, 25-27, 29, 31-34, 36-41, 43-45):"
        " nickname titles kept as written (BigTable capitalisation, F1, TAO, PNUTS), full titles 4 and 39, the nested"
        " bullet 39, the only arXiv id 41 (1301.3791), no DOI anywhere (queue.acm.org link carries none).",
    )


if __name__ == "__main__":
    main()
