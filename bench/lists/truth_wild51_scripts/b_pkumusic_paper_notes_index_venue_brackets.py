"""Wild51 truth for pkumusic/Paper-Notes README.md: the index of one person's (Music Li's) paper notes on deep
learning, RL, CV and NLP, newest commit fbc0574 (2021-09-15); 37 lines, 3.5 KB.

Shape: ``# Paper Notes`` (1), a one-line description (2), then ``#`` topic headings (Transformers 4, GANs 9, Deep
Reinforcement Learning 15, CNNs 21, RNNs 24, Question Answering 28, Computer Vision 31, Machine Translation 36) over
``* `` bullets, one paper each.  A bullet is either ``[Title](link to the author's own review .md)`` followed by a
double-bracketed venue link ``[[ICLR'2017]](https://arxiv.org/abs/...)``, or, when no note was written yet, the bare
title followed by the venue link (``* Wasserstein GAN [[arXiv'2017]](...)`` 12-13, 17).

Special cases:
- 19 ``[Value Iteration Networks]()``: an empty link; the title is still there.
- 33 ``[Deep Convolutional Inverse Graphics Network] (url)``: the space breaks the Markdown link; same title rule.
- 22 a comma before the venue link (``...md), [[arXiv'2016]](...)``); 34 and 37 no space before it.
- 37 the venue bracket is ``[[20]]`` (a year cut to two digits).
- 16 the venue link goes to a DeepMind blog page, not arXiv: no id; 12 and 34 link Duke / tamaraberg.com PDFs.
- The note links point to either ``pkumusic/Paper-Reviews`` or ``pkumusic/Paper-Notes`` (the repository's old and new
  names); irrelevant to entries.

Decisions:
- Entry = every ``* `` bullet (18); title = the text in the first ``[...]`` when the bullet opens with ``[``, else
  the text before `` [[``.  The ``[[venue'year]]`` tag is not title text.
- Ids come from the venue link (arXiv) of the bullet's line only.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "pkumusic__Paper-Notes__README@fbc0574.md"
PART = "wild51_development"

LINKED = re.compile(r"^\* \[(?P<title>[^\]]+)\]\s?\(")
BARE = re.compile(r"^\* (?P<title>[^\[]+?) \[\[")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Paper Notes"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = LINKED.match(ln) or BARE.match(ln)
        assert m, (n, ln)
        assert "[[" in ln, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[6]["title"], t[6]["arxiv"]) == ("Attention is all you need", "1706.03762"), t[6]
    assert (t[12]["title"], t[12]["arxiv"]) == ("Generating Text via Adversarial Training", None), t[12]
    assert (t[16]["title"], t[16]["arxiv"]) == ("Reinforcement learning with unsupervised auxiliary tasks", None), t[16]
    assert (t[19]["title"], t[19]["arxiv"]) == ("Value Iteration Networks", "1602.02867"), t[19]
    assert (t[33]["title"], t[33]["arxiv"]) == ("Deep Convolutional Inverse Graphics Network", "1503.03167"), t[33]
    assert (t[37]["title"], t[37]["arxiv"]) == (
        "Unsupervised Quality Estimation for Neural Machine Translation", "2005.10608"), t[37]
    assert len(papers) == 18, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet under the 8 topic headings is one paper (18); title = the first [...] text when the bullet"
        " opens with a link to the author's review note (including the empty link '[Value Iteration Networks]()' 19"
        " and the space-broken link 33), else the bare text before the '[[venue'year]]' venue link; the venue tag is"
        " not title text; the description line and headings are not entries.",
        "Read all 37 lines; compared -v for all 18 bullets: linked titles, bare titles 12/13/17, empty link 19, broken"
        " link 33, comma/no-space before the venue (22, 34, 37), the '[[20]]' venue 37; ids: arXiv from venue links,"
        " none for the DeepMind blog link 16, the Duke PDF 12, the NIPS page 32 or the tamaraberg PDF 34.",
    )


if __name__ == "__main__":
    main()
