"""Wild43 truth for fukuta0614/rindoku active.md (newest commit 9b0f425, 2021-07-13): a Japanese graduate student's
research notes on active learning, kept beside the slides of a lab reading seminar (輪読, rindoku), 404 lines.

Shape: no title; plain-text labels ``My Idea`` / ``Experiment`` / ``Survey`` (1-27) with idea bullets and an
accuracy log (20-24).  The Survey block (27-66) is label-plus-URL pairs separated by blank lines: a label line in
English or Japanese, then bare URLs.  ``# Active Learning教科書`` (83-143) is a summary of a textbook (concept
bullets, A-/D-/E-optimality, a matrix-identities PDF in a note).  Then paper notes in three forms: ``#`` or ``##``
headings naming a paper, followed by a bare arXiv/OpenReview/Springer URL, a dataset line ``(MNIST + USPS)`` and
Japanese/English note bullets, with ``## 背景`` / ``## 提案手法`` sub-heads inside (178-308); plain bullets naming a
paper, some with a URL and notes on the following unindented lines (151-163, 314-334); and a ``# Related work
(その他）`` part (337-397) of ``##`` topic heads and bullets copied from reference lists (``Title,” in ECCV, 2014``
with the closing quote of an IEEE citation left behind, ``M. Hasan and A. K. Roy-Chowdhury. Title. ICCV IEEE, 2015``,
``X. Li and Y. Guo, “Title,” in CVPR, 2013``).  Plain labels ``ICML 2017`` (236), ``CVPR 2017`` (273) and ``Deep ×
Active`` (311) group the notes.  Some papers are named inside another paper's notes as related work: 190 ``- BALD
Bayesian active learning for classification ´ and preference learning (関連論文)`` (the stray ``´`` copied from a
PDF), 249 (under ``- non-para active``), 259 ``- 関連# Active One-shot Learning <arXiv url>`` (関連 = related) with
its own sub-bullets, and 282-283 under ``- 発想近い`` ("similar idea").

Entries (58): every heading, bullet or label line whose subject is one paper, survey or monograph chapter of the
field (list below).  Not entries: the ICML 2009 tutorial slides (30-31), the Japanese blog translation (38-40),
the three lecture PDFs (47-50), the textbook heading 83 and its notes, the matrix-identities note PDF inside a note
(143), idea/experiment/application bullets, 261 (a sentence inside a note saying the paper is close to "One-shot
learning with memory-augmented neural networks": running prose), the group labels and topic heads, 164 (a comment
on the list above it).  A paper listed twice (``Context aware active learning of activity recognition models``,
282 and 354) is two entries.

Spans: a heading entry runs from the heading to the last non-blank line before the next entry, group label or
heading of its level (its ``##`` sub-heads and notes included); a nested related-paper entry is its bullet and its
own deeper sub-bullets (259-263), and the parent ends before it (178-187, 243-248, 256-258, 274-281; 193-196, notes
of 178 after the nested 190, belong to no entry).  A bullet entry spans its own line, its sub-bullets and the
unindented note/URL lines under it up to the next bullet or blank-line gap.

Titles: the heading or bullet text up to the venue, citation separator or URL: the closing ``,”`` / ``.`` of
copied citations, ``in ECCV, 2014`` / ``IEEE Trans.`` / ``cvpr`` venues, authors (282, 357, 373 ``Ajay J.
Joshi∗ ©2009``), the ``BALD`` nickname and ``(関連論文)`` (190), the ``関連#`` prefix (259) and the trailing footnote
mark ``∗`` (286) are dropped; the stray ``´`` (190), all-caps (298), ``sub modular`` (152) and the ``Top-KK`` typo
(266) are kept.  The Survey labels are titles when they are the work's title written in lower case (43 ``theory of
active learning``, 57, 61) or as is (65); ``2009 settle’s survey`` (34, Settles' Active Learning Literature Survey)
and ``agnostic active`` (53, for "Agnostic Active Learning") are labels: null; ``# CEAL`` (201) is a nickname: null.
Ids: arXiv from the pdf URLs (178, 201, 237, 243, 259, 392), the DOI from the Springer ``content/pdf/10.1007%2F...``
URL (225); the CiteSeerX ``doi=10.1.1...`` parameter (315) is not a DOI.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "fukuta0614__rindoku__active@9b0f425.md"
PART = "wild43_development"

# (first line, last line, title or None)
ENTRIES = [
    (34, 35, None),
    (43, 44, "theory of active learning"),
    (53, 54, None),
    (57, 58, "importance weighted active learning"),
    (61, 62, "hierarchical sampling for active learning"),
    (65, 66, "Theory of Disagreement-Based Active Learning"),
    (151, 151, "Adaptive Submodularity: Theory and Applications in Active Learning and Stochastic Optimisation"),
    (152, 153, "Near-optimal batch mode active learning and adaptive sub modular optimisation"),
    (156, 157, "Adaptive submodular optimization under matroid constraints"),
    (160, 160, "Interactive Submodular Set Cover"),
    (161, 161, "Near-Optimal Bayesian Active Learning with Noisy Observations"),
    (162, 162, "Agnostic Active Learning Without Constraints"),
    (163, 163, "Statistical Active Learning Algorithms"),
    (167, 175, "Scalable Histopathological Image Analysis via Active Learning"),
    (178, 187, "Deep Bayesian Active Learning with Image Data"),
    (190, 190, "Bayesian active learning for classification ´ and preference learning"),
    (201, 220, None),
    (225, 226, "Single-pass active learning with conflict and ignorance"),
    (229, 231, "Unbiased online active learning in data streams"),
    (237, 240, "Active Learning for Cost-Sensitive Classification"),
    (243, 248, "Diameter-Based Active Learning"),
    (249, 249, "An efficient graph based active learning algorithm with application to nonparametric classification"),
    (252, 253, "Active Learning for Accurate Estimation of Linear Models"),
    (256, 258, "Learning Algorithms for Active Learning"),
    (259, 263, "Active One-shot Learning"),
    (266, 266, "Active Learning for Top-KK Rank Aggregation from Noisy Comparisons"),
    (267, 268, "Just Sort It! A Simple and Effective Approach to Active Preference Learning"),
    (274, 281, "Non-Uniform Subset Selection for Active Learning in Structured Data"),
    (282, 282, "Context aware active learning of activity recognition models"),
    (283, 283, "Link-based active learning"),
    (286, 295, "Fine-tuning Convolutional Neural Networks for Biomedical Image Analysis: Actively and Incrementally"),
    (298, 303, "INTRODUCING ACTIVE LEARNING FOR CNN UNDER THE LIGHT OF VARIATIONAL INFERENCE"),
    (306, 308, "Large-scale Active Learning with Approximations of Expected Model Output Changes"),
    (314, 316, "Active Deep Networks for Semi-Supervised Sentiment Classification"),
    (319, 323, "A new active labeling method for deep learning"),
    (326, 329, "Active learning for hyperspectral image classification with a stacked autoencoders based neural network"),
    (332, 332, "Deep learning approach for active classification of electrocardiogram signals"),
    (333, 334, "Captcha recognition with active deep learning"),
    (341, 341, "A novel active learning method in relevance feedback for content-based remote sensing image"),
    (342, 342, "Active learning for ranking through expected loss optimization"),
    (343, 343, "A convex optimization framework for active learning"),
    (347, 347, "Multi-level adaptive active learning for scene classification"),
    (348, 348, "Multilabel image classification via high-order label correlation driven active learning"),
    (351, 351, "Active learning for semantic segmentation with expected change"),
    (354, 354, "Context aware active learning of activity recognition models"),
    (357, 358, "Adaptive active learning for image classification"),
    (361, 363, "Entropy-Based Active Learning for Object Recognition"),
    (366, 366, "Robust multi-label image classification with semi-supervised learning and active learning"),
    (369, 370, "Scalable active learning for multiclass image classification"),
    (373, 376, "Multi-Class Active Learning for Image Classification"),
    (380, 380, "Self-paced curriculum learning"),
    (381, 381, "Self-paced learning for matrix factorization"),
    (382, 382, "Easy samples first: Self-paced reranking for zero-example multimedia search"),
    (383, 383, "Self-paced learning with diversity"),
    (387, 387, "Self-paced learning for latent variable models"),
    (388, 388, "Curriculum learning"),
    (392, 393, "Probabilistic Backpropagation for Scalable Learning of Bayesian Neural Networks"),
    (397, 397, "Are all training examples equally valuable?"),
]
NOT_ENTRIES = {30, 31, 38, 39, 40, 47, 48, 49, 50, 83, 143, 164, 261}
IDS = {178: "1703.02910", 201: "1701.03551", 237: "1703.01014", 243: "1702.08553", 259: "1702.06559",
       392: "1502.05336"}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 405 and lines[-1] == ""
    papers = []
    prev_end = 0
    for first, last, title in ENTRIES:
        assert first > prev_end and last >= first, (first, last)
        assert lines[first - 1].strip() and lines[last - 1].strip(), (first, last)
        assert first not in NOT_ENTRIES, first
        if title is not None:
            assert title in lines[first - 1], (first, title)
        papers.append(entry(lines, first, last, title))
        prev_end = last
    got = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert got == IDS, got
    dois = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert dois == {225: "10.1007/s12530-012-9060-7"}, dois
    # every '#'/'##' heading that names a paper is an entry's first line; the others are topic heads
    heads = {n for n, ln in enumerate(lines, 1) if ln.startswith("#")}
    starts = {p["line"] for p in papers}
    assert heads - starts == {83, 148, 183, 204, 217, 337, 340, 346, 379, 386, 391, 396}, sorted(heads - starts)
    assert not NOT_ENTRIES - {261} & set().union(*(range(p['line'], p['end'] + 1) for p in papers))
    assert len(papers) == 58, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every heading, bullet or Survey label whose subject is one paper, survey or monograph is an entry (58),"
        " related papers named as bullets inside another paper's notes included (190, 249, 259, 282, 283);"
        " tutorials, lectures, a blog translation, the textbook notes, a note PDF and prose mentions are not;"
        " title = the text before venue/authors/citation separator/URL (nickname, 関連# prefix, footnote mark"
        " dropped), null for the labels 34/53 and the nickname heading CEAL 201; spans stop before a nested"
        " related-paper entry.",
        "Whole 404-line file read line by line against the -v output: each of the 58 spans and titles, the 13"
        " non-entries listed in NOT_ENTRIES, the 12 topic headings, the copied-citation tails (342-348, 357, 366,"
        " 369, 380-388), the author-first 282 and 373, the nested related entries and where their parents end"
        " (187, 248, 258, 281), the repeat 282/354, the six arXiv ids from pdf URLs and the Springer DOI 225, the"
        " CiteSeerX doi= parameter 315 read as no DOI.",
    )


if __name__ == "__main__":
    main()
