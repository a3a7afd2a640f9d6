"""Wild44 truth for AIlab-RITEH/ailab-riteh.github.io publications.md: the "Featured Publications" page of the AI
lab of the Faculty of Engineering, University of Rijeka (Ivan Štajduhar, Franko Hržić: medical image analysis,
pediatric radiology, seismology and sports analytics with deep learning), a Jekyll (Minimal Mistakes) page
written by hand.

Shape (188 lines): YAML front matter (1-13), ``## Featured Publications`` (15), an HTML comment holding a
copy-paste template that looks like an entry (17-25: ``**[Publication Title](link)**`` / ``[Author 1], ...`` /
``*[Journal title]* ...``), then 23 three-line cards separated by ``---`` rules with blank lines around them
(28-162): ``**[Title](url)**  `` (bold link, hard break) / authors (lab members bold, ``et al.`` in 95) / ``*Journal*
volume (issue), pages (year)``.  After the last card: ``## ...there are more, but we could not list them all.``
(167) with two Google Scholar profile bullets, ``## Open Datasets`` (175) with two dataset bullets (kneeMRI on
Zenodo, GRAZPEDWRI-DX on figshare) and ``## Open Models & Code`` (182) with a GitHub weights bullet.
Special cases: 70 has an empty link target ``]()``; 100 is the Scientific Data descriptor of the GRAZPEDWRI-DX
dataset (a paper, while the dataset bullet 180 is the dataset itself); 82 and 130 have en dashes and 130 an
apostrophe in the title.

Decisions:
- Entry = each card outside the HTML comment (23 journal articles); span = its three lines (title, authors,
  venue).  Not entries: the commented template (not shown on the page), the Scholar-profile bullets, the two
  dataset bullets (datasets without a paper) and the model-weights bullet (code).
- Title = the bold link text.
- Ids: DOIs from doi.org links (18 cards); the Nature article id (34), MDPI paths (106, 154), the ScienceDirect
  pii (112) and the empty link (70) give none.  No arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "AIlab-RITEH__ailab-riteh.github.io__publications@d66ce47.md"
PART = "wild44_development"

CARD = re.compile(r"^\*\*\[(.+)\]\(([^)]*)\)\*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[17].startswith("<!-- <TEMPLATE BEGIN>") and lines[24] == "</TEMPLATE END> -->"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("**["):
            continue
        if 18 <= n <= 25:
            assert n == 20 and "Publication Title" in ln  # the commented template
            continue
        m = CARD.match(ln)
        assert m, (n, ln)
        assert lines[n + 1].startswith("*") and lines[n + 1].rstrip().endswith(")"), n  # venue line (year)
        assert lines[n + 3] == "---", n
        papers.append(entry(lines, n, n + 2, m.group(1)))
    assert [p["line"] for p in papers] == list(range(28, 161, 6))
    t = {p["line"]: p["title"] for p in papers}
    assert t[28].startswith("Automated morphological classification and quantification of cerebrospinal fluid")
    assert t[70] == ("Building Individual Player Performance Profiles According to Pre-Game Expectations and Goal "
                     "Difference in Soccer")
    assert t[82] == ("Intra-domain and cross-domain transfer learning for time series data \u2013 How transferable are "
                     "the features?")
    assert t[100] == "A pediatric wrist trauma X-ray dataset (GRAZPEDWRI-DX) for machine learning"
    assert t[160] == "Semi-automated detection of anterior cruciate ligament injury from MRI"
    nodoi = [p["line"] for p in papers if not p["doi"]]
    assert nodoi == [34, 70, 106, 112, 154], nodoi
    d = {p["line"]: p["doi"] for p in papers}
    assert d[28] == "10.1039/d5na00665a" and d[46] == "10.1117/1.jbo.30.1.016004" and d[88] == "10.1093/gji/ggab488"
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '**[Title](url)**' card with its author and venue lines between '---' rules is one journal article "
        "(23), spanning its three lines; title = the bold link text; the commented-out template, the Scholar "
        "profile, dataset and model-weights bullets are not entries; DOIs from doi.org links (18).",
        "Read the whole file (188 lines) against the -v output: the HTML-comment template 17-25 left out, every "
        "card's three lines (28-30 ... 160-162) and its '---' rule, the empty link 70, the et al. author line 95, "
        "the dataset paper 100 vs the dataset bullet 180, en dashes 82/130, the five cards without a doi.org link "
        "(Nature id 34, empty 70, MDPI 106/154, pii 112) and the trailing non-paper bullets 170-186.",
    )


if __name__ == "__main__":
    main()
