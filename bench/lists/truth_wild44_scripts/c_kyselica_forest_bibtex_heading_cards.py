"""Wild44 truth for kyselica12/forest_segmentation research/bibliography.md: the reading bibliography of a
student project on forest / land-cover segmentation of satellite images (segmentation networks, self-supervised
learning, Sentinel-2 land-cover work), kept in the project's ``research/`` folder.

Shape (296 lines, no front matter, no intro text): 23 records, each a Markdown heading holding the paper's title
(``##`` for the first three 1/15/27, ``###`` for the other twenty) followed by a fenced ```` ```bibtex ```` block
with one BibTeX entry for that paper (Google Scholar style, 2-space indented or unindented fields; 27 is a DBLP
export with aligned ``=`` and ``url``/``eprint``/``biburl`` fields, and its ``@article`` line is indented two
spaces).  Between heading and fence there are zero (27, 288), one or two blank lines; from 48 on a record's
heading follows its predecessor's closing fence with no blank line.  The heading text is the title as the
project typed it; the BibTeX ``title`` is often lower-cased and sometimes different: 61's BibTeX title carries a
stray "arXiv 2014", 239's heading has the typos "trhough Sentine-2" (BibTeX "through sentinel-2"), 274's heading
says "Areal Images" (BibTeX "aerial images"), 288's heading says "Microscopic Image Segmentation" (BibTeX
"Medical Image Segmentation").

Decisions:
- Entry = each heading with its BibTeX block (23); span = the heading line through the closing fence.  The
  BibTeX block sits under the heading of the same paper, so it is part of that entry, not a second one.
- Title = the heading text as written (typos and wording differences with the BibTeX title kept), since the
  heading is what the page shows as the record's title.
- Ids: arXiv from the block's own fields: 27 (DBLP ``url = {http://arxiv.org/abs/1911.05722}``; ``volume =
  {abs/1911.05722}`` and ``eprint`` give the same id), and ``journal={arXiv preprint arXiv:NNNN.NNNNN}`` /
  ``journal={arXiv:2304.02643}`` on 61, 96, 107, 118, 254, 264.  No DOI is written anywhere.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "kyselica12__forest_segmentation__research__bibliography@6987aa0.md"
PART = "wild44_development"

HEADING = re.compile(r"^#{2,3} (\S.*?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        m = HEADING.match(ln)
        if not m:
            assert not ln.startswith("#"), (n, ln)
            continue
        k = n + 1
        while not lines[k - 1].strip():
            k += 1
        assert lines[k - 1] == "```bibtex", (n, k, lines[k - 1])
        end = k + 1
        while lines[end - 1] != "```":
            assert not lines[end - 1].startswith("#"), end
            end += 1
        papers.append(entry(lines, n, end, m.group(1)))
        n = end
    t = {p["line"]: p["title"] for p in papers}
    assert t[1] == "Benchmarking and scaling of deep learning models for land cover image classification"
    assert t[96] == "Segment Anything"
    assert t[107] == ("Weakly supervised semantic segmentation of satellite images for land cover mapping - challenges "
                      "and opportunities")
    assert t[184] == "Global land use / land cover with Sentinel 2 and deep learning"
    assert t[239].endswith("Wildfire Damage Severity trhough Sentine-2 Satellite Data")
    assert t[288] == "SA2-Net: Scale-aware Attention Network for Microscopic Image Segmentation"
    ax = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert ax == {27: "1911.05722", 61: "1412.7062", 96: "2304.02643", 107: "2002.08254", 118: "2110.05812",
                  254: "2206.13188", 264: "2211.07044"}, ax
    assert not any(p["doi"] for p in papers)
    assert papers[-1]["end"] == 296 and papers[0]["end"] == 13
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each ##/### heading with the fenced ```bibtex block under it is one entry (23), spanning the heading "
        "through the closing fence; title = the heading text as written (not the BibTeX title field); arXiv ids "
        "from the block's journal/url fields (7), no DOIs.",
        "Read the whole file (296 lines) against the -v output: all 23 headings and their fences (blank lines or "
        "none between heading and fence, 27's indented DBLP @article, records joined without blank lines from 48 "
        "on), every heading title against its BibTeX title (61 'arXiv 2014' in BibTeX only, 239 typos, 274 "
        "'Areal', 288 'Microscopic' vs 'Medical' kept as the heading writes them), the seven arXiv ids (27 from "
        "the DBLP url, the others from 'arXiv preprint arXiv:...' journals) and that no DOI is written.",
    )


if __name__ == "__main__":
    main()
