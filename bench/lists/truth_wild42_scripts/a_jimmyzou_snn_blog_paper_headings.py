"""Wild42 truth for JimmyZou/JimmyZou.github.io src/blog_snns.md: a researcher's blog page (rendered on his GitHub
Pages site) collecting papers on brain-inspired computation -- spiking neural networks (SNNs) and liquid/closed-form
continuous-time networks (LNNs); newest commit of the repository (48c6174, 2025-08-06; the page last changed
2025-05-08).

Shape: ``# Blog Brain-Inspired Computation Related``, a Contents list of two anchor links (4-6), ``---`` rules.
``## SNNs`` (11): one ``###`` heading per paper, ``### [Venue year] Title [[PDF]](url)``, the next line the authors
in ``_..._`` italics, some followed by ``- ![](../assets/fig_embodied/N.png)`` image bullets (77, 81, 85, 92-93,
97).  The first heading 13 is ``### Awesome Spiking Neural Networks [[github]](url)`` (a link to another awesome
list).  ``## Applications`` (114): 116 carries two bracket tags ``[potential application baseline] [ICCV 2019]``
and a ``[[github]]`` code link (the STM paper, with authors on 117); 119-129 are bare headings ``### [Venue year]
Title`` with no link and no authors (129 ends with a ``.``).  ``## LNNs`` (133): two headings with PDF links and
authors (135-139).  PDF links are arXiv abs/pdf (``2407.04752v1`` 45, ``www.arxiv.org`` 51/75), nature.com
article pages (15, 18, 21, 57, 60, 135, 138), an IEEE Xplore page 24.

Decisions:
- Every ``###`` heading of the three sections is an entry except 13 (an awesome list, not a paper); its lines run
  from the heading to the last non-blank line before the next blank line / rule / heading (authors line and image
  bullets included).  Title = the heading text after the leading bracket tags (all of them, 116's two) and before
  `` [[PDF]]`` / `` [[github]]``; 129's final ``.`` is the separator and is dropped.
- 108 (a quantization paper, not about SNNs) and 129 (Flex-MoE) are listed as papers and kept.
- Ids: arXiv ids from the PDF links (versions dropped); nature.com article ids and IEEE Xplore pages give no DOI.
- Not entries: the Contents list, the awesome-list heading 13, rules and images on their own.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "JimmyZou__JimmyZou.github.io__src__blog_snns@48c6174.md"
PART = "wild42_development"

HEAD = re.compile(r"^### (?P<tags>(?:\[[^\]]+\] )+)(?P<t>.+?)(?: \[\[(?:PDF|github)\]\]\([^)]+\))?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    unlinked = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("### "):
            continue
        if ln.startswith("### Awesome Spiking Neural Networks"):
            assert n == 13
            continue
        m = HEAD.match(ln)
        assert m, (n, ln)
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith(("#", "---")):
            last += 1
        if "](" not in ln:
            unlinked.append(n)
        title = m.group("t")
        assert "[" not in title and "](" not in title, (n, title)
        papers.append(entry(lines, n, last, title))
    assert unlinked == [119, 121, 123, 125, 127, 129], unlinked
    assert sum(1 for p in papers if p["line"] < 112) == 30
    assert len(papers) == 39, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '### [Venue year] Title [[PDF]](url)' heading of the SNNs, Applications and LNNs sections is an entry"
        " (heading through its authors line and image bullets), title = the heading text after all leading bracket"
        " tags and before the [[PDF]]/[[github]] link; the awesome-list heading 13 and the Contents list are not"
        " entries.",
        "Whole 141-line file read; all 39 -v lines compared with the headings: first/last of each section (15/108,"
        " 116/129, 135/138), the two-tag heading 116 with its github link and authors 117, the six bare headings"
        " 119-129 (one-line entries, 129's final dot dropped), image-bullet spans 75-77, 79-81, 83-85, 90-93, 95-97;"
        " ids: arXiv abs/pdf links (45 v1 dropped, www.arxiv.org 51/75), none for nature.com (15, 18, 21, 57, 60,"
        " 135, 138) and IEEE Xplore 24; heading 13 (awesome list) left out.",
    )


if __name__ == "__main__":
    main()
