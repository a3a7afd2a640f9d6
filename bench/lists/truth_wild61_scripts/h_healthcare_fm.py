"""Wild61 truth for Jianing-Qiu/Awesome-Healthcare-Foundation-Models README.md at 81a0d56: the paper list that
accompanies the survey "Large AI Models in Health Informatics: Applications, Challenges, and the Future" (IEEE
J-BHI 2023), grouped by model family and healthcare application.

Shape: 495 lines.  Intro and ``## News`` (9) with a J-BHI call-for-papers topic list (11-27); the group's Nature
Machine Intelligence article as a bold link with its authors one per line (31-43); a table of contents (47-75);
``## Survey`` (78) with the survey itself as a bold link over two lines and an author block (82-99) and its BibTeX
in a code fence (103-111).  The list: ``## Large Language Models`` (115), ``## Large Vision Models`` (198), ``## Large Audio
Models`` (257), ``## Large Multi-modal Models`` (274), each with ``### Healthcare Domain`` / ``### General Domain``
and sometimes bold sub-labels (``**Vision Transformers**:`` 234); ``## Applications of Large AI Models in
Healthcare`` (327) with ``###`` Bioinformatics .. Medical Robotics (331-459); ``## AI Legislation`` (462); two
dataset tables (471-493).  One paper per ``-`` bullet: title, then bracketed links::

    - HyenaDNA: Long-Range Genomic Sequence Modeling at Single Nucleotide Resolution [[Paper]](https://arxiv.org/abs/2306.15794) [[Code]](https://github.com/HazyResearch/hyena-dna)

Special cases:
- 121-122: one bullet wrapped over two lines (``- ChiMed-GPT: A Chinese Medical Large Language Model with Full`` /
  ``Training Regime and Better Alignment to Human Preferences [[Paper]](...)``); one entry, title joined by a space.
- Link labels vary: ``[[Paper]]`` / ``[[paper]]``, sometimes after ``[[Project]]`` (368 ADMETlab 2.0, 371 PanGu
  Drug Model), sometimes glued to the title (220 ``...Surgical Video Lectures[[Paper]]``, 280, 290).
- Many titles start with a model name added by the list (``SAM4Med: Generalist Vision Foundation Models ...`` 219,
  ``C2l: Comparing to Learn: ...`` 211, ``HuatuoGPT, Towards Taming ...`` 139, lower-cased ``Transunet: ...``);
  kept as written.  ``MSA Transformer`` (165, 350) is the whole title.
- Papers recur across sections (AlphaFold, BEHRT, UNETR, VisionFM, ...); each bullet is its own entry.  170
  (E2Efold-3D) links the bioRxiv DOI of 169; ids are taken as written.
- Not papers: 176 ``Chatgpt: Optimizing language models for dialogue [[Blog]]``, 249 ``H-optimus-0 ... [[Code]]``
  (model release), 374 ``dna-claude-analysis ... [[Code]]`` (toolkit), 429-432 the ``- - [Apex Health AI
  Diagnostic Suite]`` product links, 464-469 laws and regulations (``[[Source]]``), and the dataset tables.
- The group's own NMI article (33) and the survey (82-83) are presented as bold links with author blocks in the news
  and ``## Survey`` intro, not as list items; not entries (like the survey's BibTeX).

Decisions:
- Entry = every ``-`` bullet after line 114 that carries a ``[[Paper]]``/``[[paper]]`` link (266), one line each
  except 121-122.
- Title = the bullet text before the first ``[[``, stripped (lines joined by a space for 121-122).
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "Jianing-Qiu__Awesome-Healthcare-Foundation-Models__README@81a0d56.md"
PART = "wild61_development"

BULLET = re.compile(r"^- (.+)$")
PAPER = re.compile(r"\[\[paper\]\]", re.IGNORECASE)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 115:
            continue
        m = BULLET.match(ln)
        if not m:
            continue
        last = n
        text = m.group(1)
        if "[[" not in text and n < len(lines) and lines[n].strip() and not lines[n].startswith(("-", "#")):
            last = n + 1
            text = text.rstrip() + " " + lines[n].strip()
        if not PAPER.search(text):
            continue
        papers.append(entry(lines, n, last, text.split("[[")[0].strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 266, len(papers)
    assert min(by) == 120 and max(by) == 459, (min(by), max(by))
    assert by[121]["end"] == 122 and by[121]["title"] == (
        "ChiMed-GPT: A Chinese Medical Large Language Model with Full Training Regime and Better Alignment to"
        " Human Preferences"
    ), by[121]
    assert by[121]["arxiv"] == "2311.06025", by[121]
    assert by[139]["title"] == "HuatuoGPT, Towards Taming Language Models To Be a Doctor", by[139]
    assert by[165]["title"] == "MSA Transformer", by[165]
    assert by[220]["title"] == "Learning Multi-modal Representations by Watching Hundreds of Surgical Video Lectures"
    assert by[368]["title"].startswith("ADMETlab 2.0: an integrated online platform"), by[368]
    assert by[371]["title"] == "PanGu Drug Model: Learn a Molecule Like a Human", by[371]
    assert by[459]["title"] == "ChatGPT for Robotics: Design Principles and Model Abilities", by[459]
    for n in (33, 82, 122, 176, 249, 374, 429, 430, 464, 469, 490):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '-' bullet of the list sections (from '## Large Language Models' to Medical Robotics) that"
        " carries a [[Paper]]/[[paper]] link is one entry (266), one line each except the bullet wrapped over"
        " 121-122.  Title = the bullet text before the first '[[' (model-name prefixes such as 'SAM4Med:' kept as"
        " written).  Bullets without a paper link (a [[Blog]] post, [[Code]]-only model/toolkit, spam product"
        " links, laws with [[Source]]), the dataset tables, and the group's own article and survey shown as bold"
        " links with author blocks in the intro are not entries.",
        checked="Read the whole file; compared the -v output with all 266 bullets: the wrapped bullet 121-122,"
        " glued links (220, 280, 290), [[Project]]-first bullets (368, 371), repeated papers across sections,"
        " and that 176, 249, 374, 429-432 and 464-469 are absent; sampled arXiv ids and DOIs from links.",
    )


if __name__ == "__main__":
    main()
