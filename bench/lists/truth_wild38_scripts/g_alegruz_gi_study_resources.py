"""Wild38 truth for Alegruz/alegruz.github.io Notes/2022/03/English/GlobalIlluminationStudyResources.md: a graphics
student's "Global Illumination Study Resources" page mixing papers, SIGGRAPH courses and talks, a poster, books,
GDC talks, blogs/videos and NVIDIA material, all in pipe tables.

Taken at commit 94b96ba (2022-04-22), the last commit that changed the file: the repository's newest commit
(101d117, after the Feb 2025 switch to a Jekyll site, bd47b36) no longer holds it.

Shape: ``# ...`` title, ``## Technical Paper`` with ``### Offline / Static`` (table rows 12-39) and ``### Real-Time
/ Interactive / Dynamic`` (45-74), then ``## Courses`` (80-99), ``## Talks`` (105-112), ``## Posters`` (118),
``## Books`` (124-147), ``## GDC`` (153-175), ``## Etc.`` (181-205) and ``## NVIDIA`` (211-246).  Tables are
``|Name|Author|Year|Conference/Journal|`` (Books, GDC and Etc. lack the last column); the Name cell is
``[Title](url)`` except for four unlinked book titles; some Author cells are links (GDC, Etc.); row 53 has no
Author cell; row 223 has an affiliation in its Author cell and the rest of the authors in an extra cell.

Decisions (row = one table line; its span is that line; title = the Name cell's link text as written, with the
GPU Gems "Chapter N. " numbering dropped; ids from the row):
- Technical Paper: all 58 rows are papers (entries).
- Courses: SIGGRAPH course sessions and course notes (Advances in Real-Time Rendering, Path tracing in
  Production, Many-Light Methods, ...) are not entries.  Exception: row 84 "Automatic Bounding of Shaders for
  Efficient Global Illumination" links the SIGGRAPH Asia 2009 paper's project page (shader-sa09), so it names a
  paper: entry.  Row 98 "Radiance Caching for Real-time Global Illumination" is a 2021 course talk whose link
  goes to the arXiv paper of a differently titled paper; the record names the talk: not an entry.
- Talks: rows naming a SIGGRAPH Talks written abstract or a paper are entries (105 voxel cone tracing insight,
  106 out-of-core ray tracing with its ACM DOI, 107 Pixar's multiresolution radiosity caching memo, 108
  Tabellion's talk PDF, 111 Pearl Abyss' SIGGRAPH 2019 talk, 112 an arXiv paper); the two NVIDIA sponsored-
  session recordings (109 video, 110 blog) are not.
- Posters: row 118 (a SIGGRAPH poster abstract) is an entry.
- Books and GDC: no entries (books; GDC Vault talks).
- Etc.: entries only for the rows naming a paper or report: 188 (a PDF report on AO-based GI), 195 (arXiv
  paper), 197 (a SIGGRAPH paper's title and authors, linked to its video), 198 (JCGT paper), 199 (EGSR paper,
  linked to an author page), 205 (GPUOpen PDF of the SIGGRAPH Asia 2021 paper); blogs, videos, slides, SDK and
  course pages, and 203 (Tobias Franke's O3DE GI presentation, taken as a talk) are not.
- NVIDIA: the three GPU Gems chapters (211-213, articles of an edited collection), the ten research
  publications and tech reports (214-223, incl. the SIGGRAPH talk abstract "GI next") and ReSTIR GI (243) are
  entries; GTC/SIGGRAPH on-demand session videos, NVIDIA blog posts and the RTXDI SDK page are not.
- Papers listed twice (ReSTIR GI 74/243, Moving Basis Decomposition 73/199,
  Scaling Probe-Based GI 195/198 as arXiv and JCGT versions) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "Alegruz__alegruz.github.io__Notes__2022__03__English__GlobalIlluminationStudyResources@94b96ba.md"
PART = "wild38_development"

SECTIONS = {  # heading line -> (first row, last row)
    "### Offline / Static": (12, 39),
    "### Real-Time / Interactive / Dynamic": (45, 74),
    "## Courses": (80, 99),
    "## Talks": (105, 112),
    "## Posters": (118, 118),
    "## Books": (124, 147),
    "## GDC": (153, 175),
    "## Etc.": (181, 205),
    "## NVIDIA": (211, 246),
}
ALL_PAPERS = {"### Offline / Static", "### Real-Time / Interactive / Dynamic", "## Posters"}
PAPER_ROWS = {  # entries in the mixed sections
    "## Courses": {84},
    "## Talks": {105, 106, 107, 108, 111, 112},
    "## Books": set(),
    "## GDC": set(),
    "## Etc.": {188, 195, 197, 198, 199, 205},
    "## NVIDIA": {211, 212, 213, *range(214, 224), 243},
}
LINK = re.compile(r"^\|\[(.+?)\]\(")
CHAPTER = re.compile(r"^Chapter \d+\. ")


def main() -> None:
    lines = read_lines(NAME)
    heads = {ln: n for n, ln in enumerate(lines, 1) if ln.startswith("#")}
    papers = []
    for head, (first, last) in SECTIONS.items():
        h = heads[head]
        assert lines[h + 1].startswith("|Name|") and lines[h + 2].startswith("|----|"), head
        assert h + 4 == first and not lines[last].strip(), head
        for n in range(first, last + 1):
            ln = lines[n - 1]
            assert ln.startswith("|") and ln.endswith("|"), n
            if head not in ALL_PAPERS and n not in PAPER_ROWS[head]:
                continue
            m = LINK.match(ln)
            title = CHAPTER.sub("", m.group(1) if m else ln.split("|")[1])
            assert title and "[" not in title, n
            papers.append(entry(lines, n, n, title))
    assert len(papers) == 58 + 1 + 6 + 1 + 6 + 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each table row naming a paper, tech report, SIGGRAPH talk abstract or poster, or GPU Gems chapter is an"
        " entry (all Technical Paper rows; listed rows of Courses, Talks, Posters, Etc. and NVIDIA); course"
        " sessions, books, GDC talks, blogs, videos, slides and SDK pages are not; title = the Name cell's link"
        " text (GPU Gems 'Chapter N.' dropped); ids from the row.",
        "Whole file read and every row of the mixed sections classified by its title, link and section; the first"
        " and last rows of each section (12, 39, 45, 74, 80, 99, 105, 112, 118, 124, 147, 153, 175, 181, 205,"
        " 211, 246), the row without Author cell (53), the odd Author cells (223), the course row linking a paper"
        " page (84) and the one linking arXiv (98), the talk rows (105-112), the Etc. papers (188-205), the GPU"
        " Gems chapters and about 20 random Technical Paper rows compared with the -v output.",
    )


if __name__ == "__main__":
    main()
