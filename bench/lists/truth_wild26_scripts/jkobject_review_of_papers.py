"""Wild26 truth for jkobject/jkobject.github.io _pages/review-of-papers.md: a researcher's own reading log.

Shape: a Jekyll page (front matter, then an "Overview" of reading questions and "7 things that would
make papers better (after 156 papers)", lines 1-93, not entries).  Under '# Papers' (line 94) one
'## ' heading per paper read, followed by free notes (questions, glossaries after '----' rules,
quotes, French remarks).  The heading is 'Title -- Authors/lab' with a separator that varies:
'--', '---', '-- ' with no author after it (UMAP, line 1353; lines 1454, 1497), or none at all.
Title = heading text before the first run of two or more hyphens, markup removed ('Title: '
prefix dropped on line 1213, link text kept on lines 1225, 1250, 1269), a closing '.' dropped
(lines 516, 1140).  Where the heading has no '--' the title is the whole heading, except ten
headings whose authors follow a single ' - ', ',' or a bare space (SPECIAL: lines 96, 154, 175,
392, 396, 407, 411, 415, 533, 1444); a ' - ' inside a title before the '--' is kept (lines 246,
558).  Three group headings hold '### ' paper sub-headings that are entries ('Papers Gilchrist'
629 -> 630-636; 'PAN CANCER ANALYSIS OF WHOLE GENOME' 1478 -> 1480, whose title is cut off
mid-sentence in the file; 'ENCODE3' 1520 -> 1524, 1528); the group headings are not entries.
Special cases:
- Three papers are written as a plain line in the body of another section (no heading): line 125
  'The Equivalence of ... Reduction Manesh sahani' and line 134 'self calibrating NN for
  dimensionality reduction Chklovskii' (inside the 'cracking the neural code --peter latham'
  lecture notes), and line 167 'Evolving Neural Networks through Augmenting Topologies - Kenneth O
  stanley' (after the neural turing machine notes).  Each is an entry from its line to the end of
  its notes; authors cut off by hand.
- Line 493-498: the record also names a second paper read with it ('addition of the second paper
  "Predicting effects of noncoding variants with deep learning–based sequence model"', line 494):
  two entries on the same lines.
- Nicknames only: 'gene2vector' (242) and 'IMPALA -- DeepMind' (529) are entries with title null.
- Titles written loosely are kept as written: 'neural turing machine' (154), 'GLOW: FLow based
  generative network' (346), 'pooled screens in human cells' (407), 'A guide to DL in healthcare'
  (651), 'what are super enhancers?' (659).
- Repeated papers are separate entries (lines 744/1404, 592/1509).
Not entries (10 headings): 'neural coding  Peter latham' (108) and 'cracking the neural code
--peter latham' (121), judged lecture notes (the second holds two papers); 'Alex graves talk at
IJCNN' (144, a talk); 'Deep-learning-free Text and Sentence Embedding --Sanjeev Arora' (204, links
an offconvex.org blog post) and 'How do we capture structure in relational data --Sanjeev' (216,
the next post of the same blog); the empty headings '## ' (624) and '### ' (1484); the group
headings 629, 1478, 1520.
Count check: 188 headings after line 94 (grep '^#') = 178 paper headings + 10 not entries; plus 3
body records and 1 second paper = 182 entries, 2 with title null.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "jkobject__jkobject.github.io___pages__review-of-papers@4cf13d9.md"
PART = "wild26_development"
NOT_ENTRY = {108, 121, 144, 204, 216, 624, 629, 1478, 1484, 1520}
NULL_TITLE = {242, 529}
SPECIAL = {
    96: "Attention in a bayesian framework",
    154: "neural turing machine",
    175: "Predicting the sequence specificities of DnA- and RnA-binding proteins by deep learning",
    392: "Personal clinical history predicts antibiotic resistance in urinary tract infections",
    396: "Deciphering regulatory DNA sequences and noncoding genetic variants using neural network models"
         " of massively parallel reporter assays",
    407: "pooled screens in human cells",
    411: "Manifold-tiling Localized Receptive Fields are Optimal in Similarity-preserving Neural Networks",
    415: "Can deep learning improve genomic prediction of complex human traits?",
    533: "Unsupervised embedding of single-cell Hi-C data",
    1444: "Genome-wide somatic variant calling via colored debrujin graphs",
}
# paper records written as a plain body line: line -> (end line, title)
BODY = {
    125: (130, ("The Equivalence of Information-Theoretic and Likelihood-Based Methods for Neural"
               " Dimensionality Reduction")),
    134: (138, "self calibrating NN for dimensionality reduction"),
    167: (171, "Evolving Neural Networks through Augmenting Topologies"),
}
SECOND = (493, "Predicting effects of noncoding variants with deep learning–based sequence model")


def heading_title(i: int, text: str) -> str | None:
    if i in NULL_TITLE:
        return None
    t = re.sub(r"^#+\s*", "", text)
    if i in SPECIAL:
        assert t.startswith(SPECIAL[i]), i
        return SPECIAL[i]
    t = re.sub(r"^Title:\s*", "", t)
    t = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", t)
    t = re.split(r"\s*-{2,}", t, maxsplit=1)[0].strip()
    return t.removesuffix(".").strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[93] == "# Papers"
    heads = [i for i, t in enumerate(lines, 1) if i > 94 and t.startswith("#")]
    assert len(heads) == 188, len(heads)
    starts = sorted(set(heads) | set(BODY))
    papers = []
    for k, i in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        if i in BODY:
            end_b, title = BODY[i]
            assert end_b == end and lines[i - 1].startswith(title), (i, end)
            papers.append(entry(lines, i, end, title))
            continue
        if i in NOT_ENTRY:
            continue
        papers.append(entry(lines, i, end, heading_title(i, lines[i - 1])))
        if i == SECOND[0]:
            assert SECOND[1] in lines[i], i
            papers.append(entry(lines, i, end, SECOND[1]))
    assert len(papers) == 182, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 2
    write_truth(NAME, PART, papers,
                "every '##'/'###' heading under '# Papers' naming one paper read is an entry (title = heading"
                " text before the first '--', authors after a single ' - ', ',' or space cut by hand on ten"
                " headings), plus three papers written as plain body lines and a second paper named inside one"
                " record; lecture, talk and blog headings, empty and group headings are not entries;"
                " 'gene2vector' and 'IMPALA' have title null",
                "all 188 headings and the body text read by eye (lines 94-1544) to find body-line papers, talks,"
                " blog posts and group headings; every title checked against its heading; the two bioRxiv DOIs"
                " (lines 1250, 1269) and the Nature article link (1225, no DOI) checked")


if __name__ == "__main__":
    main()
