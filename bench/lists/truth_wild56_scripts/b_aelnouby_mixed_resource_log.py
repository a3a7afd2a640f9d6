"""Wild56 truth for aelnouby/Readings-Summaries README.md: "Resources", a researcher's personal running list of things
read (papers mixed with blog posts, lecture notes, slides, courses and talks), newest commit touching the file
(6ea4447, 2020-06-14).

Shape: 182 lines, 8 KB, plain ASCII.  ``# Resources`` (1), ``###``/``##`` topic headings (Insightful papers 2,
Representation Learning 14, Math ideas 30, Information Theory 60, Optimization 78, Machine Learning 91, MetaLearning
133, Computer Vision 137, Reinforcement Learning 144, Talks 150, Practical 159, Technical Writing 172, General 180),
each followed by ``+`` bullets of the form ``+ Label URL`` or ``+ Label: URL`` or ``+ Label, URL`` -- a bare URL, no
Markdown link syntax -- where the label is a paper title, a nickname (``KFAC``, ``MMD``, ``ICA``) or a topic
(``Compression``, ``Blog post``), sometimes with several comma-separated URLs.

Special cases:
- Only items whose link is a research publication are papers: arXiv / OpenReview / NIPS proceedings / journal
  (royalsocietypublishing, JMLR, Elsevier) articles, technical reports (18 TR1312, 89 Shewchuk's CMU report) and the
  book chapters 16 and 22 (LeCun's site).  Blog posts, lecture/class notes (32-36, 44, 62, 70, 80, 95, 129-131),
  slides (42, 46, 97, 121, 125, 161), courses, talks, YouTube, code and the Gaussian-process line 99 (Distill
  explainer + textbook chapter + code) are not papers.
- Nickname labels are the title as the file writes it: 22 ``Tutorial on EBMs``, 38 ``ICA`` (arXiv 1404.2986), 40
  ``PCA`` (1404.1100), 74 ``Mutual Information Estimation`` (cond-mat/0305641), 85 ``KFAC``, 107 ``MMD`` (JMLR),
  111 ``Neural ODEs`` (arXiv + an acolyer blog link), 119 ``Geometric Deep Learning``.
- 50 ``+ Integral probablity metrics https://arxiv.org/pdf/0901.2698.pdf, https://sci-hub.tw/10.2307/1428011`` links
  two different papers: two entries on the same line; the label is the first link's title, the second (DOI
  10.2307/1428011) names no title (None).  Their ids are set by hand so each entry keeps its own.
- 139 ``+ Optical Flow: <blog URL>, <reader.elsevier.com article URL>``: the label is a topic and the first link a blog
  post; the Elsevier journal article is an entry with no title (None).
- 87 ``Stien Variational Gradient Descent (SVGD) <pdf>, <arXiv>``: one paper (two links), the acronym gloss
  ``(SVGD)`` is not part of the title.  6 ``... distributedrepresentations (Hinton 1997) <url>``: the author/year is
  not part of the title.  Typos are kept: 6 ``distributedrepresentations``, 83 ``dentifying ... pointproblem``; 66's
  doubled spaces ``Deep  Learning  and  the ...`` are collapsed by the entry helper.
- Trailing ``:`` / ``,`` before the URL are not part of the title (4, 18).

Decisions:
- Entry = each ``+`` bullet that links a research publication (28 entries on 27 lines); title = the label before the
  first URL, without a trailing ``:``/``,``, the parenthesised gloss at 87 or the author/year at 6; None for the
  second paper at 50 and the article at 139.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "aelnouby__Readings-Summaries__README@6ea4447.md"
PART = "wild56_development"

ITEM = re.compile(r"^\+ (?P<label>.*?)[\s:,]*https?://")
PAPER_LINES = [4, 6, 8, 10, 12, 16, 18, 20, 22, 26, 38, 40, 50, 52, 64, 66, 68, 74, 83, 85, 87, 89, 107, 111, 115,
               119, 139]
UNTITLED = {139}
STRIP = {6: " (Hinton 1997)", 87: " (SVGD)"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in PAPER_LINES:
        m = ITEM.match(lines[n - 1])
        assert m, (n, lines[n - 1])
        title = m.group("label")
        if n in STRIP:
            assert title.endswith(STRIP[n]), (n, title)
            title = title[: -len(STRIP[n])]
        p = entry(lines, n, n, None if n in UNTITLED else title)
        if n == 50:
            p["arxiv"], p["doi"] = "0901.2698", None
            papers.append(p)
            p = entry(lines, n, n, None)
            p["arxiv"], p["doi"] = None, "10.2307/1428011"
        papers.append(p)
    # every other '+' bullet with a URL is a non-paper resource
    others = [n for n, ln in enumerate(lines, 1) if ITEM.match(ln) and n not in PAPER_LINES]
    assert len(others) == 52, len(others)
    by = {(p["line"], p["title"]): p for p in papers}
    assert len(papers) == 28, len(papers)
    assert by[(4, "How Does Batch Normalization Help Optimization?")]["arxiv"] == "1805.11604"
    assert by[(6, "Generative models for discovering sparse distributedrepresentations")]["doi"] == (
        "10.1098/rstb.1997.0101"
    )
    assert (12, "Second Order Properties of Error Surfaces : Learning Time and Generalization") in by
    assert (18, "Learning Deep Architectures for AI") in by
    assert by[(38, "ICA")]["arxiv"] == "1404.2986"
    assert by[(50, "Integral probablity metrics")]["arxiv"] == "0901.2698"
    assert by[(50, None)]["doi"] == "10.2307/1428011"
    assert (66, "Deep Learning and the Information Bottleneck Principle") in by
    assert by[(74, "Mutual Information Estimation")]["arxiv"] == "cond-mat/0305641"
    assert (83, "dentifying and attacking the saddle pointproblem in high-dimensional non-convex optimization") in by
    assert by[(87, "Stien Variational Gradient Descent")]["arxiv"] == "1608.04471"
    assert by[(111, "Neural ODEs")]["arxiv"] == "1806.07366"
    assert (139, None) in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Entry = each '+ Label URL' bullet whose link is a research publication (arXiv/OpenReview/proceedings/"
        "journal article, technical report, book chapter); blog posts, notes, slides, courses, talks, code and the"
        " Distill/textbook line 99 are not papers.  Title = the label before the first URL (nicknames such as KFAC,"
        " MMD, ICA kept as written; trailing ':'/',', 87's '(SVGD)' and 6's '(Hinton 1997)' dropped).  Line 50 links"
        " two papers: two entries, the second (DOI 10.2307/1428011) untitled; 139's Elsevier article after a blog"
        " link is untitled.  Ids on line 50 are set by hand per entry.",
        checked="Read all 182 lines and classified every '+' bullet (28 paper entries, 52 non-paper resources);"
        " compared the -v titles with the labels, the arXiv ids (incl. old-style cond-mat/0305641) and the DOIs"
        " from the royalsocietypublishing and sci-hub URLs.",
    )


if __name__ == "__main__":
    main()
