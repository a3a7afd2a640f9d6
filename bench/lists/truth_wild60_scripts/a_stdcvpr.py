"""Wild60 truth for Charmve/awesome-scene-text-detection STD-CVPR2020.md at 57901c7 (2020): a Chinese-annotated
digest of 16 CVPR 2020 papers on scene text detection / recognition and related document-image tasks, written like
a WeChat article: each paper is a numbered title line followed by ``key | value`` rows and a figure.

Shape: 268 lines.  Title and English tagline (1-2), then ``## <Chinese topic>`` sections (6, 42, 100, 116, 137, 159,
181, 200, 217, 232, 245, 258).  Some papers have a Chinese ``###`` heading paraphrasing the title (8, 44, 69, 85,
118) or a plain Chinese sentence (141, 162, 184, 219) just before them.  Each paper:
- ``[n].<English title>`` (10, 28, 46, ... 260; n = 1..16, no space after the period),
- blank-separated rows ``作者 | <authors>``, ``单位 | <affiliations>`` and optionally ``代码 | <url>``,
  ``备注 | CVPR 2020 Oral``, ``解读 | <blog url>``, ``网站 | <url>``,
- a ``<div align=center><img ...></div>`` figure (3 lines).

Special cases:
- 164 is cut short by the list: ``[10].UnrealText: Synthesizing Realistic Scene Text Images From the Unreal ``
  (the last word "World" ended up at the start of the author row 166, ``WorldShangbang Long, Cong Yao``).  The
  title is taken as written, without the trailing space.
- No paper link, arXiv id or DOI is written anywhere; only code / blog links.

Decisions:
- Entry = each ``[n].`` paper block: first line = the ``[n].`` title line, last line = its last ``key | value`` row
  (before the figure).  The Chinese heading / sentence before a block is a paraphrase of the paper and the
  figure after it is an image; neither is in the span.  Title = the text after ``[n].``, stripped.
- The Chinese paraphrase headings are not titles (they translate / describe the paper); no entry is a heading.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "Charmve__awesome-scene-text-detection__STD-CVPR2020@57901c7.md"
PART = "wild60_development"

TITLE = re.compile(r"^\[(\d+)\]\.(.+)$")
ROW = re.compile(r"^\S+ \| ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        m = TITLE.match(lines[n - 1])
        if not m:
            n += 1
            continue
        last = n
        k = n + 1
        while k <= len(lines) and not lines[k - 1].startswith("<div") and not TITLE.match(lines[k - 1]):
            if ROW.match(lines[k - 1]):
                last = k
            k += 1
        papers.append(entry(lines, n, last, m.group(2).strip()))
        n = k
    by = {p["line"]: p for p in papers}
    assert len(papers) == 16, len(papers)
    assert sorted(by) == [10, 28, 46, 57, 71, 87, 103, 120, 143, 164, 186, 202, 221, 234, 247, 260], sorted(by)
    assert by[10]["title"] == "Deep Relational Reasoning Graph Network for Arbitrary Shape Text Detection"
    assert by[10]["end"] == 20, by[10]
    assert by[46]["end"] == 50, by[46]
    assert by[103]["title"] == (
        "OrigamiNet: Weakly-Supervised, Segmentation-Free, One-Step, Full Page Text Recognition by learning to unfold"
    )
    assert by[164]["title"] == "UnrealText: Synthesizing Realistic Scene Text Images From the Unreal", by[164]
    assert by[202]["end"] == 210, by[202]
    assert by[221]["title"] == (
        "Fast(er) Reconstruction of Shredded Text Documents via Self-Supervised Deep Asymmetric Metric Learning"
    )
    assert by[260]["title"] == "Sequential Motif Profiles and Topological Plots for Offline Signature Verification"
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '[n].<title>' block is one entry, from the '[n].' line to its last 'key | value' row"
        " (作者/单位/代码/备注/解读/网站), before the figure.  Title = the text after '[n].' as written (164 is"
        " truncated by the list: '... From the Unreal').  Chinese headings / sentences paraphrasing a paper and"
        " the figures are not entries and not in the spans.",
        checked="Read the whole file; compared the -v output with all 16 numbered blocks: titles, spans (rows"
        " 作者..解读/网站), the truncated title at 164, and that no arXiv id or DOI is written.",
    )


if __name__ == "__main__":
    main()
