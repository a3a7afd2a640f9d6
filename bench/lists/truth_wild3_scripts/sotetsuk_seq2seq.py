"""Wild3 truth for sotetsuk/machine-learning-survey year/seq2seq.md: Japanese survey notes on Seq2Seq and attention.

A Japanese introduction, then year headings ('## 2014' ... '## 2017') and one '###' heading per
paper: '### Authors [Title](url) Venue Year' (venue sometimes 'arXiv:ID', once with '(ICLR2017
under review)', once missing), followed for most papers by a Japanese summary paragraph and sometimes
a bullet with a code repository, a Qiita post or slides.  Decisions:

- Every '###' section is an entry (33), from its heading to the last non-blank line before the next
  heading; title = the heading's link text (English, as written, lower case kept).  The summaries
  mention other papers in prose ('Sutskever et al. (2014)', 'Cho+14'); those are not entries.
- arXiv id: the link's arXiv PDF URL (version dropped); the 'arXiv:ID' venue text gives the same id.
  The Sutskever et al. link goes to another NIPS paper (5346); it is the entry's link as written and
  holds no id.  No DOIs.
- The code/slides/Qiita bullets are part of their paper's section and hold no ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild3 import entry, read_lines, write_truth

NAME = "sotetsuk__machine-learning-survey__year__seq2seq@07d3772.md"
PART = "wild3_development"


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#")]
    papers = []
    for k, i in enumerate(heads):
        if not lines[i - 1].startswith("### "):
            continue
        m = re.fullmatch(r"### [^\[]+ \[([^\]]+)\]\(([^)]+)\)(?: .*)?", lines[i - 1])
        assert m, i
        stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)
        end = max(j for j in range(i, stop + 1) if lines[j - 1].strip())
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 33
    write_truth(
        NAME, PART, papers,
        "every '### Authors [Title](url) Venue Year' section is an entry from its heading to its last non-blank line,"
        " title = the heading's link text; papers named in the Japanese summaries are not entries",
        "all 33 '###' headings (grep count) with spans, titles and ids listed against the file; each section's"
        " end checked at the next heading (blank runs, the code/slides/Qiita bullets inside); the NIPS link with no"
        " id and the 'arXiv:ID' venue texts agree with the URL ids",
    )


if __name__ == "__main__":
    main()
