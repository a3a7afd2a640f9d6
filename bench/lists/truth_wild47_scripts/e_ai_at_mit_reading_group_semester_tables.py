"""Wild47 truth for AI-at-MIT/Reading-Groups README.md: the MIT student AI club's (formerly MIT MIC) reading-group
schedule, one pipe table per semester from Fall 2016 to Spring 2021, newest semester first; newest commit (835b070,
2021-04-12).

Shape: 122 lines, 13 KB.  ``# AI@MIT club Reading Group`` (1), two lines of prose (3, 5), then nine
``## <Term> reading group schedule`` headings (8, 17, 30, 39, 57, 70, 83, 97, 114), each followed by one pipe table.
The five newest tables have four columns ``| Date | Paper | Slides | Presenter |`` (10-15, 19-27, 32-37, 41-55,
59-68), the four oldest three ``| Date | Paper | Presenter |`` (72-81, 85-95, 99-112, 116-122).  The Paper cell is
written four ways: one linked title ``[Title](url)`` (most rows; links go to arXiv abs/pdf, CVF/Nature/PDF files or
project pages), a bare unlinked title (Fall 2016 and Fall 2018 mostly: ``Adam - A method for stochastic
optimization`` 118, ``BERT: ...`` 75), several linked papers in one cell (77 two full titles; 109 ``[DeepFace] and
[FaceNet]``; 110 ``[DenseNet], [ResNet] and [HighwayNet]``; 45 ``Review of speech synthesis backend: [WaveNet],
[WaveRNN] and related papers``; 88 ``**Guest speaker:** GAN overview, [CycleGAN], [BicycleGAN]``), or a talk / topic /
event that is no paper.  Dates are inconsistent (the Spring 2021 table says 2020 for three rows); the Slides cell
holds ``[slides](...)``, ``[annotated paper](...)``, ``[slides]()`` or nothing.

Special cases:
- Non-paper rows (not entries): topic or invited talks 12 ``Recent advances in contrastive learning``, 13 ``Online
  Learning and Regret Minimization``, 15 ``Contrastive Text Generation`` (a member's talk on his own line of work; no
  paper link), 37 Kraska's ``Towards Learned Algorithms, Data Structures, and Systems``, 43 Jegelka's
  ``Representational Power of Graph Neural Networks``, 51 Kaelbling's ``Doing for our robots what nature did for
  us``, 52 Madry's ``A New Perspective on Adversarial Perturbations``, 64 ``A Brief Introduction to Hyperbolic
  Geometry for Machine Learning`` (the presenter's own slides), 80 ``Bring your own paper!``, 94 ``**Overview:**
  [Adversarial Examples]`` (a link to a folder of papers, a topic), 101 movie screening, 102 guest speakers'
  ``Robust Adversarial Examples`` talk, 107 ``One/Few shot learning`` (topic), 111 guest speaker's ``Object
  detection and recognition``.
- Several papers in one cell = one entry each, titled by their link text as written (``DenseNet``, ``WaveNet``,
  ``CycleGAN`` ...); in 88 the guest talk itself is no entry but the two works it links (CycleGAN, BicycleGAN) are.
  In 45 the words ``and related papers`` name nothing and are no entry.
- Side links that are not the paper: ``([video](...))`` 67, ``([blog post](...))`` 79.
- 104 ``Mastering the game of Go without human knowledge (AlphaGo Zero)``: the parenthesized nickname after the
  title is dropped.
- Repeats are separate entries: MAML 47 and 93; BicycleGAN's project page is linked in 88 and 89.

Decisions:
- Entry = one paper named in the Paper cell of a table row: each ``[text](url)`` link of the cell except the side
  links (video, blog post) is one entry titled by its link text; a cell with no link is one entry titled by the
  cell text, unless the row is in the non-paper list above.
- All entries sit on one line (first = last = the row).  When a row names several papers each entry's arXiv id / DOI
  is taken from its own link's URL (not the first id of the line); single-paper rows use the line.
"""
import re

from _wild47 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "AI-at-MIT__Reading-Groups__README@835b070.md"
PART = "wild47_development"

HEADING = re.compile(r"^## (?:Spring|Fall) \d{4} reading group schedule$")
HEAD = re.compile(r"^\| Date \| Paper \|(?: Slides \|)? Presenter \|$")
ALIGN = re.compile(r"^\|[-| ]+\|$")
LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)]*)\)")
SIDE = {"video", "blog post"}
NOT_PAPER = {12, 13, 15, 37, 43, 51, 52, 64, 80, 94, 101, 102, 107, 111}
NICK = re.compile(r"\s\((?:AlphaGo Zero)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# AI@MIT club Reading Group"
    papers = []
    tables = 0
    rows = 0
    for n, ln in enumerate(lines, 1):
        if HEADING.match(ln) or ALIGN.match(ln):
            continue
        if HEAD.match(ln):
            tables += 1
            continue
        if not ln.startswith("|"):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert len(cells) in (3, 4), (n, cells)
        rows += 1
        if n in NOT_PAPER:
            continue
        cell = cells[1]
        links = [m for m in LINK.finditer(cell) if m.group("text") not in SIDE]
        if not links:
            assert not re.search(r"[\[\]*]", cell), (n, cell)
            papers.append(entry(lines, n, n, NICK.sub("", cell)))
        elif len(links) == 1:
            papers.append(entry(lines, n, n, NICK.sub("", links[0].group("text"))))
        else:
            for m in links:
                p = entry(lines, n, n, m.group("text"))
                p["arxiv"], p["doi"] = arxiv_of(m.group("url")), doi_of(m.group("url"))
                papers.append(p)
    assert (tables, rows) == (9, 70), (tables, rows)
    t: dict[int, list] = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert [p["title"] for p in t[110]] == ["DenseNet", "ResNet", "HighwayNet"], t[110]
    assert [p["arxiv"] for p in t[110]] == ["1608.06993", "1512.03385", "1505.00387"], t[110]
    assert [p["title"] for p in t[88]] == ["CycleGAN", "BicycleGAN"], t[88]
    assert [p["arxiv"] for p in t[45]] == ["1609.03499", "1802.08435"], t[45]
    assert t[104][0]["title"] == "Mastering the game of Go without human knowledge", t[104]
    assert t[118][0]["title"] == "Adam - A method for stochastic optimization", t[118]
    assert (t[14][0]["title"], t[14][0]["arxiv"]) == (
        "Fixing Data Augmentation to Improve Adversarial Robustness", "2103.01946"), t[14]
    assert (t[67][0]["title"], t[67][0]["arxiv"]) == (
        "A Style-Based Generator Architecture for Generative Adversarial Networks", "1812.04948"), t[67]
    assert t[79][0]["title"] == "Neural Turing Machines", t[79]
    assert len(t[77]) == 2 and t[77][1]["title"].startswith("Omnibase"), t[77]
    assert len(papers) == 62, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Nine semester tables (70 rows); each paper named in a row's Paper cell is an entry (62): every link of the"
        " cell except the '(video)' / '(blog post)' side links is one entry titled by its link text (several per"
        " row in 45, 77, 88, 109, 110), a link-less cell is one entry titled by the cell text; 14 rows that are"
        " topic or invited talks, an overview folder, 'Bring your own paper!' or a movie screening are not entries"
        " (12, 13, 15, 37, 43, 51, 52, 64, 80, 94, 101, 102, 107, 111); the '(AlphaGo Zero)' nickname after 104's title"
        " is dropped; on multi-paper rows each entry's id comes from its own link URL.",
        "Read all 122 lines; compared -v for every row of the nine tables: the 14 non-paper rows left out, the"
        " multi-paper rows (45 WaveNet/WaveRNN, 77 two Katz papers, 88 CycleGAN/BicycleGAN in the guest-talk row,"
        " 109 DeepFace/FaceNet, 110 DenseNet/ResNet/HighwayNet) split with their own arXiv ids, unlinked titles"
        " (Fall 2016 118-122, Fall 2018 74-76/78/81) kept as written, side links dropped (67, 79), repeats"
        " MAML 47/93 kept; ids: arXiv abs/pdf links only, no DOI (the Nature link 104 has none).",
    )


if __name__ == "__main__":
    main()
