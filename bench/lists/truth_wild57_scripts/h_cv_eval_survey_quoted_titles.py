"""Wild57 truth for konxpx/Awesome-Evaluation-Perspective-CV README.md (56596f1): the companion paper list of a survey
that looks at the evolution of computer vision "from an evaluation perspective", its reference list sorted by the
survey's sections (Introduction, Visual Capability, Proxy Task, Data Environment, Evaluation System, Evaluation
Models, Summary and Outlook) and their subsections.

Shape: 486 lines, 71 KB.  Intro (1-3), a ``- [Section](#anchor)`` table of contents (7-19), then ``####``/``#####``
headings whose names are in backticks (``#### `Introduction` ``), each followed by a reference list, one paper a
bullet, written in two house styles:
- 24-247 and 422-486, ``*`` bullets: ``* [**VENUE'YEAR**]"***Title***",Authors.[paper](url)`` (24-104, no blank
  lines between bullets) or ``* [**VENUE'YEAR**] ***"Title"***, Authors. [[`paper`]](url) [[`Dataset`🌟]](url)``
  (115-247 and 422-486, blank line between bullets);
- 253-416, ``-`` bullets with typographic quotes: ``- [**VENUE'YEAR**]***“Title”***,Authors.[[paper]](url)
  [[code🌟]](url)``.

Special cases (the quote and emphasis markup is very irregular):
- Quotes inside or outside the emphasis: ``***"Title"***`` (115), ``"***Title***"`` (24), ``***"Title***"`` (52),
  ``“***Title”***`` (289, 368, 415), plain ``“Title”`` (288, 328), ``**“Fast r-*cnn*****”**`` (287, emphasis
  inside the title): title = the text between the opening and the closing quote, asterisks removed.
- 307 and 314: ``***“” grabcut” interactive foreground extraction using iterated graph cuts”***`` (the inner quotes
  around GrabCut are garbled): the title is kept as written between the outer quotes, ``” grabcut” interactive
  foreground extraction using iterated graph cuts``.
- The closing quote is followed by ``,`` or a full-width ``，`` (327) before the authors.
- No venue bracket on some bullets (``* "***Ai and the everything in the whole wide world benchmark***",...``, 31;
  33, 35, 56, 58, 61); venue with no year (``[**ECCV'**]``, 376); odd venue markup ``[***MICCAI*'2015**]`` (328).
- 33-34: the author list wraps onto an unindented line; 301-302: the author list of ``Segment anything`` wraps onto
  a new ``-  T. Xiao, ... *et al*.[[paper]](https://arxiv.org/pdf/2304.02643)`` bullet -- a continuation, not a
  paper (the arXiv id is on 302).
- No link at all: 30, 438; broken links: 141 (``[[`paper`]]https://...)``), 266 and 268 (``[.[paper]](...)``).
- Many papers are listed two or three times (e.g. Atom 351/379/394/434, Online object tracking 125/227/235, the
  GrabCut pair 307/314, Path aggregation network 330/341): one entry per listing.
- 212: ``**无`` (Chinese "none") under an empty subsection; the TOC bullets name no paper.

Decisions:
- Entry = every ``*``/``-`` bullet line holding a double quote (``"`` or ``“``): 291 entries.  Span = the bullet
  line plus following non-blank, non-heading lines that are not themselves entries (33-34, 301-302).
- Title = the text from the first ``"``/``“`` to the closing ``"``/``”`` that is followed (after optional ``*``) by
  ``,`` or ``，``; asterisks removed, whitespace stripped.  Titles kept as written (lower case, typos such as
  ``efffcient`` 45, ``Categoryspeciffc`` 65, ``and¡ 0.5 mb`` 276).
- arXiv ids come from arxiv.org links (25 -> 1905.05055; 301 -> 2304.02643 from line 302); DOIs from
  dl.acm.org/doi and Springer links.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "konxpx__Awesome-Evaluation-Perspective-CV__README@56596f1.md"
PART = "wild57_development"

BULLET = re.compile(r"^[*-]\s+")
QUOTE = re.compile(r"[\"“]")
TITLE = re.compile(r"[\"“](.*?)[\"”]\**\s*[,，]")


def is_entry(ln: str) -> bool:
    return bool(BULLET.match(ln) and QUOTE.search(ln))


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not is_entry(ln):
            continue
        last = n
        while last < len(lines):
            nxt = lines[last]
            if not nxt.strip() or nxt.startswith("#") or is_entry(nxt):
                break
            last += 1
        m = TITLE.search(ln)
        assert m, (n, ln)
        title = m.group(1).replace("*", "").strip()
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 291, len(papers)
    assert min(by) == 24 and max(by) == 486, (min(by), max(by))
    assert by[24]["title"] == "Explaining deep neural networks and beyond: A review of methods and applications", by[24]
    assert by[25]["arxiv"] == "1905.05055", by[25]
    assert (by[33]["line"], by[33]["end"]) == (33, 34), by[33]
    assert by[33]["title"] == "Large language models for robotics: Opportunities, challenges, and perspectives", by[33]
    assert by[52]["title"] == (
        "Image representations beyond histograms of gradients: The role of gestalt descriptors"
    ), by[52]
    assert by[287]["title"] == "Fast r-cnn", by[287]
    assert by[288]["title"] == "Faster r-cnn: Towards real-time object detection with region proposal networks", by[288]
    assert by[289]["title"] == "Feature pyramid networks for object detection", by[289]
    assert (by[301]["end"], by[301]["title"], by[301]["arxiv"]) == (302, "Segment anything", "2304.02643"), by[301]
    assert 302 not in by
    assert by[307]["title"] == "” grabcut” interactive foreground extraction using iterated graph cuts", by[307]
    assert by[327]["title"] == (
        "Deeplab: Semantic image segmentation with deep convolutional nets, atrous convolution, and fully connected crfs"
    ), by[327]
    assert by[328]["title"] == "U-net: Convolutional networks for biomedical image segmentation", by[328]
    assert by[243]["title"] == "Mmbench: Is your multi-modal model an all-around player?", by[243]
    assert by[415]["title"] == "Xmem: Long-term video object segmentation with an atkinson-shiffrin memory model", by[415]
    assert by[486]["title"] == "Towards grand unification of object tracking", by[486]
    assert not any(k in by for k in range(1, 24)) and 212 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '*' or '-' bullet line holding a double quote is one entry (291, lines 24-486); the span takes in"
        " wrapped author lines (33-34) and the stray '-  T. Xiao ...' continuation bullet of Segment anything"
        " (301-302).  Title = the text between the first '\"'/'“' and the closing '\"'/'”' followed by ',' or '，',"
        " asterisks removed; kept as written, including the garbled inner quotes of the GrabCut title (307, 314)."
        "  Repeated papers count once per listing; TOC bullets and section headings are not entries.",
        checked="Read the file section by section; listed every bullet line and checked each holds a quoted title"
        " (no bullet without a match); compared the -v output with the file for the first and last entries of"
        " every subsection and all markup variants (24, 31, 52, 115, 287-289, 307, 327, 328, 368, 376, 415), the"
        " wrapped entries 33-34 and 301-302, the link-less 30 and 438, and arXiv ids from arxiv.org links.",
    )


if __name__ == "__main__":
    main()
