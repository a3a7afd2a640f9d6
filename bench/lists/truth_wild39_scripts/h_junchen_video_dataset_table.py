"""Wild39 truth for junchen14/Multi-Modal-Transformer datasets.md: a personal note page "Common multimodal
datasets" of a multimodal-transformer reading repository -- mostly one wide table of video(-language) datasets,
each row citing the dataset's paper by a bare ``[paper]`` link; newest commit (2022-08-27; the file last
changed 2021-07-28).

Shape: ``## Image Datasets`` (3) with three bare dataset links joined by backslash line breaks (4-6: COCO,
Conceptual 3M/12M); ``## Video&language  Dataset`` (8) with one pipe table ``|Dataset |paper| Clips |Captions
|Videos |Duration | Source| Year |  Tasks| collection method|`` (9-10, rows 11-50).  Each row is a dataset: its
name linked to the dataset page (``[MSRVTT](https://www.microsoft.com/...)``; 25 "Action Genome" unlinked;
47-49 quoted names with an empty link ``[“Wildlife Action”]()``), then ``[paper](url)`` (often with a space
after the parenthesis, ``[paper]( https://...)``), statistics, source, year, tasks and collection method.  Rows
11-17 and 19 start with a pipe, 18 and 20-50 do not; most rows end with a stray backslash after the last pipe,
20 does not.  Paper links go to arXiv abs/pdf, OpenReview, CVF open access, ACL Anthology, IEEE
Xplore, a Microsoft Research PDF, lab PDFs and technical reports, the YouCook2 readme PDF (18) and, for
MovieGraphs (32), the project page.  Two rows name datasets whose link repeats another's (Oops! 39 links the
CrossTask repository; AnimalWeb 50 copies the dog-camera description of 49).  ``## Video Dataset`` (53) is a
second table ``|Dataset  |Videos |Duration | Source| Year |`` (57-59: Youtube8M, FineAction, VideoLT) with no
paper column; ``## dataset collection tools`` (62) links voxel51, Mechanical Turk and shaip.

Decisions:
- An entry is every row of the video-language table (40): a dataset record whose ``paper`` cell cites the
  scholarly work that introduced it.  The row names the dataset, not the paper's title, and the link text is
  ``paper``, so title = null; the arXiv id comes from the paper link (dataset links give no ids); CVF, ACL
  Anthology, IEEE, OpenReview and lab PDFs give none.  The YouCook2 readme (18) and the MovieGraphs project
  page (32) stand in the paper column for the dataset's paper, so those rows are entries too.
- Not entries: the image-dataset links (4-6) and the three rows of the second table (datasets without a
  paper), the collection-tool links, headings, headers and delimiter rows.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "junchen14__Multi-Modal-Transformer__datasets@abae829.md"
PART = "wild39_development"

HEADER = "|Dataset |paper| Clips |Captions |Videos |Duration | Source| Year |  Tasks| collection method|"
FIRST, LAST = 11, 50
PAPER = re.compile(r"\[paper\]\( ?https?://[^)\s]+\)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[FIRST - 3] == HEADER and lines[FIRST - 2].startswith("|-----")
    assert lines[LAST].strip() == "" and lines[FIRST - 4].startswith("## Video&language")
    papers = []
    for n in range(FIRST, LAST + 1):
        ln = lines[n - 1]
        cells = [c.strip() for c in ln.strip("|").split("|")]
        assert len(PAPER.findall(ln)) == 1 and PAPER.fullmatch(cells[1]), n
        papers.append(entry(lines, n, n, None))
    for n, ln in enumerate(lines, 1):
        if not FIRST <= n <= LAST:
            assert "[paper]" not in ln, n
    assert len(papers) == 40, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the video-language dataset table (11-50) is an entry: a dataset record citing its paper by a"
        " bare [paper] link, title null (the row names the dataset, not the paper), arXiv id from that link;"
        " rows with a readme or project page in the paper column (18, 32) count too; image-dataset links, the"
        " paper-less Video Dataset table and collection-tool links are not entries.",
        "Whole 65-line file read; all 40 rows compared with the -v output (line numbers, null titles), the arXiv"
        " id of each row checked against its paper link and the dataset links checked to give no id (27 arXiv"
        " abs/pdf ids; none for OpenReview 11, Microsoft PDF 12, CVF 15/16, readme 18, ACL 30, project page 32,"
        " lab/report PDFs 34/35/42/47/49, IEEE 48); rows without a leading pipe (18, 20-50; 19 has one), without"
        " the stray backslash (20), the unlinked Action Genome 25 and the empty-link quoted names 47-49"
        " checked; lines 4-6, 57-59 and 63-65 checked to hold no paper.",
    )


if __name__ == "__main__":
    main()
