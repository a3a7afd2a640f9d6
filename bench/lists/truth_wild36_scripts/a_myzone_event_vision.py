"""Wild36 truth for langmanbusi/Myzone Event_vision.md: a student's reading notes on event-camera vision
(and a few classics), kept as the repo's README until the newest commit renamed it to Event_vision.md.

Shape: ``## Topic`` headings; one ``#### `` heading per paper, optionally marked read (``✅｜``), written
``[(Venue Year)Title](paper url)`` or as plain text ``(Venue Year)Title``, followed (or not) by bullets:
authors, ``[code](...)``, images and Chinese notes (nested bullets, a wrapped line at 119).  An entry
spans its heading through the last non-blank line before the next heading; the title is the heading
text without the read mark, the link markup and the leading ``(Venue Year)`` group(s).  Decisions:
- Headings that name a paper only by a nickname or file name are entries with no title: ``Resnet`` (3)
  and ``Transformer`` (8), which still carry their arXiv links; the bare classics ``ViT``, ``GAN``, ``MoCo``
  (12-16, headings only, in the section 经典 "classics" next to ResNet and the Transformer: each
  stands for one paper); ``EventVisionSurvey`` (20); ``EvDistill`` (134).
- Titles written as PDF file names keep their underscores as written (26, 29, 64, 138, 144), except
  that the file name's author prefix ``Duwek_`` (29) and venue suffix ``_CVPRW_2021_paper`` (138) are
  dropped; line 23's title is cut short in the file (``... for Bio-Inspired``) and kept so.
- Two venue groups are dropped on line 100 (``(CVPR 2020)(TPAMI 2021)``); ``(arxiv)`` on line 174.
- Dataset section (179-201): a dataset heading is an entry only when it gives its paper: ``DDD20(R)``
  (186-189, arXiv link and the paper's authors; the same paper as 83-84, a separate entry) and
  ``N-ImageNet(R)`` (193, ICCV paper PDF), both with no title (dataset nickname; 189 is a Chinese
  translation of the title, not used).  MVSEC (download page), DDD17, N-Caltech101, HQF, IJRR and
  Eventscape give no paper: not entries.
33 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "langmanbusi__Myzone__Event_vision@512e4e7.md"
PART = "wild36_development"

NICKNAMES = {3, 8, 12, 14, 16, 20, 134, 186, 193}  # entries naming no title
DATASETS_WITHOUT_PAPER = {181, 183, 191, 195, 198, 201}
FIX = {29: ("Duwek_", ""), 138: ("_CVPRW_2021_paper", "")}


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("#")]
    papers = []
    for k, i in enumerate(heads):
        if not lines[i - 1].startswith("#### ") or i in DATASETS_WITHOUT_PAPER:
            continue
        nxt = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        e = nxt - 1
        while not lines[e - 1].strip():
            e -= 1
        text = lines[i - 1][5:].strip().removeprefix("✅｜")
        m = re.fullmatch(r"\[(.+)\]\([^)]*\)", text)
        if m:
            text = m.group(1)
        text = re.sub(r"^(\([^)]*\))+", "", text).strip()
        if i in FIX:
            old, new = FIX[i]
            assert old in text, (i, text)
            text = text.replace(old, new)
        papers.append(entry(lines, i, e, None if i in NICKNAMES else text))
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "Each '#### [(Venue Year)Title](url)' or plain '#### (Venue Year)Title' paper heading with its bullets is an entry, title = heading text without the read mark, link and venue groups; nickname-only headings (Resnet, Transformer, ViT, GAN, MoCo, EventVisionSurvey, EvDistill) and dataset headings that link their paper (DDD20, N-ImageNet) have no title; datasets without a paper are not entries.",
                "Whole file read (201 lines): all 39 '####' headings classified by eye, every entry's span (incl. the nested notes 42-45, 73-76, the wrapped line 119) and title compared with the -v output, the underscore file-name titles (26, 29, 64, 138, 144), the two-venue line 100, and the dataset section 179-201.")


if __name__ == "__main__":
    main()
