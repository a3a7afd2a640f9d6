"""Wild54 truth for sisiwuxi/paper paper_list.md: a Chinese engineer's working list of deep-learning-compiler papers
(tensor compilers, auto-tuners, cost models, schedulers, operator fusion, search heuristics, tensor cores, accelerator
architecture), newest commit (295272f, 2022-08-08).

Shape: 338 lines (no closing newline), 31 KB, mostly NOT Markdown structure but rows pasted from a spreadsheet as raw
tab-separated text. 1-101 hold no papers: ``# lecture`` / ``# tool`` URL lists (1-9), a ``# Conferences & Journals &
Magazines & Thesis`` part with an indented venue-name list (15-39) and a pipe table of venues and deadlines with tabs
inside cells (49-88). ``# SUMMARY`` (92) lists the sections; then one ``## section`` heading per topic (``survey``
102, ``libraries`` 122, ``compiler`` 143, ``tuner`` 188, ``cost_model`` 208, ``scheduler`` 226, ``fusion`` 256,
``search`` 274, ``convolution`` 304, ``architecture`` 323), each with a tab-separated header row
``no<TAB>title<TAB>abbreviation<TAB>year<TAB>conference/journal<TAB>authors<TAB>affiliation`` and rows ``cp07<TAB>TASO:
...<TAB>TASO<TAB>2019/1<TAB>SOSP<TAB>Zhihao Jia，...<TAB>Stanford`` keyed by a section id (sv01, cp01, tn01, cm01,
sd01, fs01, sm01, co1, ar1).

Special cases:
- Spreadsheet quoting: a cell holding a line break is wrapped in double quotes and runs over two to five physical
  lines: titles (sv06 110-111 ``"Hardware Compilation of Deep Neural Networks:\\nAn Overviewv"``, sv08, sv11, cp15,
  tn02, tn03 with the break before the closing quote, ar5), authors / affiliations (sv09, cp30, tn01, cm01 211-215,
  sd04, sd06).  tn11 (204) has a stray quote and tab before its title (``"	GPTune: ..."``).  An entry spans all its
  physical lines.
- ``## search`` rows sm03-sm11 (279-299) put a whole citation in the title cell (``"Nikolaus Hansen. 2006. The CMA
  evolution strategy: a comparing review. In\\nTowards a new evolutionary computation. ..."``); the title is cut out
  of the citation by hand (dict TITLE below).  sm03 and sm04 cite the same chapter: two entries.  sm08 (289-292)
  merges Rechenberg's book ``Evolutionsstrategie`` (1973, a book, not an entry) with the PPSN paper ``Step-Size
  Adaptation Based on Non-Local Use of Selection Information``: one entry, the paper.  sm02 (278) is Goldberg's book
  ``Genetic Algorithms in Search, Optimization and Machine Learning``: not an entry.
- cp15 (160-161) writes two titles joined by ``/`` (``DLVM: A modern compiler infrastructure for deep learning
  systems/DLVM: A modern compiler framework for neural network DSLs``): the arXiv report and the NIPS workshop paper,
  two entries on the same lines.
- cp21 (167) ``Nvidia: TensorRT; Google:TOCO;Tensorflow:XLA`` names three tools: not an entry.
- ``## libraries`` (124-140) lists vendor white papers, libraries and a guide (Ampere/Turing/Volta white papers,
  cuBLAS, cuDNN, CUTLASS, oneDNN, XLA page): not entries, except the one paper row ``mit	VeGen: a vectorizer generator
  for SIMD and beyond	2021	url`` (136).
- fs11 (269) adds a Chinese note in parentheses after the title (``(这篇讲了对sparse/dense的处理)``): dropped.
- Titles kept as written: typos ``Overviewv`` (110-111), ``networ`` (ar3), truncated ``Tensor Program Optimization with
  Probabilistic`` (sd22), ``Optimizing {CNN} Model Inference on CPUs`` with BibTeX braces (tn06), ``isl. An Integer
  Set Library ...`` (cp32), ``timeloop.a systematic ...`` (ar7), ``Ansor : ...`` (sd02).
- Ids sd11 and sd13 are each used twice (241/245, 243/246); repeated papers (Rammer cp05/sd19, ``Machine Learning in
  Compiler Optimization`` sv05/tn07) are separate entries.  sd21/sd22 (253-254) switch from tabs to spaces mid-row.
- No arXiv or DOI anywhere (the only paper URL is VeGen's MIT PDF).

Decisions:
- Entry = every id-keyed row of the topic sections (sv, cp, tn, cm, sd, fs, sm, co, ar), minus cp21 (tools) and sm02
  (book), plus the VeGen row of ``## libraries``, with cp15 split in two (144 id rows - 2 + VeGen + 1 = 144 entries);
  title = the title cell (quotes and line breaks collapsed), or the title cut out of the citation for sm03-sm11.
- Not entries: the URL lists, venue list and venue table, headings, header rows, library/white-paper rows.
"""
import csv
import io
import re

from _wild54 import entry, read_lines, write_truth

NAME = "sisiwuxi__paper__paper_list@295272f.md"
PART = "wild54_development"

ROW = re.compile(r"^(?P<id>(?:sv|cp|tn|cm|sd|fs|sm|co|ar)\d+)\t")
TITLE = {  # citations in the title cell of ## search: the title cut out by hand
    "sm03": "The CMA evolution strategy: a comparing review",
    "sm04": "The CMA evolution strategy: a comparing review",
    "sm05": "A Comparison of Active and Passive Portfolio Management",
    "sm06": "Genetic algorithms",
    "sm07": "Differential evolution",
    "sm08": "Step-Size Adaptation Based on Non-Local Use of Selection Information",
    "sm09": "Evolution under strong noise: A self-adaptive evolution strategy can reach the lower performance"
    " bound-the pccmsa-es",
    "sm10": "Particle swarm optimization",
    "sm11": "Stochastic superoptimization",
}
NOT_PAPERS = {"cp21", "sm02"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# lecture"
    papers = []
    n = 1
    seen = []
    while n <= len(lines):
        ln = lines[n - 1]
        m = ROW.match(ln)
        if not m:
            if ln.startswith("mit\tVeGen"):
                assert n == 136, n
                papers.append(entry(lines, n, n, ln.split("\t")[1]))
            n += 1
            continue
        last = n
        text = ln
        while text.count('"') % 2:  # a quoted cell runs on over the next physical lines
            last += 1
            text += "\n" + lines[last - 1]
        cells = next(csv.reader(io.StringIO(text), delimiter="\t"))
        rid, title = cells[0], re.sub(r"\s+", " ", cells[1]).strip()
        seen.append(rid)
        if rid in NOT_PAPERS:
            n = last + 1
            continue
        if rid in TITLE:
            want = TITLE[rid]
            assert want in title, (rid, title)
            title = want
        elif rid == "cp15":
            first, second = title.split("/")
            papers.append(entry(lines, n, last, first))
            title = second
        elif rid == "fs11":
            title = title.split(" (")[0]
        papers.append(entry(lines, n, last, title))
        n = last + 1
    assert len(seen) == 144, len(seen)
    assert len(papers) == 144, len(papers)
    t = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert [p["title"] for p in t[110]] == ["Hardware Compilation of Deep Neural Networks: An Overviewv"], t[110]
    assert t[110][0]["end"] == 111
    assert [p["title"] for p in t[160]] == ["DLVM: A modern compiler infrastructure for deep learning systems",
                                           "DLVM: A modern compiler framework for neural network DSLs"], t[160]
    assert t[136][0]["title"] == "VeGen: a vectorizer generator for SIMD and beyond"
    assert t[204][0]["title"] == "GPTune: Multitask Learning for Autotuning Exascale Applications", t[204]
    assert (t[211][0]["title"], t[211][0]["end"]) == (
        "A Deep Learning Based Cost Model for Automatic Code Optimization in Tiramisu", 215), t[211]
    assert t[269][0]["title"] == "On Optimizing Machine Learning Workloads via Kernel Fusion", t[269]
    assert (t[289][0]["title"], t[289][0]["end"]) == (TITLE["sm08"], 292), t[289]
    assert 167 not in t and 278 not in t
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every id-keyed tab-separated row of the topic sections (sv/cp/tn/cm/sd/fs/sm/co/ar) is an entry, spanning"
        " all physical lines of its spreadsheet-quoted cells, title = the title cell with quotes and line breaks"
        " collapsed; cp15's two slash-joined DLVM titles are two entries; the whole citations in sm03-sm11 give the"
        " title cut out by hand (sm08: the PPSN paper, not Rechenberg's book); fs11's Chinese parenthetical note is"
        " dropped; not entries: cp21 (three tools), sm02 (a book), the library/white-paper rows of '## libraries'"
        " except the VeGen paper row (136), the URL lists, venue list and venue table: 144 entries.",
        "Read all 338 lines; compared -v with every row of every section (survey 105-119, VeGen 136, compiler"
        " 146-184, tuner 191-205, cost_model 211-222, scheduler 229-254, fusion 259-271, search 277-301, convolution"
        " 306-319, architecture 326-338): spans of the quoted multi-line cells (110-111, 113-114, 115-116, 118-119,"
        " 160-161, 176-177, 191-192, 193-194, 195-196, 211-215, 232-233, 235-236, 279-300, 330-331), the stray"
        " quote of tn11 (204), repeated ids sd11/sd13, repeats Rammer and 'Machine Learning in Compiler"
        " Optimization' kept twice, typos and braces kept; no arXiv or DOI in the file.",
    )


if __name__ == "__main__":
    main()
