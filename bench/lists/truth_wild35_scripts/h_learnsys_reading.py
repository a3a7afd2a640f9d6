"""Wild35 truth for learn-sys/cn source/_posts/reading.md: a student-run OS/systems paper reading group (Chinese page).

Shape: one `### Wn` section per week; inside, `* [Title](url)` bullets with indented Presenter / Slide
sub-bullets, mixed with video lines, talks that are not papers and the week's time line.  Decisions
(line numbers of the file):
- Entries are the paper bullets; an entry spans its bullet and its indented sub-bullets (56-59, 74-76,
  100-103, 104-108, 113-114, 121-122, 130-133 with the indented time line, 137-142, 143-145, 149-151,
  160-162, 163-165, 169-171, 172-173, 177-180, 185-187, 191-192).
- W2 (65-72): "Paper List - Presenter: ..." is a heading bullet, not an entry; its five sub-bullets are
  papers, line 68 naming two (kvm, KVM/ARM: two entries on one line); the slide bullets 71-72 are not.
- W3 line 81 names five systems by nickname; Catapult, AmorphOS, Optimus and Coyote link papers (four
  entries, title None: only nicknames); Enzian links a project website, not an entry.
- W7 120 "Meltdown" and 121 "Spectre" link the papers by their attack names only: title None.
- W9 137 "TensorFlow: Large-Scale ...: [white paper], [OSDI paper]" names two works: two entries on the
  same lines, the white paper with the written title, the OSDI paper (a different title) None.
- Entries sharing a line (68, 81, 137) take their ids from their own link only.
- Not entries: videos, slides, "Lamport's comment" (107), the talks at 85, 127, 152, the topic 159.
32 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "learn-sys__cn__source___posts__reading@f6af2c3.md"
PART = "wild35_development"

# (first, last, title or None, a string the first line must contain)
TABLE = [
    (56, 59, "The Multikernel: A new OS architecture for scalable multicore systems", "sosp09-barrelfish"),
    (66, 66, "Xen and the Art of Virtualization", "xen.pdf"),
    (67, 67, "My VM is Lighter (and Safer) than your Container", "3132747.3132763"),
    (68, 68, "kvm: the Linux Virtual Machine Monitor", "ols2007v1"),
    (68, 68, "KVM/ARM: The Design and Implementation of the Linux ARM Hypervisor", "asplos2014_kvmarm"),
    (69, 69, "Dune: Safe User-level Access to Privileged CPU Features", "osdi12-final-117"),
    (70, 70, "Arrakis: The Operating System is the Control Plane", "osdi14-paper-peter_simon"),
    (73, 73, "Memory Resource Management in VMware ESX Server", "waldspurger"),
    (74, 76, "Live Migration of Virtual Machines", "nsdi05"),
    (81, 84, None, "Catapult_ISCA_2014"),
    (81, 84, None, "osdi18-khawaja"),
    (81, 84, None, "3373376.3378482"),
    (81, 84, None, "osdi20-korolija"),
    (91, 93, "Learning in situ: a randomized experiment in video streaming", "nsdi20/presentation/yan"),
    (94, 96, "The Google File System", "gfs-sosp2003"),
    (100, 103, "MapReduce: Simplified Data Processing on Large Clusters", "mapreduce-osdi04"),
    (104, 108, "Time, Clocks, and the Ordering of Events in a Distributed System", "time-clocks.pdf"),
    (113, 114, "KLEE: Unassisted and Automatic Generation of High-Coverage Tests for Complex Systems Programs", "klee-osdi-08"),
    (120, 120, None, "meltdown.pdf"),
    (121, 122, None, "spectre.pdf"),
    (130, 133, "ISAAC: a convolutional neural network accelerator with in-situ analog arithmetic in crossbars", "3007787.3001139"),
    (137, 142, "TensorFlow: Large-Scale Machine Learning on Heterogeneous Distributed Systems", "whitepaper2015"),
    (137, 142, None, "osdi16-abadi"),
    (143, 145, "TVM: An Automated End-to-End Optimizing Compiler for Deep Learning", "1802.04799"),
    (149, 151, "Retiarii: A Deep Learning Exploratory-Training Framework", "osdi20-zhang_quanlu"),
    (160, 162, "FPTree: A Hybrid SCM-DRAM Persistent and Concurrency B-Tree for Storage Class Memory", "Oukid_FPTree"),
    (163, 165, "Spitfire: A Three-Tier Buffer Manager for Volatile and Non-Volatile Memory", "spitfire.pdf"),
    (169, 171, "BBR Congestion-Based Congestion Control", "3012426.3022184"),
    (172, 173, "Data Center TCP (DCTCP)", "dctcp-10"),
    (177, 180, "From WiscKey to Bourbon: A Learned Index for Log-Structured Merge Trees", "osdi20-dai_0"),
    (185, 187, "The Case for Learned Index Structures", "1712.01208"),
    (191, 192, "SAND: Towards High-Performance Serverless Computing", "atc18-akkus"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title, key in TABLE:
        assert key in lines[first - 1], (first, key)
        if title is not None:
            assert title in re.sub(r"\s+", " ", lines[first - 1]), (first, title)
        # the span must stop before the next top-level bullet
        for j in range(first + 1, last + 1):
            assert lines[j - 1].startswith(("  ", "\t")) or first in (66, 67, 68, 69, 70), (j, lines[j - 1])
        e = entry(lines, first, last, title)
        if sum(1 for t in TABLE if t[0] == first) > 1:
            # several papers share the line: each keeps only the ids of its own link
            url = re.search(r"\(([^()\s]*" + re.escape(key) + r"[^()\s]*)\)", lines[first - 1]).group(1)
            e["arxiv"], e["doi"] = arxiv_of(url), doi_of(url)
        papers.append(e)
    assert len(papers) == 32, len(papers)
    write_truth(NAME, PART, papers,
                "Hand-listed paper bullets of each week (with their indented presenter/slide lines); two-paper lines give two entries; nickname-only links have title None; talks, videos and slides are not entries.",
                "Whole file read by eye; every one of the 32 entries, the non-entries (videos, slides, talks at 85/127/152, topic 159, Enzian website) and the shared-line entries at 68, 81 and 137 checked.")


if __name__ == "__main__":
    main()
