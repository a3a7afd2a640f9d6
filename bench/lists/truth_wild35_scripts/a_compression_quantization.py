"""Wild35 truth for csyhhu/Awesome-Deep-Neural-Network-Compression Paper/Quantization.md: a personal list of
network-quantization papers, grouped by ``##`` topic headings.

Shape: one bullet per paper (``*`` and ``-`` mixed within a section), most holding only the bare title with
no link or venue; some are ``[Title](url)`` links (arXiv, OpenReview, or a relative link to the repository's
own summary file, lines 129-130); some bare titles are followed by ``[[code]](..)``, ``[[codes]](..)``,
``[[paper]](..)`` or ``([code](..))`` links, which are not part of the title.  Every bullet is one entry (98);
the title is the link text or the bare text before the first ``[[``/``([`` tag, trailing spaces dropped.
Special cases: line 51 writes its title with the words "Quantized Neural Networks" twice (kept as written);
line 84 repeats line 81's paper (two entries); lines 24, 25, 82, 83, 101 add a ``[[paper]]``
link after the bare title (ids come from it); line 19 keeps its LaTeX ``$\\ell_1$`` as written; line 109 misspells "Binarizaing" (kept).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "csyhhu__Awesome-Deep-Neural-Network-Compression__Paper__Quantization@a250e53.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^[*-] (.*)$", ln)
        if not m:
            continue
        body = m.group(1)
        lm = re.match(r"^\[([^\]]+)\]\([^)]*\)\s*$", body)
        if lm:
            title = lm.group(1)
        else:
            title = re.split(r"\s*\(?\[\[?(?:code|codes|paper)\]", body)[0]
        papers.append(entry(lines, i, i, title.strip()))
    assert len(papers) == 98, len(papers)
    write_truth(NAME, PART, papers,
                "Every bullet is an entry; title = link text for a [Title](url) bullet, else the bare bullet text before any [[code]]/[[paper]]/([code]) tag.",
                "All 98 entries checked by eye against the file, including lines 19, 51, 81/84, 82, 83, 101, 106, 129-130 and 138.")


if __name__ == "__main__":
    main()
