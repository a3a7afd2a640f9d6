"""Wild62 truth for o-/AllYourCpuAreBelongToUs references.md at cc9cf89: the reference page of a talk on CPU side
channels and Spectre/Meltdown (security): bullets ``Venue 'YY: [Title](url)`` mixed with demos, projects, blog posts
and talks.

Shape: 50 lines.  ``# History of Sice Channel Attacks`` (1).  ``## Physical World Examples`` (3): 5-8.
``## CPU Side Channels`` (10): ``### Timing Based`` 14-15, ``### Cache Based`` 19-27 (some bullets start with the
authors: ``* Osvik, Shamir, Tromer, RSA '06: [Cache Attacks ...](...)``; indented sub-bullets with a note (23) or
a ``[Video and Slides]`` / ``[Video]`` link (25, 27)).  ``## Spectre and Meltdown References`` (29): ``### Papers``
33-34 (``* [Meltdown](https://arxiv.org/abs/1801.01207)``), ``Previous Work:`` 38-39, ``### Posts`` 43-46,
``### Talks`` 50.

Special cases:
- 8 starts with a GitHub project (``[System Bus Radio]``) and its demo, then 'based on USENIX '15 [GSMem: ...]': one
  entry, the GSMem paper; the project is not a paper.
- 21-22: the link text is broken over two lines (``[A Survey of Microarchitectural Timing Attacks`` /
  ``and Countermeasures on Contemporary Hardware](...)``): one entry, title joined with a space.
- 26 has no space before the link (``USENIX '17[Prime+Abort: ...]``).
- Not entries: demo/video links, the System Bus Radio project (8), 39 (Anders Fogh's cyber.wtf blog post
  'Negative Result: Reading Kernel Memory From User Mode'), the Posts (43-46: a website and blog posts, 44 is
  Project Zero's blog post) and the Talk (50, a YouTube video).
- 33/34 are titled only ``Meltdown`` / ``Spectre`` in the file: those are the titles.

Decisions: entry = each bullet whose link is a paper (span includes its indented sub-bullet: 21-23, 24-25, 26-27);
title = that link's text.  14 entries.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "o-__AllYourCpuAreBelongToUs__references@cc9cf89.md"
PART = "wild62_held_out"

LINK = re.compile(r"\[([^\]]+)\]\(")
NOT_PAPER = {"System Bus Radio", "demo", "Video and Slides", "Video"}
SPANS = {21: 23, 24: 25, 26: 27}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    text = "\n".join(lines)
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* ") or n >= 39:
            continue
        if n == 21:
            start = text.index("[A Survey of Microarchitectural")
            title = text[start + 1 : text.index("](", start)].replace("\n", " ")
            papers.append(entry(lines, 21, 23, title))
            continue
        for m in LINK.finditer(ln):
            if m.group(1) not in NOT_PAPER:
                papers.append(entry(lines, n, SPANS.get(n, n), m.group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 14, len(papers)
    assert by[8]["title"].startswith("GSMem: Data Exfiltration"), by[8]
    assert by[21]["title"] == (
        "A Survey of Microarchitectural Timing Attacks and Countermeasures on Contemporary Hardware"), by[21]
    assert by[26]["title"].startswith("Prime+Abort: A Timer-Free"), by[26]
    assert by[33]["title"] == "Meltdown" and by[33]["arxiv"] == "1801.01207", by[33]
    assert by[34]["title"] == "Spectre" and by[34]["arxiv"] == "1801.01203", by[34]
    assert by[38]["title"] == "Jump Over ASLR: Attacking Branch Predictors to Bypass ASLR", by[38]
    for n in (22, 23, 25, 39, 43, 44, 45, 46, 50):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Entry = each bullet linking a paper (venue or authors first, then [Title](url)); title = the link"
        " text (21-22 joined across the line break), span includes indented sub-bullets (note, video/slides links)."
        "  On 8 only the GSMem paper is an entry (System Bus Radio is a GitHub project, 'demo' a video).  Not"
        " entries: the cyber.wtf blog post (39), the Posts section (website, blog posts) and the Talk (YouTube).",
        checked="Read all 50 lines; compared the -v output with every bullet: the two-link line 8, the wrapped title"
        " 21-22, the missing space at 26, the one-word titles Meltdown/Spectre with their arXiv ids, and that demo,"
        " video, blog and talk links are out.",
    )


if __name__ == "__main__":
    main()
