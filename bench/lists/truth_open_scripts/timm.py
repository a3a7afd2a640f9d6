"""Open truth (batch 3) for huggingface/pytorch-image-models README: a code library's README.

Not a paper list: a long changelog ('What's New'), then feature lists where each model, optimizer,
augmentation, regularizer or attention module is a bullet naming the component and linking its
paper, mostly '* Name - https://arxiv.org/abs/...' ('`adabelief` an implementation of AdaBelief
adapted from <github> - <arxiv>'), then tool links, licences and the library's own BibTeX.
Decisions:
- an entry is a feature bullet (Models, Optimizers, Augmentations, Regularization, Other) that
  links an arXiv paper; its title is None, since the bullet names a model or method ('ConvNeXt',
  'Squeeze-and-Excitation Networks (SEResNet)', '`lamb` an implementation of ...'), not the
  paper, except 'SGDR: Stochastic Gradient Descent with Warm Restarts (arxiv)' (line 466), which
  writes the paper's title;
- 'AutoAugment (arxiv) and RandAugment (arxiv)' (line 433) names two papers: two entries, each
  with its own id; 'Inception-ResNet-V2 and Inception-V4' (323) links one paper: one entry;
- the same paper linked by two bullets (NesT 271/341, Xception 392/393, and the attention modules
  that repeat a model's paper) counts once per bullet;
- bullets without a paper link are not entries: family headers (EfficientNet, ResNet/ResNeXt),
  'HGNet - TBD', EfficientNet-EdgeTPU (a Google blog post), `kron` (a web page), `muon` and the
  other optimizers with only code links, SplitBatchNorm, the Test Time Pool, the scheduler sources;
- the changelog is news, and its inline paper links ('See the [... paper](arxiv)', 'DINOv3
  (arxiv) ... added') are not entries, except the five sub-bullets of 'May 28, 2025' (lines
  196-200) that cite a paper by its full title, '[(ICCV2023) Title](github)': entries, title = the
  link text without the venue tag (no id: the links go to code);
- the Awesome PyTorch Resources (tools), the Hugging Face / Zenodo links and the BibTeX of the
  library itself are not entries.
"""
import re

from _open import Open

NAME = "huggingface__pytorch-image-models__README@aa4b585.md"


def main() -> None:
    t = Open(NAME)
    for i in range(196, 201):
        m = re.match(r"\s+\* [\w-]+ -? ?\[(?:\(\w+\) )?(.+?)\]\(https://github\.com/", t.line(i))
        t.add(i, i, m.group(1))
    first = t.lines.index("### Models") + 1
    last = t.lines.index("## Results") + 1
    for i in range(first, last):
        text = t.line(i)
        if not re.match(r"\s*\* ", text) or "arxiv.org/" not in text:
            continue
        if i == 433:
            a, b = text.split(" and RandAugment ")
            t.add(i, i, None, own=a)
            t.add(i, i, None, own=b)
        elif i == 466:
            t.add(i, i, re.match(r"\s*\* (.+?) \(https://arxiv", text).group(1))
        else:
            t.add(i, i, None)
    t.write("every feature bullet (Models, Optimizers, Augmentations, Regularization, Other) that links an arXiv"
            " paper is an entry, title None (it names a model or method; SGDR's bullet writes the paper title),"
            " AutoAugment/RandAugment as two; plus the five 'May 28, 2025' changelog sub-bullets citing a paper"
            " by title (title = link text without the venue tag); the rest of the changelog, tools and BibTeX"
            " are not entries",
            "every line of the file, 170 entries: the changelog (news, inline links left out, the 5 cited titles), each"
            " feature bullet with or without an arXiv link (the arXiv ones counted, the others listed in the"
            " docstring), the tools and BibTeX left out")


if __name__ == "__main__":
    main()
