"""Wild30 truth for warmpu/Paper-Notes-Deep-Learning "Computer Vision/README.md": the index of one
person's paper-review posts in computer vision (face recognition, person re-ID, tracking, ...).

Shape: nested list items ``- <kbd>YYYY - DD Mon</kbd><kbd>VENUE</kbd> [name](local note.md)``, sometimes
with a trailing ``<kbd>tag</kbd>`` or code span; the link goes to the author's own note, never to the
paper, so no record carries an arXiv id or DOI.  Most face-recognition and tracking records name the
paper only by its method nickname (ScaleFace, SubFace, AdaFace, ..., PFE, BoT-SORT, SORT, Ada-NETS): the
link text is a single token, and such records get title None.  The re-ID and velocity records give the
paper title (the re-ID ones shortened with the author's abbreviations "UL", "PeReID", "UDA", kept as
written).

Entries: every item with a ``<kbd>YYYY - ...</kbd>`` date (44).  Not entries: the numbered sub-headings
(5, 20, 28, 31, 37, 55, 58) and the "Preliminary theory" lecture/PDF/video links (73-76).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "warmpu__Paper-Notes-Deep-Learning__Computer Vision__README@64733ce.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not re.search(r"<kbd>\d{4} - ", ln):
            continue
        text = re.search(r"\[([^\]]+)\]\(", ln).group(1).strip()
        title = None if " " not in text else text
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 44, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every dated list item (<kbd>YYYY - DD Mon</kbd>) is an entry; its title is the link text when that is"
        " a title, None when the link text is a one-word method nickname; the lecture links are not entries.",
        "Every item of the file read by eye (44 entries: 22 nickname-only, 22 titled); titles checked"
        " mechanically against the entry lines; no record has an arXiv id or DOI.",
    )


if __name__ == "__main__":
    main()
