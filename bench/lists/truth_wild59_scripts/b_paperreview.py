"""Wild59 truth for ruiyangqin2016/paper_review README.md at 393b5db (2022-02-11): a student's personal paper-reading
notes.  The README lists the papers read, by topic and then by year, each with a link to the student's own note
file (``papers/<topic>/<year>/<x>.md``); a few Chinese headings/links (study notes, zhihu links).

Shape: 171 lines, trailing newline.  "## Paper lists" and a menu of eight topics (1-11).  Then one ``### N. Topic``
section each: Medical Image (12-51), NLP (53-73), CV (75-99), Supplements (100-111), Few-Shot Learning (113-128),
Feature Selection (130-137), Domain Adaptation (139-146), Contrastive Learning (148-153).  Each section has a
``N.0 [menu]`` link, ``N.1 Study notes`` (links to the student's own notes, a framework URL, zhihu links) and
``N.2 Papers by year`` with a year bullet (``- 2012`` or ``- 2012:``) and under it the paper bullets, six spaces in:
``      - **Label**: Title [[note](https://github.com/.../x.md)]`` (once ``[[Paper](pdf)]``, 21).  "Good websites"
(155-162) lists sites; "## Pending" (164-171) is a numbered to-read list of model names.

Special cases:
- The bold part is of two kinds.  (a) A nickname the student put before the title: ``**FCN**: Fully Convolutional
  Networks ...``, ``**ELMo**: Deep contextualized word representations``, ``**VIT transformer**: An Image is Worth
  16x16 Words``, ``**BatchNorm**: Accelerating Deep Network ...``.  (b) The start of the title itself, either a name
  that is the real title's prefix (``**U-Net**: Convolutional Networks for Biomedical Image Segmentation``,
  ``**BERT**: Pre-training ...``, ``**ResNeSt**: Split-Attention Networks``) or the first words in bold with the title
  going on after the ``**`` (``**Going** deeper with convolutions:``, ``**The Power** of Scale for ...:``,
  ``**Charting the Right Manifold**: Manifold Mixup for Few-shot Learning``).
- 22 ``**ImageNet**: Classification with Deep Convolutional Neural Networks``: the real title starts with "ImageNet",
  so the bold word is kept and the text is taken as written: "ImageNet: Classification with ...".
- 46 ``**U<sup>2</sup>Net**``: the sup markup is dropped, "U2Net: Going Deeper with Nested U-Structure ...".
- 80 ``**AlexNet***`` (stray star) is a nickname.  105 ``**Dependency**: Learn dependencies between distant
  positions`` names the paper by a description, not its real title; that text is the title the file gives.
- 24 / 26 / 125 / 137 / 153 end the title with a colon (``Network in Network: [[note]``): colon dropped.  29, 35, 38
  end with a venue in parentheses ``(MICCIA)`` / ``(MICCAI)``: dropped.  144 / 146 have no space before ``[[note``.
- 26 (Going deeper with convolutions) and 86 (GoogleNet: Going Deeper with Convolutions) are the same paper in two
  sections: two entries.

Decisions:
- Entry = every paper bullet under a "Papers by year" heading: a line starting with six spaces, ``- **``.  58
  entries, one line each.  Title = the bold text plus what follows it up to the ``[[`` link, without the bold
  markup, where a bold nickname (list NICK below, checked by eye against each paper's real title) and its ``: `` are
  left out; trailing colon and ``(MICCAI)``-style venue dropped.
- The Pending list (165-171: ``**YOLO**: [note](...)``, ``LeNet``, ``MobileNet``, ``SIFT`` ...) names models to
  read, with no title or paper link: not entries.  Menu, study-note links, zhihu links and websites: not entries.
- No arXiv id or DOI appears in an entry line (links are to the student's notes and one pdf).
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "ruiyangqin2016__paper_review__README@393b5db.md"
PART = "wild59_development"

ROW = re.compile(r"^      - \*\*(?P<bold>.+?)\*\*(?P<rest>.*?)\s*\[\[")
# Bold labels that are the student's nickname for the paper, not part of its title.
NICK = {
    "DNN", "FCN", "LSTM", "GRU", "Gated Recurrent", "Memory Net", "Additive Attention", "ByteNet", "Seq2Seq",
    "ELMo", "AlexNet", "VggNet", "GAN", "GoogleNet", "ResNet", "Transformer", "RegNet", "VIT transformer", "MAE",
    "ConvNet", "Dependency", "BatchNorm", "LayerNorm", "InsNorm", "EGNN",
}
VENUE = re.compile(r"\s*\((?:MICCIA|MICCAI)\)$")


def title_of(bold: str, rest: str) -> str:
    rest = rest.lstrip("*")  # 80: **AlexNet***: the third star is a stray
    if bold in NICK:
        assert rest.startswith(": "), (bold, rest)
        t = rest[2:]
    else:
        t = bold + rest
    t = re.sub(r"</?sup>", "", t).strip()
    t = VENUE.sub("", t).rstrip(":").strip()
    return t


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, title_of(m.group("bold"), m.group("rest"))))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 58, len(papers)
    assert min(by) == 21 and max(by) == 153, (min(by), max(by))
    assert by[21]["title"] == "Deep Neural Networks Segment Neuronal Membranes", by[21]
    assert by[22]["title"] == "ImageNet: Classification with Deep Convolutional Neural Networks", by[22]
    assert by[24]["title"] == "Network in Network", by[24]
    assert by[26]["title"] == "Going deeper with convolutions", by[26]
    assert by[29]["title"] == "U-Net: Convolutional Networks for Biomedical Image Segmentation", by[29]
    assert by[46]["title"] == "U2Net: Going Deeper with Nested U-Structure for Salient Object Detection", by[46]
    assert by[58]["title"] == "Long Short-term Memory", by[58]
    assert by[72]["title"] == "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    assert by[80]["title"] == "ImageNet Classification with Deep Convolutional Neural Networks", by[80]
    assert by[95]["title"] == "An Image is Worth 16x16 Words", by[95]
    assert by[105]["title"] == "Learn dependencies between distant positions", by[105]
    assert by[122]["title"] == "Charting the Right Manifold: Manifold Mixup for Few-shot Learning", by[122]
    assert by[125]["title"] == "The Power of Scale for Parameter-Efficient Prompt Tuning", by[125]
    assert by[144]["title"] == (
        "Domain Adaptation and Image Classification via Deep Conditional Adaptation Network"
    ), by[144]
    assert by[153]["title"] == "A Simple Framework for Contrastive Learning of Visual Representations", by[153]
    assert not any(n >= 155 for n in by)
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every paper bullet under a 'Papers by year' heading (six spaces, '- **Label**: Title [[note](...)]')"
        " is one entry, one line each (21-153, 58 entries).  Title = the text from the bold part up to the [[ link,"
        " without markup; when the bold part is the student's nickname (FCN, ELMo, GAN, VIT transformer, BatchNorm,"
        " ...) it and its ': ' are left out, when it is the start of the real title (U-Net, BERT, ResNeSt, 'Going',"
        " 'The Power') it is kept; trailing colon and '(MICCAI)' dropped.  The Pending list of model names (165-171),"
        " menu, study-note and website links are not entries.",
        checked="Read the whole file; compared the -v output with every paper bullet (58), checked each bold label"
        " against the paper's real title to sort nicknames from title prefixes, the sup markup (46), the stray star"
        " (80), trailing colons (24, 26, 125, 137, 153), venues (29, 35, 38), missing space before [[ (144, 146), and"
        " that the Pending list and websites are not listed.",
    )


if __name__ == "__main__":
    main()
