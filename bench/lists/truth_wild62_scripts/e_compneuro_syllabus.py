"""Wild62 truth for khakhalin/Teaching Computational_Neuro/computational_neuro_2021.md at 14b2a02: the syllabus of a
Bard College course "(Topics in) Computational Neuroscience 2021" (deep learning vs. the brain), with week-by-week
readings, class plans, and leftover "considered" papers.

Shape: 643 lines.  Course text, logistics and grading (1-129, no references); a "Course at a glance" table of week
topics (135-152, no papers) and a to-do note ``? That paper about error signal in the cortex? (Gillon 2021)``
(154); ``# Detailed Weekly Schedule`` (156) with sections ``## 1.`` .. ``## 13.`` (158-564), each mixing videos,
web links, class plans and papers; ``# Topics that were considered, but didn't make it`` (566-601) and
``# Other Cool papers`` (603-643).

Citation styles vary: APA bullets ``* Yamins, D. L., & DiCarlo, J. J. (2016). <title>. <journal> ... <url>``
(319-330, 353, 400-435, 590, 597, 601), APA paragraphs without bullet (339, 341, 572, 605-624, 640, 643), a
Nature-style ``Yamins, D. L. K. et al. <title>. <journal> (2014)`` (331), title-first
``🟢 Deep Neural Networks as Scientific Models (2020). <authors>. <journal>`` (390), MLA-ish with the title in
double quotes (418, 457), ``<authors> (2020) <title>`` with no period after the year (593, 632), a bare title line
followed by an author line and URL (627-629), and a citation inside parentheses in prose:
``The original paper that introduced attention (Vaswani, A., ... (2017). Attention is all you need. arXiv preprint
arXiv:1706.03762., 20k citations in 4 years): <url>`` (512).  Emoji markers (🟢 🔥 💎 🔵 ⚪ 🔴 ⚫) prefix some items.

Special cases:
- Repeated papers are separate entries: Lillicrap & Kording 2019 (408 inside a class plan, and 455), Pospisil et
  al. 2018 (330 ``'Artiphysiology' reveals``, 601 written ``'Artiphysiology'reveals`` without a space; each title
  as written).
- Titles ending in ``?`` followed by ``.`` (408, 455: ``...a neural network?.``) keep the ``?``; 531's title holds
  curly quotes (``Moving beyond “algorithmic bias is a data problem”``), kept.
- 521 ``The original GPT-2 paper: <url>`` names a paper but not its title: entry with title None.
- Entry spans: a bullet plus its indented continuation text (357-359 tweetstorm line, 387-388, 390-392, 455-456,
  457-458, 593-595), or an unbulleted paragraph of consecutive lines (572-573, 583-584, 607-608, 610-612, 614-615,
  617-619, 621-622, 624-625, 627-630, 632-635, 640-641).  Nested sub-bullets under 457 (the four bare Distill URLs
  459-463) are not part of it.

Decisions (not entries):
- Videos, courses, textbooks, Wikipedia/Scholarpedia, blog posts and tweets throughout; the EU regulation draft
  (529); The Gradient essays of Marcus (506-507) and Yuille & Liu (596, a magazine essay, not a paper); the Google AI
  blog post ``Introducing Dreamer ... (2020)`` (637) listed under "Other Cool papers" (a blog title, not a paper);
  bare URLs without titles (460-463 Distill examples, 477 Hardware Lottery site, 520 CACM article, 570 blog); the
  to-do note 154 (no title).
- Included: the Distill thread ``"Thread: Circuits"`` (457, a journal publication); the PNAS title line 583 (no
  authors, title then URL).

Entries: 42.  Title = the paper title as written (without authors, year, venue, quotes or final period).  The
script holds the hand-checked spans and titles, asserts each title occurs in its span, and cross-checks with a
citation regex that every citation-looking line is inside an entry or in the exclusion list.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "khakhalin__Teaching__Computational_Neuro__computational_neuro_2021@14b2a02.md"
PART = "wild62_held_out"

ENTRIES = [
    (319, 319, "Using goal-driven deep learning models to understand sensory cortex"),
    (323, 323, "The unreasonable effectiveness of deep features as a perceptual metric"),
    (324, 324, "Neural population control via deep image synthesis"),
    (328, 328, "Deep supervised, but not unsupervised, models may explain IT cortical representation"),
    (330, 330, "'Artiphysiology' reveals V4-like shape tuning in a deep network trained for image classification"),
    (331, 331, "Performance-optimized hierarchical models predict neural responses in higher visual cortex"),
    (339, 339, "A critique of pure learning and what artificial neural networks can learn from animal brains"),
    (341, 341, "Engineering a less artificial intelligence"),
    (353, 353, "Backpropagation and the brain"),
    (357, 359, "Learning from unexpected events in the neocortical microcircuit"),
    (387, 388, "A deep learning framework for neuroscience"),
    (390, 392, "Deep Neural Networks as Scientific Models"),
    (400, 400, "Toward an integration of deep learning and neuroscience"),
    (402, 402, "Neuroscience-inspired artificial intelligence"),
    (408, 408, "What does it mean to understand a neural network?"),
    (416, 416, "Can Single Neurons Solve MNIST? The Computational Power of Biological Dendritic Trees"),
    (418, 418, "Single Cortical Neurons as Deep Artificial Neural Networks"),
    (427, 427, "Visualizing a joint future of neuroscience and neuromorphic engineering"),
    (431, 431, "A mini review of neuromorphic architectures and implementations"),
    (435, 435, "Large-scale neuromorphic computing systems"),
    (455, 456, "What does it mean to understand a neural network?"),
    (457, 458, "Thread: Circuits"),
    (512, 512, "Attention is all you need"),
    (521, 521, None),
    (531, 531, "Moving beyond “algorithmic bias is a data problem”"),
    (572, 573, "World models"),
    (583, 584, "An ecologically motivated image dataset for deep learning yields better models of human vision"),
    (590, 591, "Wiring Up Vision: Minimizing Supervised Synaptic Updates Needed to Produce a Primate Ventral Stream"),
    (593, 595, ("Limited correspondence in visual representation between the human brain and convolutional"
                " neural networks")),
    (597, 597, "Goal-Driven Recurrent Neural Network Models of the Ventral Visual Stream"),
    (601, 601, "'Artiphysiology'reveals V4-like shape tuning in a deep network trained for image classification"),
    (605, 605, "Towards deep learning with segregated dendrites"),
    (607, 608, "Neural heterogeneity promotes robust learning"),
    (610, 612, "Direct Fit to Nature: An Evolutionary Perspective on Biological and Artificial Neural Networks"),
    (614, 615, "Fundamental bounds on learning performance in neural circuits"),
    (617, 619, "Beyond molecular codes: simple rules to wire complex brains"),
    (621, 622, "Patterns across multiple memories are identified over time"),
    (624, 625, ("Preference distributions of primary motor cortex neurons reflect control solutions optimized"
                " for limb biomechanics")),
    (627, 630, "Deep neuroethology of a virtual rodent"),
    (632, 635, "Neuroevolution of Self-Interpretable Agents"),
    (640, 641, "Learning from brains how to regularize machines"),
    (643, 643, "Hierarchical motor control in mammals and machines"),
]
# citation-looking lines that are not (part of) entries
NOT_ENTRIES = {637}
CITE = re.compile(r"\((19|20)\d{2}[a-z]?\)|et al|arxiv\.org|biorxiv|doi\.org|\d{4}\. [A-Z]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    covered = set()
    for first, last, title in ENTRIES:
        span = " ".join(lines[first - 1:last])
        assert title is None or title in span, (first, title)
        papers.append(entry(lines, first, last, title))
        covered.update(range(first, last + 1))
    for n, ln in enumerate(lines, 1):
        if CITE.search(ln):
            assert n in covered or n in NOT_ENTRIES, (n, ln[:80])
    assert len(papers) == 42, len(papers)
    on = {p["line"]: p for p in papers}
    assert on[512]["arxiv"] == "1706.03762", on[512]
    assert on[408]["arxiv"] == "1907.06374" and on[455]["arxiv"] == "1907.06374", (on[408], on[455])
    assert on[357]["doi"] == "10.1101/2021.01.15.426915", on[357]
    assert on[572]["arxiv"] == "1803.10122", on[572]
    assert on[627]["arxiv"] == "1911.09451" and on[632]["arxiv"] == "2003.08165", (on[627], on[632])
    assert on[521]["title"] is None
    for n in (154, 457 + 3, 506, 529, 596, 637):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each cited research paper in the syllabus is one entry (42): APA bullets and paragraphs, a"
        " Nature-style reference, title-first and MLA-ish quoted references, '<authors> (year) <title>' lines, a bare"
        " title line followed by authors and URL, and one citation embedded in parentheses in prose (512).  Span ="
        " the bullet plus its indented continuation text, or the unbulleted paragraph.  Repeated papers (408/455,"
        " 330/601) are separate entries.  Title = the title as written, without authors, year, venue, quotes or final"
        " period; 521 'The original GPT-2 paper: <url>' has no title (None).  Videos, courses, blogs, tweets, The"
        " Gradient essays (506-507, 596), the Google AI blog post on Dreamer (637), the EU draft (529), bare URLs"
        " without titles (460-463, 477, 520, 570) and the to-do note (154) are not entries.",
        checked="Read the whole file line by line (1-643); compared the -v output with every reference in sections"
        " 5-13, 'Topics that were considered' and 'Other Cool papers': titles in each citation style, the repeated"
        " Lillicrap & Kording and Pospisil entries, the '?.' endings, curly quotes on 531, arXiv/bioRxiv ids, and"
        " that the non-paper links are absent.",
    )


if __name__ == "__main__":
    main()
