"""Wild36 truth for binbinjiang/SL_Papers README.md: "Awesome AI Sign Language Papers", a lab list of
sign-language recognition/translation/production papers (generated from a CSV, then hand-edited).

Shape: HTML ``<details>`` blocks for the what's-new note, the table of contents and three explanatory
essays (7-121, with figures: no entries); then one-line bullets
``- 【Venue Year】Title. *Authors.* [[paper]](url) [[code]](url) `Tags:` **SLT**`` under a survey
heading, per-year headings (2024 ... Earlier) and per-institution headings (XMU, USTC, ZJU, THU,
Germany-UK); then a Datasets table.  Every ``- 【`` bullet is one entry; the title is the text between
``】`` and the author list (`` *Authors*``) or, when a bullet has no authors, the ``[[paper]]`` link, with
its closing period(s) dropped.  Decisions and special cases:
- The per-institution sections repeat papers of the timeline (and the survey paper appears three
  times: 127, 273, 361): every bullet is its own entry.
- Line 134 and 138/139 end their titles with ``..``: both dots dropped.  Line 308 ends its title with a
  footnote asterisk (``Recognition*.``): dropped.
- Line 172 is a CSV row shifted by one column: the bracket holds the authors
  (``【David Uthus, Garrett Tanzer, Manfred Georg】``), the title slot holds ``YouTube-ASL: A Large-Scale``
  and the rest of the title sits in the author slot (``* Open-Domain ... Corpus.*``), the venue in the
  paper link and the arXiv URL in the tags.  Title = the title slot ``YouTube-ASL: A Large-Scale``;
  its id is the arXiv URL written in the tags.
- Lines 278-279: one bullet wrapped over two lines (the title continues on 279); entry 278-279.
- ``[[paper]](nan)`` (141) and ``[[paper]](-)`` (146) give no id; ``*code*`` in italics means no code.
- Datasets table (410-437): a dataset row is an entry only when it gives its paper: ASLG-PC12 (412,
  explicit ``[paper]`` arXiv link) and DGS Kinect 40 (420, its name links to the paper's PDF), both with
  no title (dataset names).  The other rows link dataset pages: not entries.
- Not entries: the inline "survey/review paper" link in the essay (120), contributor links, the empty
  Related Fields section.
224 entries (222 bullets + 2 dataset rows).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "binbinjiang__SL_Papers__README@8f06bfb.md"
PART = "wild36_development"

DATASET_ROWS_WITH_PAPER = {412, 420}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if ln.startswith("- 【"):
            e = i
            text = ln
            if i == 278:  # wrapped bullet
                e = 279
                text = ln + " " + lines[278]
            body = text.split("】", 1)[1]
            if i == 172:
                title = "YouTube-ASL: A Large-Scale"
            else:
                m = re.match(r"(.+?)(?: \*(?=\S)| \[\[paper\]\])", body)
                if not m:
                    raise SystemExit(f"unparsed bullet at {i}: {ln}")
                title = m.group(1).rstrip(" .").removesuffix("*")
            papers.append(entry(lines, i, e, title))
        elif i in DATASET_ROWS_WITH_PAPER:
            assert ln.startswith("| "), i
            papers.append(entry(lines, i, i, None))
    assert len(papers) == 224, len(papers)
    write_truth(NAME, PART, papers,
                "Each '- 【Venue】Title. *Authors.* [[paper]](url)' bullet (timeline, survey and per-institution sections, repeats included) is an entry, title = text between 】 and the authors or the [[paper]] link without closing periods; the shifted CSV row 172 takes its title slot; dataset-table rows are entries (no title) only when they give their paper (412, 420).",
                "Whole file read (443 lines): the <details> essays and TOC (7-121, no entries), first and last bullet of every year and institution section, all titles printed and compared with their lines, the double-dot titles (134, 138, 139), the footnote asterisk (308), the shifted row 172, the wrapped bullet 278-279, the nan/- links (141, 146), ~25 random ids, and all 26 dataset rows (410-437).")


if __name__ == "__main__":
    main()
