"""Wild35 truth for Pikus16/LossLandscapePapers README.md: a personal list of loss-landscape papers with notes.

Shape: top-level ``* Title [Year] - URL`` bullets (a bare URL, no Markdown link), most followed by indented
note sub-bullets (and once an image, line 11, and an empty sub-bullet, line 12).  An entry spans its
top-level bullet through its last note line; the title is the text before `` [Year]``.  Special cases:
line 21 has no ``-`` before the URL; line 23's URL wraps onto line 24 (one entry, 23-24); line 26 writes
``-https://`` with no space; line 5's note is a Twitter link; line 18's note cites two further papers only
by inline URL ("this paper (https://arxiv.org/abs/...)"): running-prose mentions, not entries, and the
entry's id is its own (first) URL; line 35 repeats the paper of line 26 (two entries); line 38 links slides
(not an entry).  26 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "Pikus16__LossLandscapePapers__README@7f0898f.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, ln in enumerate(lines, 1) if ln.startswith("* ")]
    papers = []
    for k, s in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        e = nxt - 1
        while e > s and not lines[e - 1].strip():
            e -= 1
        m = re.match(r"^\* (.+?)\s+\[\d{4}\]", lines[s - 1])
        papers.append(entry(lines, s, e, m.group(1)))
    assert len(papers) == 26, len(papers)
    write_truth(NAME, PART, papers,
                "Each top-level '* Title [Year] - URL' bullet with its indented notes is an entry; title = text before ' [Year]'; URLs cited inside notes are prose mentions, not entries.",
                "All 26 entries checked by eye, including the wrapped URL (23-24), the image/empty sub-bullet (11-12), the inline citations of line 18 and the repeat at 35.")


if __name__ == "__main__":
    main()
