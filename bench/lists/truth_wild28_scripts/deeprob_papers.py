"""Wild28 truth for opipari/DeepRobWeb papers/index.md: the paper list of the University of Michigan
course DeepRob (Deep Learning for Robot Perception), the core papers of its seminar-style lectures
and an extended reading list.

Commit: the snapshot's main HEAD (97023c4, 2025) no longer has papers/ (main was restructured on
2023-10-22, commit 3275084, and the yearly offerings moved to branches w23/w24/w25); the file is
taken at 73f9596 (2024-02-07), the last commit that wrote it, whose blob is the one the w24 and w25
branch tips carry.

Shape: Jekyll (just-the-docs) page, kramdown.  One '#' heading per lecture topic (15 topics, lines
25-634) with a '[Scheduled Week N, Lec M]' link, then '### Core List' (numbered items '1. ', blank
lines between) and '### Extended List' (bullets '- '); the 'Datasets' extended list (lines 306-362)
is split by '####' sub-headings, 'Perception Beyond Vision' and 'More Frontiers' by '###'
sub-topics.  Every item is one line: '[Title](url){: target="_blank" rel="noopener noreferrer"},
Authors, Year' (a kramdown attribute list after the link).  Front matter, TOC markers ('1. TOC',
'{:toc}', '{: .no_toc}') and the schedule links are not items.
Entries: every item whose subject is a scholarly work, title = the link text.  Papers linked through
project pages (tossingbot, lerf.io, f3rm, NOCS, kywind, yenchenlin), dataset and simulator papers
cited with authors and year (YCB-Video Dataset -> PoseCNN arXiv, BOP, ScanNet, ShapeNet, MuJoCo,
CARLA, SoftGym, ManiSkill2), Distill articles (peer-reviewed journal; lines 485, 489, 541, 543, 616,
623) and the GTSAM tutorial (line 190, 'Factor Graphs and GTSAM', Dellaert et al. 2012, the
Georgia Tech technical report's web version) are entries.  Repeated items stay separate entries
(GelSight lines 443 and 514; Differentiable Nonparametric Belief Propagation lines 206 and 569).
Not entries (6): blog posts - line 296 (Google AI blog, Levine et al.), line 165 (Karpathy's RNN
blog), line 264 ('NeRF Explosion 2020', Dellaert's blog); software or a dataset without a paper -
line 346 (PartNet-Mobility Dataset, no authors), line 354 (PyBullet, the software's citation),
line 356 (NVIDIA Isaac Sim, no authors).
Special case: line 318 writes '(NYU Depth v2) Indoor Segmentation ...'; the bracketed nickname
before the title is dropped (title 'Indoor Segmentation and Support Inference from RGBD Images').
Line 169 links arxiv.org/abs/2203.12870v3 (id without version).
Count check: 192 item lines (grep '^(- |[0-9]+\\. )\\[') - 6 = 186 entries; 15 '#' topic headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "opipari__DeepRobWeb__papers__index@73f9596.md"
PART = "wild28_development"
ITEM = re.compile(r'(?:- |\d+\. )\[(.+)\]\(([^)\s]+)\)\{: target="_blank" rel="noopener noreferrer"\}(.*)$')
NOT_PAPERS = {296: "Deep Learning for Robots", 165: "The Unreasonable Effectiveness",
              264: "NeRF Explosion 2020", 346: "PartNet-Mobility Dataset", 354: "Pybullet",
              356: "NVIDIA Isaac Sim"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = 0
    topics = 0
    for i, text in enumerate(lines, 1):
        if re.match(r"# \S", text) and i > 20:
            topics += 1
        if not re.match(r"(?:- |\d+\. )\[", text):
            continue
        m = ITEM.match(text)
        assert m, i
        items += 1
        title, _url, rest = m.groups()
        if i in NOT_PAPERS:
            assert title.startswith(NOT_PAPERS[i]), (i, title)
            continue
        assert re.fullmatch(r", .+, \d{4} *", rest), (i, rest)
        if i == 318:
            assert title.startswith("(NYU Depth v2) ")
            title = title.removeprefix("(NYU Depth v2) ")
        papers.append(entry(lines, i, i, title))
    assert topics == 15, topics
    assert items == 192, items
    assert len(papers) == 186, len(papers)
    write_truth(NAME, PART, papers,
                "every core (numbered) and extended (bullet) list item under the 15 lecture topics whose subject is"
                " a scholarly work is an entry, title = the link text before the kramdown {: ...} attribute list;"
                " three blog posts and three software/dataset items without a paper are not; papers linked via"
                " project pages, dataset/simulator papers with authors and year, and Distill articles are",
                "first and last item of every core and extended list and of the Datasets/Perception Beyond Vision/"
                "More Frontiers sub-lists, every non-arXiv host (about 70 items: project pages, Distill, IEEE,"
                " CVF, PMLR, NeurIPS, RSS, MDPI, PLOS, IOP, ACM, Springer, dspace), the six items left out, the"
                " NYU Depth v2 prefix (line 318), the versioned arXiv link (line 169) and both repeated papers")


if __name__ == "__main__":
    main()
