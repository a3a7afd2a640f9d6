"""Wild56 truth for umbertocappellazzo/CL_Anthology README.md: "CL_Anthology", a small hand-kept list of recent
continual-learning papers grouped by modality, newest commit (c15a93c, 2023-09-03).

Shape: 72 lines, 10 KB.  Title (1), two intro paragraphs (3, 5), a ``**Legend**:`` bullet (8) explaining the tags
ARC/REH/REG, then sections ``## CL Surveys`` (10), ``## CL in Vision`` (22), ``### CL for Image Segmentation`` (43),
``## CL for Audio and Speech`` (49), ``## CL in NLP`` (60), ``## CL for Vision-Language`` (68).  Every paper is one
``- `` bullet in an IEEE-like citation: authors, then the title in bold, mostly inside curly or straight quotes
(``“**Title**,”`` or ``"**Title**"``), then the italic venue, year, bold method tags (``**REG + ARC**``) and
``**[[Paper](url)]**``.

Special cases:
- Three citations wrap onto a second line: 13-14 (the title itself wraps, ``Continual learning for`` /
  ``robotics: ...``), 17-18 (the closing quote is on the next line) and 56-57 (the title wraps, ``Audio Spectrogram`` /
  ``Transformers``).  The wrapped title is joined with one space.
- 39, 40, 41 and 56 write the bold title without quotes.
- 12 writes ``**[[Paper](...)**]`` (bracket outside the bold): not part of the title.
- The Legend bullet (8) names no paper.
- All links are arXiv except 14 (sciencedirect), 24 (CVF pdf), 45/46 (IEEE Xplore), 65 (AAAI OJS): no DOI anywhere.

Decisions:
- Entry = each ``- `` bullet from line 12 on, with its continuation line if it wraps (span = bullet line through the
  continuation): 41 entries.
- Title = the first bold run of the bullet (before the venue), without the surrounding quotes or trailing comma.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "umbertocappellazzo__CL_Anthology__README@c15a93c.md"
PART = "wild56_development"

BOLD = re.compile(r"\*\*(?P<title>[^*]+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[9] == "## CL Surveys", lines[9]
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 12 or not ln.startswith("- "):
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith(("- ", "#")):
            last += 1
        text = "\n".join(lines[n - 1 : last])
        m = BOLD.search(text)
        assert m, (n, ln)
        title = " ".join(m.group("title").split())
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 41, len(papers)
    assert by[12]["title"] == "Continual lifelong learning with neural networks: A review", by[12]
    assert by[12]["arxiv"] == "1802.07569", by[12]
    assert (by[13]["end"], by[13]["title"]) == (
        14,
        "Continual learning for robotics: Definition, framework, learning strategies, opportunities and challenges",
    ), by[13]
    assert (by[17]["end"], by[17]["title"]) == (18, "Deep Class-Incremental Learning: A Survey"), by[17]
    assert by[36]["title"] == "Does Continual Learning Equally Forget All Parameters?", by[36]
    assert by[39]["title"] == "POP: Prompt Of Prompts for Continual Learning", by[39]
    assert by[56]["title"] == "Adapter Incremental Continual Learning of Efficient Audio Spectrogram Transformers"
    assert by[56]["end"] == 57, by[56]
    assert by[65]["title"] == "Effective Continual Learning for Text Classification with Lightweight Snapshots"
    assert by[71]["arxiv"] == "2305.10722", by[71]
    assert 8 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- ' bullet from the CL Surveys section on (line 12+) is one paper, spanning its wrapped"
        " continuation line if any (13-14, 17-18, 56-57).  Title = the first bold run of the bullet (the IEEE-style"
        " title, inside curly/straight quotes or bare), wrapped titles joined with a space; quotes, the trailing comma,"
        " venue, REG/REH/ARC tags and the [[Paper]] link are not part of it.  The Legend bullet (8) is not a paper.",
        checked="Read the whole file and compared the -v output for all 41 entries: titles in curly quotes, straight"
        " quotes and bare bold (39-41, 56), the three wrapped citations and their spans, arXiv ids from abs/pdf links,"
        " and that the non-arXiv links (sciencedirect, CVF, IEEE, AAAI) give no id.",
    )


if __name__ == "__main__":
    main()
