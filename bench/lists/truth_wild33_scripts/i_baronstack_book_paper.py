"""Wild33 truth for BaronStack/book_paper README.md: a storage/database-systems paper collection whose
README lists the PDFs stored in the repository, by folder.

Shape: one record per line, ``[N. File name.pdf](link to the repository folder)<br />`` under ``##`` folder
headings (LSM optimisations, distributed storage and DB, MIT 6.824 papers, hardware, ...); the link text is
the PDF's file name, so a record names its paper by the paper's title (``PebblesDB- Building Key-Value
Stores ...``, colons turned into ``-``), by a nickname (``HashKV``, ``Wisckey``), by a conference-style file
stem (``osdi14-paper-muralidhar``, ``gfs-sosp2003``), or by its authors (``Thonangi and Yang``,
``Lim et al``). No record carries an id: every link points at a repository folder.

Entries: every record whose PDF is a scholarly paper. Not entries: the book (76 ddia-cn), the SNIA
NVM Programming Model specification (85), the Intel Optane evaluation guide (86), "CPU-pipeline" (87, not a
paper). Kept: 73 jemalloc (the BSDCan paper), 88 "numa overview" (the ACM Queue article), 89 "Linux Support
for NUMA Hardware" (the Ottawa Linux Symposium paper), 94 "B tree". Title: the file name without numbering,
``.pdf``, a folder prefix (37) or a venue prefix (52 ``FAST '21 -``, 82 ``【VLDB21】``), as written
otherwise; None when the file name is only a nickname, a file stem or author names (HashKV, Dostoevsky,
LSM-trie, NoFTL-KV, WB-tree, Accordion, Thonangi and Yang, FD-tree, ElasticBF, LSbM-tree, VT-tree, TRIAD,
SlimDB, LHAM, Wisckey, MatrixKV, MaSM, cLSM-tree, FD+-tree, Lim et al, WAS, Ceph, haystack,
osdi14-paper-muralidhar, FoundationDB, Google Spanner, Google F1, gfs-sosp2003, vm-ft, zookeeper, craq, gfs,
raft, write_behind_log, ramp, jemalloc, skiplist-on-pmem, numa overview, lsmtree, B tree, fast17-vangoor).
Descriptive file names that may not be the paper's exact title (51 "Range Query
Filtering", 63 "Auto-tuning RocksDB", 83 "Open-Channel SSD on LSM") are kept as written. Repeated papers (Dostoevsky 6/56, the compaction-management paper 5/57, MatrixKV 20/59, GFS 43/47) are
separate entries. 66 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "BaronStack__book_paper__README@b0eae0c.md"
PART = "wild33_development"

NOT_PAPERS = {76, 85, 86, 87}
NICKNAMES = {
    "HashKV", "Dostoevsky", "LSM-trie", "NoFTL-KV", "WB-tree", "Accordion", "Thonangi and Yang", "FD-tree",
    "ElasticBF", "LSbM-tree", "VT-tree", "TRIAD", "SlimDB", "LHAM", "Wisckey", "MatrixKV", "MaSM",
    "cLSM-tree", "FD+-tree", "Lim et al", "WAS", "Ceph", "haystack", "osdi14-paper-muralidhar",
    "FoundationDB", "Google Spanner", "Google F1", "gfs-sosp2003", "vm-ft", "zookeeper", "craq", "gfs",
    "raft", "write_behind_log", "ramp", "jemalloc", "skiplist-on-pmem", "numa overview", "lsmtree",
    "B tree", "fast17-vangoor",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = re.match(r"^\[(.+?)\]\(https://github\.com/BaronStack/", ln)
        if not m or n in NOT_PAPERS:
            continue
        t = re.sub(r"^\d+\.\s*", "", m.group(1))
        t = re.sub(r"^(FAST '21 - |【VLDB21】|Distributed DB/)", "", t)
        t = re.sub(r"\.pdf\"?$", "", t).strip()
        papers.append(entry(lines, n, n, None if t in NICKNAMES else t))
    assert len(papers) == 66, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every file-name record whose PDF is a paper (book, spec, vendor guide and CPU-pipeline notes "
        "excluded) is a one-line entry; title is the file name without numbering, .pdf and folder/venue "
        "prefixes, None when the file name is only a nickname, file stem or author names.",
        "Read every record of the file by eye (and the repository's file listing for the PDFs behind "
        "them); checked each title against its line mechanically; no record has an arXiv id or DOI.",
    )


if __name__ == "__main__":
    main()
