"""Wild56 truth for Hsuxu/Paper-Notes README.md: "CV-DL Papers Reading List(Irregular updating)", one researcher's
personal computer-vision / deep-learning reading list in which each paper carries a read/unread checkbox ("Mark read
status"), newest commit touching the file (bd2d327, 2019-08-15, "add RDN").

Shape: 319 lines, 44 KB.  Title (1-2), intro (3), ``## Contents`` with a nested anchor-link table of contents (7-36,
no papers), then ``##``/``###``/``####`` topic sections (Image Recognition 39, Image Segmentation 80, Object Detection
168, Image Restoration 197, Image Caption 206, GAN 214, Attention 224, NLP 236, Medical 240, Pose 258, Training Tricks
265, AutoML 294) whose items are GitHub task-list bullets::

    - [x] **[ResNet]** Deep Residual Learning for Image Recognition (2015.12 *CVPR 2016*) [[Paper]](arxiv) [[PyTorch]](..)

i.e. checkbox, an optional bold bracketed nickname, the title, a parenthesised ``(YYYY.MM *Venue*)`` (sometimes
missing), then bracketed-link badges.  ``## Dataset and Contest`` (307-319) lists datasets as plain links: no papers.

Special cases:
- No date at all: 128 (LadderNet), 199 (SR survey), 288 (Glorot), 299 (Genetic CNN): title ends at `` [[``.
- Date glued to the title: 42 ``networks(2012 *NeurIPS  2012*)``, 194, 207-210, 217-218, 225-230, 278, 295.
- Venue only: 109 ``(*CVPR 2017*)``, 132, 241 ``(*Medical Imaging 2016: Computer-Aided Diagnosis*)``, 249.
- 70 has the typo ``(20017.07 *ICCV 2017)*``; 116's title itself contains ``(R2U-Net)``.
- 132 ``**[DenseASPP]** for Semantic Segmentation in Street Scenes``: the nickname is the title's first word, so the title
  is ``DenseASPP for Semantic Segmentation in Street Scenes``.
- 92 ends its title with the first author's given name ``... Segmentation Liang-Chieh (2015.11``: the name is dropped.
- 123 (Probabilistic U-Net) has only a code link; 164 (NeuroIoU) has an empty ``[[Paper]]()`` link: still papers.
- 218 carries a ``<font color=Gray >(Notes: ...)</font>`` remark, 232 ``(Note: Hard-Attention)``: not title.  230's note
  is on its own line 231 ``(Notes: 将自我注意机制...)``: entry 230 spans 230-231.
- 119 and 122 link ``https://arxiv.org/Paper/1804.06242`` / ``.../1805.10180`` (non-standard arXiv path): the id helper misses
  them, so the script sets their arXiv ids by hand.
- 84 (FCN) links two arXiv papers (conference and journal version) under one title: one entry.
- 283 ``Synchronized-BatchNorm`` links only code (PyTorch/MXNet implementations): not a paper.  289 ``Training
  Techniques--An overview of gradient descent optimization algorithms [[url]](http://ruder.io/...)`` is a blog-post link:
  not counted as a paper.
- Many papers are listed in two or three sections (NASNet 60/301, Tversky loss 110/162/245, U-Net 87/242, ...): each
  listing line is its own entry, as the file lists it.

Decisions:
- Entry = every ``- [x]`` / ``- [ ]`` task-list line from 39 to 306 except 283 and 289 (plus 231 as continuation of
  230): 195 entries.
- Title = the text after the checkbox and the bold ``**[nickname]**`` up to the first `` (YYYY`` / ``(*Venue`` / `` [[``,
  without the nickname (except 132 where it is the first word) and without 92's author name.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "Hsuxu__Paper-Notes__README@bd2d327.md"
PART = "wild56_development"

ITEM = re.compile(r"^- \[[x ]\] +(?:\*\*\[(?P<nick>[^\]]+)\]\*\* *)?(?P<rest>.*)$")
END = re.compile(r"\s*(?:\((?=\d{4}|\*)|\[\[)")
NOT_PAPERS = {283, 289}
ARXIV_PATH = re.compile(r"arxiv\.org/Paper/(\d{4}\.\d{4,5})")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[306] == "## Dataset and Contest", lines[306]
    papers = []
    for n in range(39, 307):
        m = ITEM.match(lines[n - 1])
        if not m or n in NOT_PAPERS:
            continue
        rest = m.group("rest")
        title = rest[: END.search(rest).start()].strip()
        if n == 132:
            title = f"{m.group('nick')} {title}"
        if n == 92:
            assert title.endswith(" Liang-Chieh"), title
            title = title[: -len(" Liang-Chieh")]
        last = n + 1 if n == 230 else n
        p = entry(lines, n, last, title)
        a = ARXIV_PATH.search(lines[n - 1])
        if a and not p.get("arxiv"):
            p["arxiv"] = a.group(1)
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 195, len(papers)
    assert by[42]["title"] == "ImageNet classification with deep convolutional neural networks", by[42]
    assert by[50]["title"] == "Deep Residual Learning for Image Recognition", by[50]
    assert by[50]["arxiv"] == "1512.03385", by[50]
    assert by[70]["title"] == "Interleaved Group Convolutions for Deep Neural Networks", by[70]
    assert by[92]["title"] == "Attention to Scale: Scale-aware Semantic Image Segmentation", by[92]
    assert by[105]["title"] == "Large Kernel Matters -- Improve Semantic Segmentation by Global Convolutional Network"
    assert by[116]["title"] == (
        "Recurrent Residual Convolutional Neural Network based on U-Net (R2U-Net) for Medical Image Segmentation"
    ), by[116]
    assert by[119]["arxiv"] == "1804.06242", by[119]
    assert by[123]["title"] == "A Probabilistic U-Net for Segmentation of Ambiguous Images", by[123]
    assert by[128]["title"] == "LadderNet: Multi-path networks based on U-Net for medical image segmentation", by[128]
    assert by[132]["title"] == "DenseASPP for Semantic Segmentation in Street Scenes", by[132]
    assert by[164]["title"] == "NeuroIoU: Learning a Surrogate Loss for Semantic Segmentation", by[164]
    assert by[218]["title"] == "Diverse Image-to-Image Translation via Disentangled Representations", by[218]
    assert (by[230]["line"], by[230]["end"]) == (230, 231), by[230]
    assert by[241]["title"] == "Normalization of T2W-MRI Prostate Images using Rician a priori", by[241]
    assert by[281]["title"] == "How Does Batch Normalization Help Optimization?", by[281]
    assert by[299]["title"] == "Genetic CNN", by[299]
    assert 283 not in by and 289 not in by and 309 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every GitHub task-list bullet '- [x]' / '- [ ]' of the topic sections (39-306) is an entry, except"
        " 283 (Synchronized-BatchNorm: code links only) and 289 (a ruder.io blog post); 230 spans its note line 231."
        "  Title = the text after the checkbox and the optional bold '**[nickname]**' up to the first ' (YYYY' /"
        " '(*Venue' / ' [[' badge; for 132 the nickname 'DenseASPP' is the title's first word and is kept; 92's"
        " trailing author name 'Liang-Chieh' is dropped.  Papers listed in several sections count once per listing"
        " line.  The table of contents and the Dataset/Contest links are not papers.",
        checked="Read the whole file and the -v output for all 195 entries: titles where the date is glued to the"
        " title, missing or venue-only, 116's parenthesised (R2U-Net), 132, 92, the notes at 218/230-231/232, the"
        " arxiv.org/Paper/ ids at 119/122, and that 283, 289, the contents list and the datasets are left out.",
    )


if __name__ == "__main__":
    main()
