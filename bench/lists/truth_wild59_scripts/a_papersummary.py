r"""Wild59 truth for nepersica/paper-summary README.md at 24c4b93 (2023-06-03): a Korean student's index of the
computer-vision and medical-AI papers presented at a lab seminar (one summary file per paper elsewhere in the
repository).

Shape: 102 lines.  Title (1); a Korean intro with ``\`` hard breaks and a struck-through
joke line (2-5); a fenced code block (7-19) showing the summary template, whose first line is
``# 논문제목 (학회 및 학술지)`` ("# paper title (venue)") -- a template, not a paper.  Then ``###`` topic headings
(Classification, Object Detection, Segmentation, Quantification, Semi-Supervised Learning (SSL), Weakly
Supervised Learning (SSL) [sic], Domain Adaptation, ..., Transformer), each followed by a ``***`` rule and
bullets.
One paper = three lines: ``- **Title (VENUE YEAR)**\`` / ``*Authors*\`` / ``[[Paper](url)] [[Code](url)]``; the
venue and year sit INSIDE the bold, in parentheses at its end.

Special cases:
- 29 keeps the typos of the file (``VinDr-SpineXR A deep learning framework forspinal lesions ...``); 100 is
  lower case (``Transmix: Attend to mix for vision transformers``); 48's venue has two words (``IEEE BIBM
  2021``).
- 70 lacks the trailing ``\`` after the bold title; still a three-line entry (70-72).
- 35-37 (Seg4Reg+) repeats the author line and the springer link of 23-25 (copy-paste slip), so the helper
  gives it the DOI of the PET paper (10.1007/978-3-031-16431-6_7); kept as the file writes it.
- Code links at 63, 72, 84, 102 carry ``?utm_source=catalyzex.com`` tails; 31 adds a ``[[Poster](...)]``.

Decisions:
- Entry = every ``- **`` bullet (23-100): 16 entries, each spanning its bullet line, author line and link line.
  Title = the bold text without the final `` (VENUE YEAR)`` parenthesis.
- The template line inside the code fence (8) and the Korean intro are not entries.
- DOIs come from the link.springer.com/chapter links (helper); no arXiv links.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "nepersica__paper-summary__README@24c4b93.md"
PART = "wild59_development"

ITEM = re.compile(r"^- \*\*(?P<title>.+?) \((?P<venue>[A-Za-z ]+ \d{4})\)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            assert lines[n].startswith("*") and lines[n + 1].startswith("[[Paper]"), n
            papers.append(entry(lines, n, n + 2, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 16, len(papers)
    assert min(by) == 23 and max(by) == 100, (min(by), max(by))
    assert by[23]["title"] == (
        "Is a PET All You Need? A Multi-modal Study for Alzheimer’s Disease Using 3D CNNs"
    ), by[23]
    assert by[23]["end"] == 25 and by[23]["doi"] == "10.1007/978-3-031-16431-6_7", by[23]
    assert by[29]["title"] == (
        "VinDr-SpineXR A deep learning framework forspinal lesions detection and classification from radiographs"
    ), by[29]
    assert by[35]["doi"] == by[23]["doi"], by[35]
    assert by[48]["title"] == (
        "An attention based deep learning model for direct estimation of pharmacokinetic maps from dce-mri images"
    ), by[48]
    assert by[70]["title"] == (
        "Learning Affinity From Attention End-to-End Weakly-Supervised Semantic Segmentation With Transformers"
    ), by[70]
    assert by[70]["end"] == 72, by[70]
    assert by[100]["title"] == "Transmix: Attend to mix for vision transformers", by[100]
    assert not any(n < 21 for n in by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- **Title (VENUE YEAR)**\\' bullet (23-100) is one entry spanning three lines: the bullet, the"
        " italic author line and the [[Paper](url)] [[Code](url)] line.  Title = the bold text without the final"
        " '(VENUE YEAR)' parenthesis.  The template heading inside the code fence (8) and the Korean intro are"
        " not entries.",
        checked="Read the whole file; compared the -v output with all 16 bullets and their three-line spans, the"
        " typos kept at 29, the two-word venue at 48, the bullet without a trailing backslash at 70, the"
        " copy-pasted springer DOI at 35-37, and that the fenced template is left out.",
    )


if __name__ == "__main__":
    main()
