"""Wild46 truth for NaturalSelect/Notes ``PAPERS.md``: a personal list of distributed-storage and file-system papers
(cloud storage, metadata services, placement, scheduling, zoned storage) kept beside the author's course and
system notes (Ceph, CubeFS, MIT 6.824).

Shape (61 lines, no final newline): ``# Papers``, then ``## Systems`` with one ``###`` heading per company
(Microsoft 5, Facebook 12, Baidu 18, OPPO & JD.com 22, Redhat 26, Alibaba 31) and three more ``##`` topics (Metadata
35, Util 43, Hardware 57).  Every record is a ``* `` bullet holding the bare title and nothing else: no link, no
authors, venue or year, so no ids.  Titles carry colons (``f4: Facebook's Warm BLOB Storage System``), typographic
apostrophes (14-16, 38) and lower-case words (``Paxos made live: an engineering perspective``).  Two different
papers are both called ``CFS: ...`` (20, 24).  The last bullet (61) ends the file without a newline.

Decisions:
- Entries (31): every ``* `` bullet.  The list calls all of them papers and gives nothing but the title, so each is
  taken as the scholarly work it names: conference and journal papers, Ongaro's thesis ``Consensus: Bridging Theory
  And Practice`` (47), and also ``Asynchronous Directory Operations in CephFS`` (51), which as far as I know was a
  USENIX Vault '20 talk rather than a paper; nothing in the file tells it apart from the others, so it stays an
  entry.
- Not entries: the headings (company names, topics).
- Span: the bullet's line.  Title: the bullet text after ``* `` as written (no markup to remove).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "NaturalSelect__Notes__PAPERS@b96c20b.md"
PART = "wild46_development"

BULLET = re.compile(r"^\* (\S.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 61 and lines[-1].startswith("* ZoneFS"), len(lines)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            assert not ln.strip() or ln.startswith("#"), (n, ln)
            continue
        papers.append(entry(lines, n, n, m.group(1).strip()))
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* ' bullet is one entry (31), a bare paper title under a company or topic heading; title = the bullet"
        " text as written; no links, so no ids.",
        "Whole file read (61 lines): every non-bullet line is blank or a heading (asserted); all 31 -v titles compared"
        " with their lines, first and last bullet of every section (7, 10, 14, 16, 20, 24, 28, 29, 33, 37, 41, 45, 55,"
        " 59, 61), the two 'CFS:' titles (20, 24), the typographic apostrophes (14-16, 38), the thesis (47), the"
        " Vault talk kept as listed (51) and the last line without a newline (61).",
    )


if __name__ == "__main__":
    main()
