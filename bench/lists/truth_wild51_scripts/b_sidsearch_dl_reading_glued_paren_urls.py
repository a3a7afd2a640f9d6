"""Wild51 truth for sidsearch/DeepLearningReading README.md: one person's deep-learning reading list (2017-2018),
newest commit af81da1 (2018-06-01); 64 lines, 3.7 KB.

Shape: ``# Deep Learning Reading`` (1), then ``#``/``##`` topic headings (General 3, Computer Vision 8, Conv net
Visualization 12, Natural Language Processing 16, Deep Reinforcement Learning 18 (empty), Visual question answering
21, Interpretable learning 24, ``# Generative Modeling`` 28, GAN Papers 36, Variational Autoencoder 48, Autoregreesive
Models 54, RNN 58, Interpretability 62) and ``* `` bullets, one paper each, written by hand in three link styles:
- the URL in bare parentheses glued to the title or after a space: ``* Dynamic Routing Between Capsules(https://...)``
  (4, 9-10, 22, 29-34, 49-52);
- a Markdown label link after the title: ``[arXiv](url)``, ``[Paper](url)``, ``[Paper] (url)`` (37-42);
- the URL in square brackets with no label: ``* Geometric GAN [https://arxiv.org/abs/1705.02894]`` (43-46, 55-64),
  once followed by ``[code](github)`` (60).
Two bullets carry authors after the title, split by ``. `` (5 ``An Information-Theoretic View for Deep Learning.
Jingwei Zhang, ...``, 17 ``Seq2Seq-Vis: ... Models. Hendrik Strobelt, ...``); two bullets have no link at all (13, 25).

Special cases:
- 4 the arXiv id is cut short in the file (``1710.0982``, the real id is 1710.09829); kept as the file has it.
- 32 ``NIPS 2016 Tutorial: Generative Adversarial Networks`` is an arXiv tutorial report: counted as a research work.
- Typos kept: ``Classifiction`` 13, ``Varitional`` 51, upper-case ``beta-TCVAE: ISOLATING SOURCES ...`` 52.

Decisions:
- Entry = every ``* `` bullet (34; all name a paper); title = the text before the first ``(``, `` [`` or
  ``[``, with a trailing author list (``. Name Surname, ...``) dropped on 5 and 17.
- Headings (including the empty Deep Reinforcement Learning section) are not entries.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "sidsearch__DeepLearningReading__README@af81da1.md"
PART = "wild51_development"

BULLET = re.compile(r"^\* (?P<body>.+)$")
CUT = re.compile(r"\s*(?:\(|\[)")
AUTHORS = re.compile(r"\. [A-Z][a-z]+ [A-Z][a-z]+,.*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Deep Learning Reading"
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            assert not ln.startswith(("*", "-")), (n, ln)
            continue
        body = m.group("body")
        c = CUT.search(body)
        title = body[: c.start()] if c else body
        title = AUTHORS.sub("", title).strip()
        assert title and not re.search(r"[\[\]()*`]|http", title), (n, title)
        papers.append(entry(lines, n, n, title))
    t = {p["line"]: p for p in papers}
    assert t[4]["title"] == "Dynamic Routing Between Capsules", t[4]
    assert (t[5]["title"], t[5]["arxiv"]) == ("An Information-Theoretic View for Deep Learning", "1804.09060"), t[5]
    assert t[13]["title"].endswith("Classifiction Models and Saliency Maps") and t[13]["arxiv"] is None, t[13]
    assert t[17]["title"] == "Seq2Seq-Vis: A Visual Debugging Tool for Sequence-to-Sequence Models", t[17]
    assert (t[37]["title"], t[37]["arxiv"]) == ("Generative Adversarial Networks", None), t[37]
    assert (t[46]["title"], t[46]["arxiv"]) == ("Geometric GAN", "1705.02894"), t[46]
    assert t[51]["title"] == "beta-VAE: Learning Basic visual concepts with constrained Varitional Framework", t[51]
    assert (t[60]["title"], t[60]["arxiv"]) == ("Quasi-Recurrent Neural Networks", "1611.01576"), t[60]
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet is one paper (34, lines 4-64 under 13 topic headings, one heading empty); title = the"
        " bullet text before the first '(' or '[' (glued '(url)', label links '[arXiv](url)'/'[Paper] (url)', bare"
        " '[url]'), a trailing '. Author, Author' list dropped on 5 and 17; the arXiv tutorial report (32) counts;"
        " headings are not entries.",
        "Read all 64 lines; compared -v for all 34 bullets: glued '(url)' titles (4, 9-10, 51-52), label links 37-42,"
        " bare bracket URLs 43-46/55-64 and the extra [code] link 60, author lists cut on 5/17, link-less bullets"
        " 13/25 (no ids), typos kept (Classifiction 13, Varitional 51), upper-case title 52; ids: arXiv abs/pdf"
        " links, the truncated '1710.0982' on 4 left as the file has it, none from NIPS/semanticscholar/openreview.",
    )


if __name__ == "__main__":
    main()
