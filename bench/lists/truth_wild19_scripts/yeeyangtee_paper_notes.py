"""Wild19 truth for yeeyangtee/paper-notes README.md: one person's index of the papers they read, each
linking their notes file, with a self-rated score '(1)'..'(5)' of how deeply it was read.

Shape: a TOC of '#' anchors (not entries) and a one-line 'Formatting guide' bullet (not an entry), then
'# Topic' and '## Year' headings over '- ' bullets written
'[Name or Title](notes.md)[: rest of title], [Venue](paper url) year (score)'.  The link text is often
only the first words of the title ('[Few-Shot](..) Unsupervised Image-to-Image Translation', '[CutMix](..):
Regularization ...'), so the title is the link text joined with the plain text after it up to the
', [Venue](' link; two bullets wrap onto a second line (SegAN, PixPro) and one puts the venue on a
': [IEEE IS]' continuation line (CAPTURE the Bot): those lines belong to the entry.  A nickname joined by a
colon is kept ('SAGAN: Self-Attention ...'); a nickname set off by a comma ('[UNIT](..), Unsupervised
...', '[PixPro](..), Propagate Yourself: ...', link text 'Vector Quantized-VAE, Neural Discrete
Representation Learning') is dropped and the title is what follows the comma.  Some bullets have no
link at all ('- torch.manual seed(3407) is all you need: ...', '- Neural Machine Translation by ...').

Bullets naming a paper only by a nickname or a phrase ('- DINO', '- DCGAN', '- Pix2Pix', '- CycleGAN',
'- OG GAN from Goodfellow', '[CADTransformer](notes), CVPR 2022') are entries with a null title (the
convention for an entry naming no title).  Not entries: the empty bullet '- ' under 'Rest', the FAIR
blog post 'Self-supervised learning: The dark matter of intelligence' and the two RL 'Articles' (blog
posts).  GATO ('A Generalist Agent', a DeepMind publication page) is a paper.  Repeats (Pix2Pix and
CycleGAN again under 'Rest') are separate entries.

Counts (by eye per section, 60): Deep Learning 17 (2022: 1, 2021: 6, 2020: 3, 2019: 2, 2018: 2,
2017: 2, 2014: 1), GANs 19 (2021: 2, 2020: 1, 2019: 2, 2018: 4, 2017: 5, Rest: 5), Domain Adaptation 9,
Semi/Self-supervised 9 (the FAIR blog bullet left out), IC 6.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import itertools

from _wild19 import entry, read_lines, write_truth

NAME = "yeeyangtee__paper-notes__README@3e593e2.md"
PART = "wild19_development"
LINES = read_lines(NAME)

NULL_TITLE = {"DINO", "DCGAN", "Pix2Pix", "CycleGAN", "OG GAN from Goodfellow", "CADTransformer"}
NOT_PAPERS = ("The dark matter of intelligence", "An Intuitive Explanation of Policy Gradient",
              "Going Deeper Into Reinforcement Learning")
COMMA_NICK = {"UNIT", "PixPro", "Vector Quantized-VAE"}


def title_of(text: str) -> str | None:
    """The title of one bullet's joined text (without the leading '- ')."""
    m = re.match(r"\[([^\]]+)\]\([^)]+\)(.*)$", text)
    if m:
        link, rest = m.group(1), m.group(2)
    else:
        link, rest = "", text
    # the plain text after the link up to the venue link or ', CVPR 2022'
    rest = re.split(r",?\s*:?\s*\[[^\]]+\]\(|, CVPR 2022", rest)[0]
    whole = (link + rest).strip()
    if whole in NULL_TITLE:
        return None
    for nick in COMMA_NICK:
        if whole.startswith(nick + ","):
            whole = whole[len(nick) + 1:]
    m2 = re.match(r"(.*?), \[arXiv\]", text)  # plain bullet with an arXiv link after the title
    if not link and m2:
        whole = m2.group(1)
    return whole.strip().rstrip(",").strip()


def main() -> None:
    papers = []
    start = next(i for i, t in enumerate(LINES, 1) if t == "# Deep Learning")
    i = start
    while i <= len(LINES):
        text = LINES[i - 1]
        if text.startswith("- "):
            last = i
            while last < len(LINES) and LINES[last].strip() and not LINES[last].startswith(("- ", "#")):
                last += 1
            joined = " ".join(LINES[k - 1].strip() for k in range(i, last + 1))[2:].strip()
            if joined and not any(s in joined for s in NOT_PAPERS):
                papers.append(entry(LINES, i, last, title_of(joined)))
            i = last + 1
        else:
            i += 1
    assert len(papers) == 60, len(papers)
    sections = {"# Deep Learning": 17, "# Generative Adversarial Networks": 19, "# Domain Adaptation": 9,
                "# Semi-supervised and Self-supervised Learning": 9, "# IC focused Deep Learning | IC related stuff": 6}
    heads = [(i, t) for i, t in enumerate(LINES, 1) if t in sections] + [(len(LINES) + 1, "")]
    for (a, t), (b, _) in itertools.pairwise(heads):
        n = sum(1 for p in papers if a < p["line"] < b)
        assert n == sections[t], (t, n)
    assert sum(1 for p in papers if p["title"] is None) == 6
    write_truth(NAME, PART, papers,
                "every '- ' bullet under the topic headings naming one paper is an entry (continuation lines"
                " included); title = link text joined with the plain text after it up to the venue link, a"
                " comma-separated nickname dropped; nickname-only bullets (DINO, DCGAN, ...) have a null title;"
                " the empty bullet, a FAIR blog post and the RL blog 'Articles' are not entries",
                "all 60 entries' lines and titles read against the file; per-section counts by eye (17, 19, 9,"
                " 9, 6); the TOC and the formatting-guide bullet (not entries)")


if __name__ == "__main__":
    main()
