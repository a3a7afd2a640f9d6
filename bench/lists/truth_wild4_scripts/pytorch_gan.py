"""Wild4 truth for eriklindernoren/PyTorch-GAN README.md: a code repository's README listing the
GAN papers it implements.

After an intro, a table of contents (nicknames linking to anchors, not entries) and an install
block, '## Implementations' holds 32 sections, one implemented paper each:
'### Nickname' (e.g. 'BicycleGAN'), then the paper's title in italics on its own line
('_Toward Multimodal Image-to-Image Translation_'), '#### Authors', '#### Abstract',
'[[Paper]](https://arxiv.org/abs/ID) [[Code]](implementations/...)', and usually a
'#### Run Example' code block and images.  Every section is an entry, from its '### ' heading to
its last non-blank line (the section's images and run example belong to it); title = the italic
line as written, underscores removed.  The italic line is kept even where it is not the paper's
published title (e.g. 'Auxiliary Classifier Generative Adversarial Network', 'Unpaired
Image-to-Image Translation with Conditional Adversarial Networks' for Pix2Pix): the title is as
the file writes it, and the '### ' nickname is not the title.  arXiv id from the [[Paper]] link.
The 'See also: Keras-GAN' link is a code repository, not an entry.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "eriklindernoren__PyTorch-GAN__README@36d3c77.md"
PART = "wild4_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Implementations   ") + 1
    heads = [i for i, t in enumerate(lines, 1) if i > start and t.startswith("### ")]
    assert len(heads) == 32
    papers = []
    for k, h in enumerate(heads):
        stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)
        end = stop
        while not lines[end - 1].strip():
            end -= 1
        m = re.fullmatch(r"_([^_]+)_", lines[h])
        assert m, (h, lines[h])
        body = lines[h - 1:end]
        assert sum("[[Paper]](https://arxiv.org/abs/" in t for t in body) == 1, h
        papers.append(entry(lines, h, end, " ".join(m.group(1).split())))
    write_truth(
        NAME, PART, papers,
        "every '### Nickname' section under '## Implementations' is an entry (heading to last non-blank line),"
        " title = the italic line under the heading as written, arXiv id from its [[Paper]] link",
        "32 '### ' sections = 32 '[[Paper]]' links = 32 TOC items (grep); each section asserted to have one"
        " italic title line right under the heading and exactly one [[Paper]] arXiv link; first (52) and last"
        " (762-782) sections' spans and ~20 titles compared with the file by eye; italic titles kept as written"
        " even where they differ from the published title",
    )


if __name__ == "__main__":
    main()
