"""Wild58 truth for yassouali/ML_paper_notes README.md at 4418b22 (2021-06-23): a researcher's own index of the ML
papers he read and summarised, "notes and short summaries of some ML related papers I come across, organized by
subjects", each paper linking to the arXiv/venue page and to his PDF notes.

Shape: 143 lines, 18 KB, plain ASCII.  Title "# ML Papers" (3) and one intro sentence (4), then 14 ``## <subject>``
sections (6, 28, 47, 59, 71, 79, 84, 88, 104, 117, 121, 128, 131, 136), each a flat ``- `` bullet list.  One
bullet a paper, one line each:
``- <Title> (<year>): [[Paper]](<url>) [[Notes]](notes/<n>_<slug>.pdf)``.
No author, no venue; the year in parentheses follows the title.

Special cases:
- The colon after the year is sometimes missing (``Big Self-Supervised Models ... (2020) [[Paper]]``, 9-10).
- Titles are kept exactly as written, typos and odd spacing included: ``MixMatch: A Holistic Approach toSemi-Supervised
  Learning`` (35), ``Interaction Networks for Learning about Objects , Relations and Physics`` (124), ``SegNet: A Deep
  ConvolutionalEncoder-Decoder Architecture for ImageSegmentation`` (95), ``Stacked Hourgloass`` (133), lower-case
  titles (``Colorful image colorization``, 24).  Some are the author's short forms of the real title (``AutoAugment``,
  132; ``Deeplab: semantic image segmentation with DCNN, atrous convs and CRFs``, 98): the file's text is the title.
- Links go to arxiv.org/abs, arxiv.org/pdf, CVF open access, PMLR, OpenReview, IEEE, ResearchGate, a thesis archive
  (142, tel.archives-ouvertes.fr) or a project page (24).

Decisions:
- Entry = every ``- `` bullet (101, lines 8-143), one line each.  Title = the text before `` (<year>)``.
- 142 (``Deep Neural Networks for Large Vocabulary Handwritten Text Recognition``) is a PhD thesis and 140 an ICDAR
  competition report; both are research documents the author read and noted like the others: kept as entries.
- arXiv ids come from the arxiv.org/abs and arxiv.org/pdf links (8 -> 2006.05849, 95 -> 1511.00561); no DOIs.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "yassouali__ML_paper_notes__README@4418b22.md"
PART = "wild58_development"

ITEM = re.compile(r"^- (?P<title>.+?) \((?P<year>\d{4})\):? \[\[Paper\]\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 101, len(papers)
    assert min(by) == 8 and max(by) == 143, (min(by), max(by))
    assert by[8]["title"] == "Self-Supervised Relational Reasoning for Representation Learning", by[8]
    assert by[8]["arxiv"] == "2006.05849", by[8]
    assert by[9]["title"] == "Big Self-Supervised Models are Strong Semi-Supervised Learners", by[9]
    assert by[35]["title"] == "MixMatch: A Holistic Approach toSemi-Supervised Learning", by[35]
    assert by[95]["arxiv"] == "1511.00561", by[95]
    assert by[124]["title"] == "Interaction Networks for Learning about Objects , Relations and Physics", by[124]
    assert by[132]["title"] == "AutoAugment", by[132]
    assert by[143]["title"] == (
        "Page Segmentation of Historical Document Images with Convolutional Autoencoders"
    ), by[143]
    assert 4 not in by and 6 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- ' bullet under the 14 subject headings is one paper, one line each (101 entries, lines"
        " 8-143): '- <Title> (<year>): [[Paper]](url) [[Notes]](pdf)'.  Title = the text before ' (<year>)', kept as"
        " written (typos, missing spaces, short forms such as 'AutoAugment').  A PhD thesis (142) and a competition"
        " report (140) are kept like the other read papers.  Headings and the intro line are not entries.",
        checked="Read the whole file; compared the -v output line by line with all 101 bullets (titles up to the year,"
        " the bullets without a colon after the year at 9-10, odd spacing at 35, 95, 124), and the arXiv ids taken from"
        " arxiv.org/abs and /pdf links.",
    )


if __name__ == "__main__":
    main()
