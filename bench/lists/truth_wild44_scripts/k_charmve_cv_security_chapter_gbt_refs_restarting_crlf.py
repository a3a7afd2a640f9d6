"""Wild44 truth for Charmve/computer-vision-in-action docs/3_进阶篇/chapter24-大安全时代下的计算机视觉/
chapter24-大安全时代下的计算机视觉.md (newest commit 03b52ec, 2024-05-27; the file last changed in 526371b, 2021-08-27):
chapter 24 ("computer vision in the era of big security") of a Chinese open tutorial book -- the author's notes on
adversarial examples, data poisoning, model stealing, membership inference, model inversion and federated learning,
compiled from a blog post and ending in three numbered reference lists.

Shape: 665 lines, CRLF line ends, final CRLF.  An HTML badge block (1-7), ``<b>`` title (9), author and date, a nested
table of contents (15-37) whose last item is an empty link ``[参考文献]()``, then the body (42-599: ``#`` to ``######``
headings, Chinese prose, ``<img>`` figures, ``<b>`` and ``**`` emphasis, formulas, inline citation markers ``[1]``-``[14]``
in prose and headings, two project links).  One paper stands alone in the body (565-567): its title on a line, a
blank line, its arXiv PDF URL.  ``## 补充阅读`` (601) holds references [1]-[5] (603-611) and ``## 参考文献`` (613) two
more lists run together, [1]-[11] (615-635) and, restarting, [1]-[14] (637-664), one reference per line with blank
lines between.  Styles: GB/T 7714 from Google Scholar (``Szegedy C, Zaremba W, Sutskever I, et al. Title[J]. arXiv
preprint arXiv:1312.6199, 2013.``, ``Title[C]//Proceedings ...``) and Scholar's MLA-like export (``Cen, Shicong, et al.
Title. Venue (2020).`` 629-635, ``Zhu, Ligeng, et al. Deep Leakage from Gradients, NeurIPS 2019`` 631); a Chinese
journal paper (611); one reference wrapped over two lines (659-660); glued words (615 ``SzegedyC``, ``propertiesof``)
and, repeated correctly, 637; curly braces from BibTeX (621 ``{USENIX}``); two references that are web pages (649 a
Zhihu column post, 651 a bare Medium URL); two off-topic references the author picked by mistake (609, a 1980
paper on methylmercury poisoning; 655 ``Laceyella[J]. Bergey's Manual ...``, a taxonomy entry) -- still scholarly
works.

Decisions:
- Entry = each numbered reference whose subject is a paper (28 of 30; 649 and 651 are web pages) plus the body record
  565-567 (title line through URL line).  The reference span is its line (659-660 for the wrapped one); the first
  and second ``[1]`` lists of 参考文献 both count (615 and 637 are the same paper: separate entries).
- Title = the text between the authors' closing ``. `` and the ``[J]``/``[C]`` mark, or (for the MLA-like and untyped
  references) the next ``. ``/``, `` -- as written, glued words and lower case kept; 565: the title line.
- Ids: arXiv ids written as ``arXiv:NNNN.NNNNN`` text (615, 617, 633, 637, 639, 645, 647, 662) and the arXiv PDF URL of
  567; no DOI is written.
- Not entries: the badge block, the table of contents, headings and prose (the ``[n]`` markers only point to the
  lists), project links (585, 591), the source credit (595), the two web references.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = (
    "Charmve__computer-vision-in-action__docs__3_进阶篇__chapter24-大安全时代下的计算机视觉__"
    "chapter24-大安全时代下的计算机视觉@03b52ec.md"
)
PART = "wild44_development"

REF = re.compile(r"^\[(?P<n>\d+)\] (?P<body>\S.*)$")
WEB = {649, 651}
TITLES = {
    603: "Is feature selection secure against training data poisoning?",
    605: "Data poisoning attacks on factorization-based collaborative filtering",
    607: "Data Poisoning Attacks against Autoregressive Models",
    609: "Fetal methylmercury poisoning: clinical and toxicological data on 29 cases",
    611: "人工智能系统安全与隐私风险",
    615: "Intriguing propertiesof neural networks",
    617: "Adversarial attacks and defences: A survey",
    619: "Protecting intellectual property of deep neural networks with watermarking",
    621: "Stealing machine learning models via prediction apis",
    623: "Membership inference attacks against machine learning models",
    625: "Privacy in Pharmacogenetics: An End-to-End Case Study of Personalized Warfarin Dosing",
    627: "Model inversion attacks that exploit confidence information and basic countermeasures",
    629: "Convergence of distributed stochastic variance reduced methods without sampling extra data",
    631: "Deep Leakage from Gradients",
    633: "Private federated learning on vertically partitioned data via entity resolution and additively homomorphic "
    "encryption",
    635: "Federated machine learning: Concept and applications",
    637: "Intriguing properties of neural networks",
    639: "Adversarial Examples that Fool Detectors",
    641: "Accessorize to a crime: Real and stealthy attacks on state-of-the-art face recognition",
    643: "Hidden Voice Commands",
    645: "Explaining and harnessing adversarial examples",
    647: "Adversarial examples in the physical world",
    653: "Deepfool: a simple and accurate method to fool deep neural networks",
    655: "Laceyella",
    657: "Practical black-box attacks against machine learning",
    659: "Distillation as a defense to adversarial perturbations against deep neural networks",
    662: "Mitigating adversarial effects through randomization",
    664: "Defense against adversarial attacks using high-level representation guided denoiser",
}


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 666 and lines[-1] == "", len(lines)
    heads = {n: ln for n, ln in enumerate(lines, 1) if ln.startswith("## ")}
    assert heads[601] == "## 补充阅读" and heads[613] == "## 参考文献" and max(heads) == 613, heads
    refs = [n for n, ln in enumerate(lines, 1) if REF.match(ln)]
    assert refs[0] == 603 and all(n > 601 for n in refs), refs
    numbers = [int(REF.match(lines[n - 1]).group("n")) for n in refs]
    assert numbers == list(range(1, 6)) + list(range(1, 12)) + list(range(1, 15)), numbers
    papers = []
    for n in refs:
        if n in WEB:
            continue
        last = n + 1 if n == 659 else n  # the one reference wrapped over two lines
        own = " ".join(lines[n - 1 : last])
        title = TITLES[n]
        assert title in own, (n, title)
        papers.append(entry(lines, n, last, title))
    assert set(TITLES) == set(refs) - WEB
    assert lines[564] == "See through Gradients: Image Batch Recovery via GradInversion"
    assert lines[566] == "https://arxiv.org/pdf/2104.07586.pdf"
    papers.append(entry(lines, 565, 567, lines[564]))
    t = {p["line"]: p for p in papers}
    assert t[565]["arxiv"] == "2104.07586"
    assert t[615]["arxiv"] == t[637]["arxiv"] == "1312.6199"
    assert (t[659]["line"], t[659]["end"]) == (659, 660)
    assert sum(1 for p in papers if p["arxiv"]) == 9 and not any(p["doi"] for p in papers)
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each numbered reference of the three lists at the end ([1]-[5] 补充阅读, [1]-[11] and [1]-[14] 参考文献) whose "
        "subject is a paper is one entry (the two web references are not), plus the body record 565-567 (title line and "
        "arXiv URL); title = the text between the authors and the [J]/[C] mark or the next separator, as written.",
        "Read all 30 reference lines (603-664) and the body record 565-567 against -v output; checked every title's "
        "boundaries (authors before, [J]/[C]//, '. Venue' or ', NeurIPS' after), the wrapped reference 659-660, the "
        "numbering restarts (603, 615, 637), the repeated Szegedy paper (615 glued, 637 correct), the web references "
        "649/651 left out, the off-topic 609 and 655 kept; grep for http in the body: only badges, images, the TOC, "
        "project links (585, 591), the credit (595) and the paper at 567; CRLF endings stripped by read_lines.",
    )


if __name__ == "__main__":
    main()
