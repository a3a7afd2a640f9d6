"""Wild37 truth for FatemehJamshidi1993/Papers-on-Image-Inpainting README.md: a student's list of image
inpainting papers (deep-learning and traditional methods), newest commit (2019).

Shape: one survey written as a citation line (``[1] Authors . Title [pdf](url)``, line 9); then
pipe tables without outer pipes (``Year|Proceeding|Title|dataset|code``), indented by 0-3 spaces,
under ``*`` bullet captions and ``##``/``###`` headings.  Each data row is one entry; the title is
the Title cell: link text (sometimes bold) in the method tables, plain or bold text before
``[[pdf]]``/``[[code]]`` links in the "To be continued" table (89-109).  A closing "Reference:"
section (151-163) numbers six sources.  Decisions:
- Reference items [1]-[5] (153-161) are a blog, GitHub repos, Google Scholar and Papers with Code:
  not entries.  [6] (163) repeats the survey of line 9 as a citation: an entry of its own.
- Table header and ``--|:--:`` rows, the taxonomy images (14, 19) and the captions are not entries.
- Rows whose link text is a repository name rather than the title: line 36
  ``Generative_inpainting_release`` (the arXiv link is the Contextual Attention paper) has no title;
  line 35 ``Deep_image_prior`` is the paper's title written as a file name and is kept as written
  (as the wild36 scripts keep underscore file-name titles).
- The same paper twice (33 and 38, partial convolutions; 36 and 75 share an arXiv id) gives
  separate entries.
- Ids: arXiv ids from arxiv.org links, the Springer chapter URL's DOI (68).  Not DOIs: the CiteSeerX
  ``doi=10.1.1.364.5147`` query (143) and the delivery.acm.org storage path ``10.1145/890000/882267``
  (137): doi set to null.
67 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "FatemehJamshidi1993__Papers-on-Image-Inpainting__README@44875ac.md"
PART = "wild37_development"

NO_TITLE = {36}  # link text is the code repository's name
NOT_DOI = {137, 143}  # delivery.acm.org storage path, CiteSeerX id


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        m = re.match(r"^\[(\d)\] (.+?) \[pdf\]\(", s)
        if m and i in (9, 163):
            # "Authors . Title [pdf](url)": the title follows the " . " after the authors
            title = m.group(2).split(" . ", 1)[1]
            papers.append(entry(lines, i, i, title))
            continue
        if not re.match(r"^\d{4} ?\|", s):
            continue
        cells = s.split("|")
        cell = cells[2].strip()
        m = re.fullmatch(r"\[(.+?)\]\([^)\s]+\)", cell)
        if m:
            title = m.group(1)
        else:  # "To be continued" table: title text, then [[pdf]] / [[code]] links
            title = re.split(r"\s*\[\[pdf\]\]", cell)[0]
            assert title != cell, (i, cell)
        e = entry(lines, i, i, None if i in NO_TITLE else title)
        if i in NOT_DOI:
            e["doi"] = None
        papers.append(e)
    assert len(papers) == 67, len(papers)
    write_truth(NAME, PART, papers,
                "Each table data row (Year|Proceeding|Title|...) is an entry, title = Title cell's link text or the text before [[pdf]]; the survey citation (line 9) and its repeat as reference [6] (163) are entries, title after 'Authors . '; references [1]-[5] (blog, repos, Scholar, PwC) are not; line 36's repo-name link text gives no title.",
                "Whole file read (174 lines): every table row's title cell compared with the -v output (incl. indented rows 32-38, 62, 68, 74-77, 83, 132, 137, the bold titles, the plain-text 'To be continued' rows 91-109 with bold 96/97/105), the two citation lines 9/163, the reference items 153-161 (not entries), line 35/36 repo-style link texts, the duplicated rows 33/38, and the ids (Springer DOI on 68, CiteSeerX and delivery.acm.org not DOIs).")


if __name__ == "__main__":
    main()
