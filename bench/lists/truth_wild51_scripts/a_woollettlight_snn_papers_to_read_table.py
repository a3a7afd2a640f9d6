"""Wild51 truth for JonathanWoollett-Light/phd Papers.md: a PhD student's "Papers to read" table on spiking neural
networks / neuromorphic computing (with memristor, FPAA and photonic-computing side reads), newest commit touching
the file (4f2c59e, 2025-09-30).

Shape: 68 lines, 6 KB.  ``# Papers to read`` (1), ``**or finish reading**`` (3), two loose bullets (5 a
scitechdaily news URL, 6 a note), then ONE two-column pipe table ``| Paper | Topic |`` (8) with an alignment row (9)
and 59 rows (10-68); the Topic cell is often empty (``| Title | |``), once the closing space is missing
(``...specificity| |`` 59); no final newline.  The Paper cell mixes every way of naming a paper:
- 10-19: author-year only (``Hopfield 2010``, ``Ponulak and Kasinski 2006b``, ``Belter et al. 2008``), copied from
  a review's reference list: papers without a title -> title None.
- 20 ``J. Seo et al., in Custom Integrated Circuits Conference (CICC), 2011 IEEE ...``: venue, no title -> None.
- Full references: Nature-style 22/23 (``Florian, R. V. Title. Neural Comput. 19, ... (2007).``), IEEE-style
  30 (``W. Maass, ‘‘Title,’’ Neural Comput., ...``) and 61 (``C. Mead, “Title,”``), AAAI-style pasted with the
  citation key 31 (``Zheng et al., 2021\\] Hanle Zheng, ... . Title. I`` - escaped bracket, cut off after ``I``)
  and 32 (``[Li et al., 2021a] Yuhang Li, ... Shi Gu. Title``).
- Bare titles (most rows), a few with a year prefix: 33 ``2024 GYMNASIUM: ...`` (all caps), 40 ``2022 Spiking
  Neural Networks and Their Applications``, 42 ``2022 Liquid State Machine on SpiNNaker ...``; but 41 ``2022
  roadmap on neuromorphic computing and engineering`` is the paper's real title (the year belongs to it).
- Bare URLs: 35 PMC article, 36 arXiv abs (papers, title None); 26/37 GitHub repos, 34 docs note, 46
  neurosciencenews article (not papers).
- 47 ``Locational Encoding with Neuromorphic Systems (LENS)`` with the project page in the Topic cell: the system
  name of a paper, no title -> None.

Decisions:
- Entry = each table row whose Paper cell names a research paper (55 of 59); not entries: 26, 34, 37, 46 (code
  repos, docs, news), the two loose bullets 5-6, header and alignment rows.
- Title = the title inside the Paper cell: authors/citation key/venue/pages dropped for the full references, the
  ``‘‘ ’’``/``“ ”`` quotes and trailing ``,`` dropped (30, 61), a leading publication year dropped (33, 40, 42, but
  kept in 41 where it is part of the title), a trailing period dropped (28); None for author-year-only rows
  (10-19), the venue-only 20, the bare URLs 35/36 and the system name 47.
- The cut-off 31 keeps its title ``Going deeper with directly-trained larger spiking neural networks`` (the stray
  `` I`` after the final period is the start of the venue).
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "JonathanWoollett-Light__phd__Papers@4f2c59e.md"
PART = "wild51_development"

ROW = re.compile(r"^\| (?P<paper>.*?) ?\| ?(?P<topic>.*?) ?\|$")
NOT_PAPERS = {26, 34, 37, 46}
NO_TITLE = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 35, 36, 47}
SPECIAL = {
    22: "Reinforcement learning through modulation of spike-timing-dependent synaptic plasticity",
    23: "Spike-based reinforcement learning in continuous state and action space: when policy gradient methods fail",
    28: "Learnable surrogate gradient for direct training spiking neural networks",
    30: "Lower bounds for the computational power of networks of spiking neurons",
    31: "Going deeper with directly-trained larger spiking neural networks",
    32: "Differentiable spike: Rethinking gradient-descent for training spiking neural networks",
    33: "GYMNASIUM: A STANDARD INTERFACE FOR REINFORCEMENT LEARNING ENVIRONMENTS",
    40: "Spiking Neural Networks and Their Applications",
    42: "Liquid State Machine on SpiNNaker for Spatio-Temporal Classification Tasks",
    61: "Neuromorphic electronic systems",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Papers to read"
    assert lines[7] == "| Paper | Topic |"
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 10:
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        cell = m.group("paper")
        if n in NOT_PAPERS:
            assert "http" in cell, (n, cell)
            continue
        if n in NO_TITLE:
            title = None
        elif n in SPECIAL:
            title = SPECIAL[n]
            assert title in cell, (n, cell)
        else:
            title = cell
            assert not re.search(r"https?:|^\d{4} (?!roadmap)|\.$|\[|\]", title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert len(lines) == 68, len(lines)
    t = {p["line"]: p for p in papers}
    assert t[10]["title"] is None and t[19]["title"] is None
    assert t[36]["arxiv"] == "2304.07613", t[36]
    assert t[41]["title"] == "2022 roadmap on neuromorphic computing and engineering", t[41]
    assert t[59]["title"] == "Self-supervised predictive learning accounts for cortical layer-specificity", t[59]
    assert t[57]["title"] == "Opportunities for neuromorphic computing algorithms and applications", t[57]
    assert t[68]["title"] == "Robust Gymnasium: A Unified Modular Benchmark for Robust Reinforcement Learning", t[68]
    assert t[47]["title"] is None, t[47]
    assert sum(p["title"] is None for p in papers) == 14
    assert len(papers) == 55, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the single 'Paper | Topic' table (10-68) whose Paper cell names a research paper is an entry (55;"
        " GitHub repos 26/37, docs note 34 and news URL 46 are not); title = the title inside the cell (authors,"
        " citation keys, venues, quotes dropped for full references 22/23/30/31/32/61; leading year dropped in"
        " 33/40/42 but kept in 41 '2022 roadmap ...' where it is the title; trailing period dropped 28); None for the"
        " author-year-only rows 10-19, the venue-only 20, bare paper URLs 35/36 and the system name 47 (LENS).",
        "Read all 68 lines; compared -v for every row 10-68: 14 None titles (10-20, 35, 36, 47), full references"
        " (Nature/IEEE/AAAI styles, escaped '\\]' 31, cut-off 'I' 31, curly quotes 30/61), year prefixes, all-caps 33,"
        " the missing space before the pipe 59, the 4 excluded non-paper rows; arXiv id only from 36.",
    )


if __name__ == "__main__":
    main()
