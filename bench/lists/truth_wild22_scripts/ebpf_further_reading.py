"""Wild22 truth for eunomia-bpf/bpf-developer-tutorial src/18-further-reading/README.md: a
reading list of eBPF research papers (operating systems, storage, networking, security).

Shape: a '#' page title, 27 lines of prose and two bullet lists of projects/websites (not
entries: awesome-ebpf and ebpf.io are resources), then one '##' heading per paper (the heading
is the title, as written), one to three abstract paragraphs, and a last line with the link,
either labelled with the venue ('OSDI '22 Best Paper: <url>', 'NSDI 23: <url>', 'eBPF'24:
<doi url> and arxiv <arxiv url>') or bare ('<https://arxiv.org/abs/...>').  An entry spans
the heading to its link line.
Special cases: line 107 (KEN) gives both an ACM DOI and an arXiv id; line 112 continues an
abstract paragraph without a blank line; line 128 (a note pointing to the SIGCOMM'23 eBPF
workshop) follows the entry of line 122 and is left out of it; the last line (142) is the
page's 'original link' note.
Entries: the 16 '##' paper headings (lines 29-136).  Count check: 16 '## ' lines, 16 link lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "eunomia-bpf__bpf-developer-tutorial__src__18-further-reading__README@bf08ba3.md"
PART = "wild22_development"


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("## ")]
    assert len(heads) == 16 and heads[0] == 29 and heads[-1] == 136, heads
    papers = []
    for k, first in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        links = [i for i in range(first + 1, stop) if re.search(r"<https?://", lines[i - 1])
                 and "original link" not in lines[i - 1] and "first workshop" not in lines[i - 1]]
        assert len(links) == 1, (first, links)
        papers.append(entry(lines, first, links[0], lines[first - 1][3:]))
    write_truth(NAME, PART, papers,
                "every '##' heading after the introduction is one paper: title = the heading text; the entry runs"
                " to its link line (venue label + <url>), abstract paragraphs included; the intro's resource bullets"
                " and the workshop/original-link notes are not entries",
                "all 16 entries read against the file: titles, spans, the DOI/arXiv of each link line (KEN with"
                " both), bare-link entries (SPRIGHT, syscall security, cross-container, IDS, Femto-containers)")


if __name__ == "__main__":
    main()
