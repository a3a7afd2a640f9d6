"""Wild57 truth for gonglixue/FaceAttributeEditionSurvey README.md (466a55c, 2020-03-28): a personal survey of face
attribute estimation (FAE) and manipulation (FAM) -- a Chinese overview paragraph followed by an annotated paper list.

Shape: 103 lines, 7 KB.  ``### 综述`` (1-14): Chinese prose and bullets about the FAE / FAM taxonomy (no papers).
``### FAE&FAM Paper List`` (16) with ``#### 1. deep FAE`` (18-36) and ``#### 2. deep FAM`` (38-84), then
``### Dataset & Benchmark`` (88-94, dataset names as headings), an empty ``### Non-learning methods`` and
``### Other Interesting Portrait Special Effects`` (99-103).  One paper a ``*`` bullet:
``* YEAR-VENUE: Title\\[[paper](url)\\]\\[[xxxCode](url)\\]`` (escaped outer brackets), often followed by tab-indented
``- keyword`` sub-bullets (the reader's notes).

Special cases:
- Link targets are often broken over lines: the bullet ends in ``[paper](`` and the URL sits on the next line
  (19-20, 22-23), sometimes with ``]\\[[paper](`` on a line of its own (47-50, 53-56, 76-79, 81-84, 100-103).
- 65-67: the title itself wraps over three lines, ``* 2018-CVPR StarGAN: Unified generative`` /
  ``adversarial networks for multi-domain image-to-image`` / ``translation\\[[PytorchCode](...)``.
- The venue separator is ``: `` (``2014-CVPR: PANDA: ...``) or just a space (``2018-CVPR StarGAN: ...``, 65;
  ``2018-ECCV GANimation: ...``, 76; 81; 100); one venue has spaces (``2018-Trans on Affective Computing: ...``, 27).
- 81: the bullet is indented by one space (`` * 2019-IJCV GANimation: ...``).
- Titles end with a period before the links on some lines (22, 32, 34, 73): dropped.
- 39, 47: a method nickname is glued in parentheses after the title (``manipulation(ResGAN)``,
  ``Invertible Conditional GANS(IcGANs)``): an annotation, dropped.  Name prefixes written as part of the title
  (``SaGAN: Generative Adversarial Network ...``, 70) are kept as written.
- 27: empty link target ``\\[[paper]()\\]``.
- 41-42: a note sub-bullet wraps onto an unindented line (``attribute-specific face area, metric``): part of the
  entry 39.
- 91: ``* 40 labeled attributes`` under the LFWA dataset heading is not a paper.

Decisions:
- Entry = every ``*`` bullet that starts with ``YEAR-``: 20 entries (8 FAE, 11 FAM, 1 portrait effects).  Span =
  the bullet line through the last line of its links and note sub-bullets (up to the next blank line, bullet or
  heading).
- Title = the text between the venue and the first ``\\[``, wrapped lines joined with one space, trailing period and
  a glued ``(Nickname)`` dropped.
- arXiv ids come from arxiv.org links (25 -> 1704.08740; 47 -> 1611.06355, link on line 50).
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "gonglixue__FaceAttributeEditionSurvey__README@466a55c.md"
PART = "wild57_development"

ITEM = re.compile(r"^ ?\* (\d{4})-(Trans on Affective Computing|[A-Z]+):? +")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [n for n, ln in enumerate(lines, 1) if ITEM.match(ln)]
    for first in starts:
        last = first
        while last < len(lines):
            nxt = lines[last]  # line last + 1
            if not nxt.strip() or nxt.lstrip().startswith("* ") or nxt.startswith("#"):
                break
            last += 1
        text = " ".join(lines[k - 1].strip() for k in range(first, last + 1))
        text = ITEM.sub("", text.lstrip())
        title = text.split("\\[", 1)[0].strip()
        title = re.sub(r"\((ResGAN|IcGANs)\)$", "", title).strip().rstrip(".").strip()
        papers.append(entry(lines, first, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 20, len(papers)
    spans = [(p["line"], p["end"]) for p in papers]
    assert spans[:3] == [(19, 21), (22, 24), (25, 26)], spans
    assert (39, 42) in spans and (47, 51) in spans and (65, 68) in spans and (100, 103) in spans, spans
    assert by[19]["title"] == "PANDA: Pose Aligned Networks for Deep Attribute Modeling", by[19]
    assert by[22]["title"] == "Deep Learning Face Attributes in the Wild", by[22]
    assert by[25]["arxiv"] == "1704.08740", by[25]
    assert by[27]["title"] == "Segment-based methods for facial attribute detection from partial faces", by[27]
    assert by[39]["title"] == "Learning residual images for face attribute manipulation", by[39]
    assert by[47]["title"] == "Invertible Conditional GANS", by[47]
    assert by[47]["arxiv"] == "1611.06355", by[47]
    assert by[65]["title"] == (
        "StarGAN: Unified generative adversarial networks for multi-domain image-to-image translation"
    ), by[65]
    assert by[70]["title"] == (
        "SaGAN: Generative Adversarial Network with Spatial Attention for Face Attribute Editing"
    ), by[70]
    assert by[81]["title"] == "GANimation: One-shot Anatomically Consistent Facial Animation", by[81]
    assert by[100]["title"] == "Deep Single-Image Portrait Relighting", by[100]
    assert 91 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '*' bullet starting with 'YEAR-VENUE' is one entry (20: 8 deep FAE, 11 deep FAM, 1 portrait"
        " effect); its span runs to the last line of its wrapped links and tab-indented note sub-bullets.  Title ="
        " the text between the venue (followed by ': ' or a space) and the first escaped bracket '\\[', wrapped"
        " lines joined (StarGAN, 65-67), trailing period and a glued nickname '(ResGAN)' / '(IcGANs)' dropped;"
        " name prefixes such as 'SaGAN:' kept as written.  The Chinese overview and dataset headings are not"
        " entries.",
        checked="Read the whole file; compared all 20 -v entries (spans and titles) with the file, in particular"
        " the URLs broken over lines (19-20, 47-50, 76-79, 81-84, 100-103), the three-line StarGAN title, the"
        " venue without colon (65, 76, 81, 100), the spaced venue (27), the one-space-indented bullet (81), the"
        " dataset bullet at 91 (not listed) and the arXiv ids from arxiv.org links.",
    )


if __name__ == "__main__":
    main()
