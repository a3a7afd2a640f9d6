"""Wild46 truth for chrischute/papers README.md (newest commit 371dc0b, 2018-10-08): the index of the paper-notes
repository Chris Chute (Stanford ML Group) kept for the group's summer 2018 reading group, one week per topic; each
week's folder holds per-paper notes, PDFs and Anki decks, and this README lists the week's papers.

Shape (114 lines, LF, final newline, 9 KB): ``# Papers - Summer 2018`` and a prose paragraph (3) saying that
numbered papers were discussed and bulleted ones were optional; then eleven ``## <Roman numeral>. Topic`` week
headings (5 ResNets, 14 Normalization, 24 R-CNN, 33 Transfer Learning, 42 Segmentation, 52 Adversarial Examples,
62 Generative Models, 74 ``IIX.`` Neural Architecture Search, 85 Uncertainty, 95 Attention, 106 Efficient Neural
Networks).  Under each, records are one line each, indented two spaces, in two forms mixed in one list:
``  N. [Title](url)`` (the discussed papers) followed by ``  - [Title](url)`` (optional reading).  89 such lines.
Special cases:
- many link texts are titles cut off at a fixed width, as the arXiv export wrote them ("Batch Normalization:
  Accelerating Deep Network Training by Reducing" 15, "Delving Deep into Rectifiers: Surpassing Human-Level
  Performance on" 22, "DeepLab: Semantic Image Segmentation with Deep Convolutional Nets," 46 ending in a comma,
  "SqueezeNet: AlexNet-level accuracy with 50x fewer parameters and &lt;0.5MB" 109 with an HTML entity, ...);
- two records are blog posts, not papers: 92 ``- [The Importance of Knowing What We Don't Know]`` (Yarin Gal's
  blog page) and 96 ``1. [Augmented RNNs (Blogpost)]`` (distill.pub, labelled "Blogpost" by the file itself);
- papers listed in two weeks: Feature Pyramid Networks (31, 45), Intriguing properties of neural networks (40, 53),
  Self-Attention GANs (72, 104), MnasNet (83, 114);
- links: arXiv abs links with versions (almost all), PMLR PDF 21, JMLR PDF 35, IEEE Xplore stamp 38, Nature
  article page 90 (no DOI written).

Decisions:
- Entry = each two-space-indented numbered or bulleted link line whose subject is a paper: 89 - 2 blog posts = 87.
  Repeats across weeks are separate entries; week headings and the intro paragraph are not entries.
- Title = the link text as written (cut-off titles kept as cut, no completion); the comma ending 46's cut-off text
  is dropped as a final separator; ``&lt;`` decoded.
- Ids from the entry's own line: arXiv ids from the abs links (version dropped); no DOI anywhere.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "chrischute__papers__README@371dc0b.md"
PART = "wild46_development"

RECORD = re.compile(r"^  (?:\d+\.|-) \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)$")
BLOG_POSTS = {92, 96}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for n, text in enumerate(lines, 1):
        m = RECORD.match(text)
        if not m:
            assert not text.startswith("  "), (n, text)
            continue
        records += 1
        if n in BLOG_POSTS:
            continue
        papers.append(entry(lines, n, n, m.group("title")))
    assert records == 89, records
    assert len(papers) == 87, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each two-space-indented '  N. [Title](url)' (discussed) or '  - [Title](url)' (optional) line under the"
        " eleven week headings is an entry (87), except the two blog posts 92 (Yarin Gal's blog) and 96 ('Augmented"
        " RNNs (Blogpost)'); title = link text as written, arXiv-export truncations kept, 46's trailing comma dropped;"
        " repeats across weeks kept.",
        "Whole file read (114 lines) against the -v output: first and last record of all eleven weeks (6/12, 15/22,"
        " 25/31, 34/40, 43/50, 53/60, 63/72, 75/83, 86/93, 97/104, 107/114), numbered and bulleted records both"
        " taken, blog posts 92 and 96 left out, truncated titles kept as written (15, 22, 26, 28, 46 with its comma"
        " dropped, 56, 70, 86-88, 98, 101, 107-112), 109's &lt; decoded to '<', repeats 31/45, 40/53, 72/104,"
        " 83/114 kept, arXiv ids without versions on all arxiv.org lines, no ids for 21, 35, 38, 90.",
    )


if __name__ == "__main__":
    main()
