"""Wild62 truth for anothersin/The-Image-Enhancement-Zoo README.md at 5dce200: an archived list of low-level
vision papers for image brightening (low-light enhancement), dehazing and deraining, with datasets per task.

Shape: 397 lines.  A closing notice dated ``# 2022\\07\\13`` (1-3), title and description (7-12), ``## 2 Image
Quality Metrics`` (14) with five ``* <metric> [[paper]](..) [[code]](..)`` lines (15-19); then three task sections
``## Brightening`` (20), ``## Dehazing`` (149), ``## Deraining`` (250), each with ``### Datasets`` (dataset names
with ``[[paper]]``/``[[dataset]]`` links, some with nested notes: 23-48, 153-173, 255-268) and ``### Papers``
grouped by year headings (``### 2020`` ... ``### before`` / ``### 2015-2016``).  A paper is one bullet, mostly
``- **[<acronym>]** <title> (**<venue year>**) [[paper](url)][[code](url)]``, sometimes
``- **<title>** (**<venue year>**) [[paper]](url)`` with the title in bold and no acronym; link syntax varies
(``[[paper](url)]``, ``[[paper]](url)``, ``[paper](url)]``).  Blank lines between bullets.

Special cases:
- Three bullets name two papers: 138 (``LIME: Low-Light Image Enhancement via Illumination Map Estimation (**TIP
  2017**)  and LIME: A Method for Low-light IMage Enhancement (**ACM MM 2016**)``), 146 (SRIE, ``... (**TIP 2015**)
  and A Weighted Variational Model ...(**CVPR 2016**)``) and 385 (``Rain streak removal using layer priors (**CVPR
  2016**) [[paper]](..) Single Image Rain Streak Decomposition Using Layer Priors (**TIP 2017**)``): two entries
  each, on the same line.
- 298 ``- **[CMGD]** (**TIP 2020**) [[paper](ieeexplore)]`` has an acronym and venue but no title: entry, title
  ``None``.
- 273 is a stray ``**[WDNet]**`` line (not a bullet, the WDNet bullet follows at 278): not an entry.
- Some titles have no venue (92 EnlightenGAN, 182 Dehaze-GLCGAN, 307 survey); 349 has an italic tip after the
  venue; 55 puts ``, paper for [ELD dataset](#ELD)`` inside the venue parentheses.  Titles keep the file's typos
  (229 ``Fully End-To-End Dehazin``, 278 ``Demoir´eing``, 305 ``VisibilityEnhanced``).
- Repeated papers (DRBN 63/67, MBLLEN 114/122, ``Learning to Restore Low-Light Images via
  Decomposition-and-Enhancement`` 53/87) are separate entries.
- Dataset bullets and quality-metric lines link a ``[[paper]]`` but name a dataset or a metric, not a paper
  title: not entries.
- ids: arXiv from arxiv.org and ``export.arxiv.org`` links (319); 182 and 204 link the arXiv mirror
  ``xxx.itp.ac.cn/abs/<id>``, which the helper misses: set by hand (182 ``2008.06632``, 204 ``2008.01701``).  200
  writes its Springer DOI URL-encoded (``10.1007%2Fs11263-019-01235-8``; the helper decodes it).  The
  ``delivery.acm.org/10.1145/3360000/<n>/...pdf`` links (311, 313, 315) are download paths, not DOIs; the helper
  reads ``10.1145/3360000/3351149/p1814-yang`` etc. from them, so doi is set to ``None`` by hand.

Decisions:
- Entry = each ``- **`` bullet (131 lines) plus the second paper on 138, 146, 385: 134 entries on 131 lines.
- Title = for ``**[acronym]**`` bullets the text after the label up to the venue ``(**`` or the first link
  bracket; for bold-title bullets the bold text; the second titles of 138/146/385 by hand.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "anothersin__The-Image-Enhancement-Zoo__README@5dce200.md"
PART = "wild62_held_out"

LABELLED = re.compile(r"^- \*\*\[[^\]]+\]\*\*(.*)$")
BOLD = re.compile(r"^- \*\*(.+?)\*\*")
CUT = re.compile(r"\s*(?:\(\*\*|\[\[|\[paper\])")
SECOND = {
    138: "LIME: A Method for Low-light IMage Enhancement",
    146: "A Weighted Variational Model for Simultaneous Reflectance and Illumination Estimation",
    385: "Single Image Rain Streak Decomposition Using Layer Priors",
}
ARXIV_BY_HAND = {182: "2008.06632", 204: "2008.01701"}
DOI_BY_HAND = {311: None, 313: None, 315: None}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- **"):
            continue
        m = LABELLED.match(ln)
        if m:
            title = CUT.split(m.group(1), maxsplit=1)[0].strip() or None
        else:
            title = BOLD.match(ln).group(1).strip()
        p = entry(lines, n, n, title)
        if n in ARXIV_BY_HAND:
            p["arxiv"] = ARXIV_BY_HAND[n]
        if n in DOI_BY_HAND:
            p["doi"] = DOI_BY_HAND[n]
        if n in SECOND:
            p["arxiv"] = p["doi"] = None
            papers.append(p)
            p = entry(lines, n, n, SECOND[n])
            p["arxiv"] = p["doi"] = None
        papers.append(p)
    assert len(papers) == 134, len(papers)
    on = {}
    for p in papers:
        on.setdefault(p["line"], []).append(p)
    assert len(on) == 131, len(on)
    assert sorted(n for n, ps in on.items() if len(ps) == 2) == [138, 146, 385]
    assert on[53][0]["title"] == on[87][0]["title"] == "Learning to Restore Low-Light Images via" \
        " Decomposition-and-Enhancement"
    assert on[55][0]["title"] == "A Physics-based Noise Formation Model for Extreme Low-light Raw Denoising"
    assert on[55][0]["arxiv"] == "2003.12751", on[55]
    assert on[57][0]["title"] == "DALE : Dark Region-Aware Low-light Image Enhancement", on[57]
    assert on[83][0]["title"] == "Integrating Semantic Segmentation and Retinex Model for Low Light Image Enhancement"
    assert on[92][0]["title"] == "EnlightenGAN: Deep Light Enhancement without Paired Supervision", on[92]
    assert on[104][0]["doi"] == "10.1109/tip.2019.2922106", on[104]
    assert on[138][0]["title"] == "LIME: Low-Light Image Enhancement via Illumination Map Estimation", on[138]
    assert on[146][0]["title"].startswith("A Probabilistic Method for Image Enhancement"), on[146]
    assert on[182][0]["arxiv"] == "2008.06632" and on[200][0]["doi"] == "10.1007/s11263-019-01235-8"
    assert on[229][0]["title"] == "FEED-Net: Fully End-To-End Dehazin", on[229]
    assert on[298][0]["title"] is None, on[298]
    assert on[307][0]["title"] == "A Survey on Rain Removal from Video and Single Image", on[307]
    assert on[349][0]["title"] == "Attentive Generative Adversarial Network for Raindrop Removal from a Single Image"
    assert on[385][0]["title"] == "Rain streak removal using layer priors", on[385]
    assert on[391][0]["title"] == "Automatic Single-Image-Based Rain Streaks Removal via Image Decomposition"
    assert on[397][0]["title"] == "Utilizing local phase information to remove rain from video", on[397]
    assert all(on[n][0]["doi"] is None for n in (311, 313, 315))
    for n in (15, 36, 153, 255, 273):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '- **' bullet under a task's 'Papers' heading is one paper entry; 138, 146 and 385 name two papers"
        " and give two entries on the same line (134 entries on 131 lines).  Title = the text after the"
        " '**[acronym]**' label up to the venue '(**' or the first link bracket, or the bold text when the bullet"
        " has no acronym; the second titles of 138/146/385 are written by hand; 298 (acronym and venue only) has"
        " title None.  Dataset bullets, metric lines and the stray '**[WDNet]**' line are not entries.  arXiv ids"
        " of the xxx.itp.ac.cn mirror links (182, 204) are set by hand; the delivery.acm.org download paths (311,"
        " 313, 315) are not DOIs (doi None by hand); two-paper lines carry no ids.",
        checked="Read the whole file; compared the -v output with every bullet of the three Papers sections:"
        " acronym-label and bold-title forms, bullets without venue (92, 182, 307), the two-paper lines, the"
        " title-less 298, typos kept (229, 278, 305), repeated papers, ids from arxiv/export.arxiv/doi.org/"
        "dl.acm.org links and the hand-set ones, and that dataset and metric lines are absent.",
    )


if __name__ == "__main__":
    main()
