"""Wild59 truth for nlpapereading/nlpapereading README.md at 194b79d (2022-09-23, the newest commit touching it):
the homepage of the NLP reading group of the Natural Language Computing group at Microsoft Research Asia, one
section per weekly meeting, newest first (09/23/2022 back to 9/10/2021).

Shape: 568 lines.  Intro, schedule, "What's in this Repo?" and a link to a separate reading list (1-14); "# Meetings"
(16) then one ``## MM/DD/YYYY`` heading per meeting (18-568).  A paper meeting is
``**Paper**: [Title](url)`` (one line), a blank line, ``**Abstract**`` and the abstract (sometimes on the same
line), then ``**Presenter**: Name [slides](...)``.  Other meetings are "skip ..." / "planning meeting" notes, two
invited talks (59, 231: ``**Invited Talk**: talk title``, bio, a ``**Blog Post**: [...]`` at 73) and one tutorial
(462: ``**Tutorial**: [Vector Quantised Variational Auto-Encoder](slides/...pptx)``).
Three meetings list further papers:
- 304-306 ``**Related Papers:**`` then a bare ``https://arxiv.org/abs/2109.09193`` (no title);
- 412-419 ``**References**`` of the wav2vec tutorial: ``[1] CPC: https://arxiv.org/abs/1807.03748 ,
  https://arxiv.org/abs/2002.02848 <br>`` and ``[2] wav2vec：https://arxiv.org/abs/1904.05862 <br>`` ... (model
  names, some with a full-width colon, no titles; [1] gives two papers);
- 466-473 ``**References** <br>`` of the VQ-VAE tutorial: ``[1] Neural Discrete Representation Learning
  https://arxiv.org/abs/1711.00937 <br>`` ... (numbered title + bare arXiv URL).

Special cases:
- 170 names two papers in one ``**Paper**:`` line: ``[MaskOCR: ...](arxiv 2206.00311) and [Language Matters:
  ...](arxiv 2203.03911)``: two entries on that line, each with its own arXiv id (set by hand).
- 362-363: the link text of BLIP is broken over two lines (``[BLIP: Bootstrapping Language-Image Pre-training for``
  / ``Unified Vision-Language Understanding and Generation](...)``): one entry spanning 362-363, title joined with
  a space.
- 313 links the title to the presenter's slides (a .pptx), not to the paper: still a paper entry, no id.
- Titles keep the file's capitals: "ROTOGRAD: GRADIENT HOMOGENIZATION IN MULTITASK LEARNING" (133), "REVISITING
  OVER-SMOOTHING IN BERT FROM THE PERSPECTIVE OF GRAPH" (325).
- 480 has a trailing space after the link.

Decisions:
- Entry = every paper linked on a ``**Paper**:`` line (40 entries on 39 lines), every reference line of the two
  tutorials' **References** lists (414: two papers, 415-419: one each, 467-473: one each) and the bare arXiv URL
  under **Related Papers** (306): 55 entries.
- Title = the link text (Paper lines) or the text between ``[n]`` and the URL (467-473).  The wav2vec reference
  lines (414-419) name only a model ("CPC", "wav2vec", "BigSSL" ...), not the paper's title, and 306 names
  nothing: title None for those 8 entries; each keeps its arXiv id.
- Invited talk titles, the blog post, the VQ-VAE tutorial title (a slide deck) and the reading-list link are not
  entries.
"""
import re

from _wild59 import arxiv_of, entry, read_lines, write_truth

NAME = "nlpapereading__nlpapereading__README@194b79d.md"
PART = "wild59_development"

LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)")
REF_TITLED = re.compile(r"^\[\d+\] (?P<title>.+?) (?P<url>https://arxiv\.org/abs/\S+) <br>$")
REF_NAMED = re.compile(r"^\[\d+\] [^:：\s]+[:：] ?https://")
ARXIV_URL = re.compile(r"https://arxiv\.org/abs/\S+")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if ln.startswith("**Paper**: "):
            text = ln
            last = n
            if "](" not in ln:  # link text broken over two lines (362-363)
                text = ln + " " + lines[n]
                last = n + 1
            for m in LINK.finditer(text):
                p = entry(lines, n, last, " ".join(m.group("title").split()))
                p["arxiv"] = arxiv_of(m.group("url"))
                papers.append(p)
            n = last
            continue
        if REF_NAMED.match(ln) or ln.strip() == "https://arxiv.org/abs/2109.09193":
            for u in ARXIV_URL.findall(ln):
                p = entry(lines, n, n, None)
                p["arxiv"] = arxiv_of(u)
                papers.append(p)
            continue
        m = REF_TITLED.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by_line: dict[int, list[dict]] = {}
    for p in papers:
        by_line.setdefault(p["line"], []).append(p)
    assert len(papers) == 55, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 8
    assert [p["title"] for p in by_line[170]] == [
        "MaskOCR: Text Recognition with Masked Encoder-Decoder Pretraining",
        "Language Matters: A Weakly Supervised Pre-training Approach for Scene Text Detection and Spotting",
    ]
    assert [p["arxiv"] for p in by_line[170]] == ["2206.00311", "2203.03911"]
    blip = by_line[362][0]
    assert blip["end"] == 363 and blip["arxiv"] == "2201.12086", blip
    assert blip["title"] == (
        "BLIP: Bootstrapping Language-Image Pre-training for Unified Vision-Language Understanding and Generation"
    ), blip
    assert by_line[20][0]["title"].startswith("CONFIT: Toward Faithful Dialogue Summarization"), by_line[20]
    assert by_line[20][0]["arxiv"] == "2112.08713"
    assert by_line[133][0]["title"] == "ROTOGRAD: GRADIENT HOMOGENIZATION IN MULTITASK LEARNING"
    assert by_line[313][0]["title"] == "Toward Robust VQA: Overcoming the Out-of-distribution Problem in VQA"
    assert by_line[313][0]["arxiv"] is None
    assert [p["arxiv"] for p in by_line[414]] == ["1807.03748", "2002.02848"]
    assert by_line[418][0]["title"] is None and by_line[418][0]["arxiv"] == "2109.13226"
    assert by_line[306][0]["title"] is None and by_line[306][0]["arxiv"] == "2109.09193"
    assert by_line[467][0]["title"] == "Neural Discrete Representation Learning", by_line[467]
    assert by_line[471][0]["title"] == "vq-wav2vec: Self-Supervised Learning of Discrete Speech Representations"
    assert by_line[558][0]["title"] == "Finetuned Language Models Are Zero-Shot Learners"
    assert not any(k in by_line for k in (59, 73, 231, 462))
    write_truth(
        NAME,
        PART,
        papers,
        method="Entry = every paper linked on a '**Paper**: [Title](url)' meeting line (40 on 39 lines; 170 names"
        " two, 362-363 is one link broken over two lines), every line of the two tutorials' **References** lists"
        " (414 has two arXiv links, 415-419 and 467-473 one each) and the bare arXiv URL under **Related Papers**"
        " (306): 55 entries.  Title = the link text, or the text between [n] and the URL (467-473); the wav2vec"
        " references (414-419) give only model names and 306 gives nothing, so their title is None.  Invited"
        " talks, the blog post, the VQ-VAE tutorial (slides) and skip notes are not entries.  arXiv ids are taken"
        " per link.",
        checked="Read the whole file; compared the -v output with every meeting section, the two-paper line 170,"
        " the broken link 362-363, the slides-only link 313, the three reference/related blocks (306, 414-419,"
        " 467-473) with their arXiv ids, and that the invited talks, blog post and tutorial title are absent.",
    )


if __name__ == "__main__":
    main()
