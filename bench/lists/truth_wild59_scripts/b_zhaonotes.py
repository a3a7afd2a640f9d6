"""Wild59 truth for ZhaoOfficial/PaperNotes Readme.md at 78a3867 (2022-10-17): a student's "Personal notes of read
papers and books" (computer graphics / neural rendering).  The Readme lists the papers whose notes are finished,
by field and topic, as bare text lines, then tracks reading progress through a book's chapters.

Shape: 156 lines, trailing newline.  ``# Paper Notes`` and a one-line intro (1-3); ``# Finished Notes`` (5) with
``## Computer Graphics`` (7), ``## Computer Vision`` (51), ``## Cryo`` (67, empty), ``## Deep Learning`` (69) and
``### Topic`` headings under them, several empty (Image-based Rendering 9, Ray Tracing 45, Puzzle 57).  Each paper
is a paragraph of its own, separated by blank lines: ``YYYY Title`` with no link, no markup, no authors (13-75).
``# Books`` (77) / ``## Advanced Global Illumination`` (79) is a nested checklist of the book's chapters and sections
(81-155: ``- [x] Chapter 1 Introduction``, ``    - [ ] 3.6 Variance Reduction``).

Special cases:
- Titles are written as the note file names are, often with the colon dropped: 13 "NeuS Learning Neural Implicit
  Surfaces by Volume Rendering ...", 21 "NeRF++ Analyzing and Improving ...", 37 "Sphere-Meshes Shape Approximation
  ...", 43 "Marching Cubes A High Resolution 3D Surface Construction Algorithm", 75 "Physics-informed neural networks
  A deep learning framework ..."; others keep it (19 "NeRF: Representing Scenes ...", 27 "Plenoxels: ...").  Kept as
  written.
- 71 sits directly under ``## Deep Learning`` (no ### topic) before ``### Simulation``.
- 111 has trailing spaces (book checklist, not an entry).

Decisions:
- Entry = every line ``YYYY Title`` (a four-digit year, a space, the title), 13-75: 19 entries, one line each.
  Title = the text after the year.  The year is the paper's year, not part of the title.
- The book chapter/section checklist (81-155) names parts of one book, not papers: not entries.  Headings and the
  intro are not entries.  No arXiv id or DOI in the file.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "ZhaoOfficial__PaperNotes__Readme@78a3867.md"
PART = "wild59_development"

ROW = re.compile(r"^(?:19|20)\d\d (?P<title>\S.*)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 19, len(papers)
    assert min(by) == 13 and max(by) == 75, (min(by), max(by))
    assert not any(n >= 77 for n in by)
    assert by[13]["title"] == (
        "NeuS Learning Neural Implicit Surfaces by Volume Rendering for Multi-view Reconstruction"
    ), by[13]
    assert by[19]["title"] == "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis", by[19]
    assert by[21]["title"] == "NeRF++ Analyzing and Improving Neural Radiance Fields", by[21]
    assert by[23]["title"] == "NeRF in detail: Learning to sample for view synthesis", by[23]
    assert by[31]["title"] == "Instant Neural Graphics Primitives with a Multiresolution Hash Encoding", by[31]
    assert by[41]["title"] == "Data Structure for Soft Objects", by[41]
    assert by[43]["title"] == "Marching Cubes A High Resolution 3D Surface Construction Algorithm", by[43]
    assert by[55]["title"] == "Poisson Image Editing", by[55]
    assert by[71]["title"] == "Bridging the Gap between Deep Learning and Sparse Matrix Format Selection", by[71]
    assert by[75]["title"].startswith("Physics-informed neural networks A deep learning framework"), by[75]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bare paragraph line 'YYYY Title' under the Finished Notes topic headings (13-75) is one entry,"
        " one line each (19).  Title = the text after the four-digit year, as written (often without the colon of"
        " the real title).  The book chapter checklist under '# Books' (81-155) and all headings are not entries.",
        checked="Read the whole file; compared the -v output with all 19 year lines, checked titles with and without"
        " colons (13, 19, 21, 23, 27, 37, 43, 75), the line under a ## heading without a ### topic (71), and that no"
        " book chapter or section line is listed.",
    )


if __name__ == "__main__":
    main()
