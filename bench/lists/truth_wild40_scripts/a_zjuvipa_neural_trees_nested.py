"""Wild40 truth for zju-vipa/awesome-neural-trees README.md: a lab's companion list to its survey "A
Survey of Neural Trees" (neural networks combined with decision trees); newest commit (dc386dc,
2022-11-16).

Shape: title and intro (1-11), a News list (13-19), the survey's own BibTeX (21-30), then numbered
``###``/``####``/``#####`` taxonomy headings with prose paragraphs and figures (``<p align='center'>``
image blocks).  Under each heading, papers are grouped by a top-level bold-italic label bullet
(``- ***Entropy net: the first practice***``) whose nested items are one paper each, written over three
lines::

      - **"Entropy nets: from decision trees to neural networks"**, Proceedings of the IEEE, 1990
        - I.K. Sethi                                  (authors, often "*et al.*" and an italic note)
        - [[Paper]](url) [[Code]](url)

Entries:
- Every nested ``  - **"Title"**, Venue, Year`` item is one entry, from its own line to the last line
  before the next item, group label or blank line (its authors line and ``[[Paper]]`` line; 374-375 wrap
  the author note onto a second line, so that entry is 373-376; 413 is indented by three spaces).
  Title = the text inside the bold double quotes; the quotes of "Your "Flamingo" is My "Bird":
  Fine-Grained, or Not" (273) are kept as the file writes them.
- Repeated records are separate entries: "Towards Interpretable ANNs ..." (191 and 202), "Hybrid decision
  tree" (380, and 423 dated 2022), "Distilling a Neural Network Into a Soft Decision Tree" (446, 475).
  Row 264 gives the title of 234 again ("An integrated approach of neural network and decision tree to
  classification") with the authors and link of a different paper (Cerri et al., J. Comput. Syst. Sci.
  2014): kept with the title as written.
- Not entries: group labels (``- ***...***``, and 336 ``- **Employ the entailment cones ...**`` written
  in bold without quotes), the News bullets 16-19 (news items announcing additions to the survey; they
  name four papers "ProGReST ...", "Large-Scale Category Structure Aware Image Categorization",
  "Leveraging Class Hierarchies with Metric-Guided Prototype Learning", "Distillation Decision Tree"
  that the body does not list), the survey's own link (2) and BibTeX (23-30), inline links in prose (64,
  256), figures.
- Ids: arXiv ids from arxiv.org links; the two records of 2003.04675 link
  ``arxiv-export-lb.library.cornell.edu/abs/2003.04675``, arXiv's export mirror, whose path holds the
  arXiv id: taken as arXiv 2003.04675 (193, 204).  DOIs from dl.acm.org/doi, link.springer.com
  chapter/article and worldscientific.com/doi URLs; the CiteSeerX ``doi=10.1.1.122.4561`` query (87),
  ScienceDirect pii, ieeexplore, CVF, NeurIPS, MLR, SSRN, MDPI and ProQuest links give none.
96 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "zju-vipa__awesome-neural-trees__README@dc386dc.md"
PART = "wild40_development"
ITEM = re.compile(r'^ {2,3}- \*\*"(.+)"\*\*,')
MIRROR = re.compile(r"arxiv-export-lb\.library\.cornell\.edu/abs/(\d{4}\.\d{4,5})")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 33  # after the News list and the survey's BibTeX
    while i < len(lines):
        ln = lines[i]
        m = ITEM.match(ln)
        if not m:
            assert not re.match(r'^\s+- \*\*"', ln), (i + 1, ln)
            i += 1
            continue
        first = i + 1
        j = i + 1
        while j < len(lines) and lines[j].strip() and not ITEM.match(lines[j]) and not lines[j].startswith("- "):
            assert lines[j].startswith("    - ") or lines[j].startswith("   - ") or first == 373, (j + 1, lines[j])
            j += 1
        p = entry(lines, first, j, m.group(1))
        own = "\n".join(lines[first - 1 : j])
        mm = MIRROR.search(own)
        if mm and not p["arxiv"]:
            p["arxiv"] = mm.group(1)
        papers.append(p)
        i = j
    assert sum(1 for p in papers if p["end"] - p["line"] != 2) == 1  # only 373-376 is not three lines
    t = {p["line"]: p["title"] for p in papers}
    assert t[273] == 'Your "Flamingo" is My "Bird": Fine-Grained, or Not', t[273]
    assert len(papers) == 96, len(papers)
    write_truth(NAME, PART, papers,
                "Every nested '  - **\"Title\"**, Venue, Year' item under a bold-italic group label is one entry "
                "spanning its authors and [[Paper]] sub-bullets; title = the text inside the bold double quotes; "
                "group labels, News bullets announcing additions, the survey's own link/BibTeX and prose links "
                "are not entries; the arXiv export-mirror link gives its arXiv id.",
                "Whole file read (525 lines): every group's first and last item compared with the -v output, "
                "all spans three lines except 373-376 (wrapped author note), the 3-space item 413, the quoted "
                "title 273, the bold non-italic group label 336 left out, repeated records 191/202, 380/423, "
                "446/475, the mis-titled 264, News bullets 16-19 left out; ids: arXiv links, the Cornell "
                "export-mirror links 193/204, DOIs from ACM (144, 280, 286), Springer (182, 269, 317, 414, 474) "
                "and World Scientific (420), none from the CiteSeerX doi= query (87) or other publisher pages.")


if __name__ == "__main__":
    main()
