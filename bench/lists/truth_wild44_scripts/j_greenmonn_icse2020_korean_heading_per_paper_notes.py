"""Wild44 truth for greenmonn/greenmonn.github.io _posts/2020-07-07-ICSE-2020-record.md (newest commit 1ae86f4): a
Korean graduate student's blog record of the five days of ICSE 2020 (virtual), 690 lines, notes written in Korean
with English technical terms.

Shape: Jekyll front matter (1-4), an English teaser and ``<!--more-->``, then one ``#`` heading per day (``# 첫째날``
.. ``# 다섯째날``), ``##`` session headings (``## Testing & Debugging for Deep Learning System``) with Korean
introductory prose, and one ``###`` heading per paper followed by Korean notes (paragraphs, bullets, blockquotes,
figures, ``**(1) ...** <br />`` steps).  Paper headings come in two forms: numbered within the session
(``### [1] DISSECTOR: Input Validation ...``, days 1-3) and plain, some with a track tag after the title
(``### An Empirical Validation of Oracle Improvement (Journal First)``, ``(Technical)``, ``(SEIP)``); a few paper
headings have no notes at all (108, 120, 141, 145, 147, 220, 284, 286, 408).  Track notes also appear as the first
line under a heading (``(SEIP: Software Engineering in Practice)``, ``(Journal First)``, ``(technical track)``).
Links inside notes: ``Paper link: https://ieeexplore.ieee.org/document/8827954`` (176), an arXiv pdf (199),
``[Arxiv](https://arxiv.org/pdf/1907.08710.pdf)`` (635, 643), ``[arxiv](...)`` at the end of a paragraph (666, 686), IEEE Xplore (497), a project site (228), the
Cleverhans GitHub library (262), a Scholarpedia article (596).  Other headings: ``### [Review] ...`` (80) and
``### [Idea] ...`` (82, 86) are the writer's own thoughts; ``## Keynote: Formal Reasoning and the Hacker Way - Peter
O'Hearn`` (422) is a keynote talk.  Day five opens with two award sections whose bullets name papers: ``-
Oracle-Guided Component-Based Program Synthesis: http://.../icse10.pdf`` (585) and ``- Primers or Reminders? The
Effects of Existing Review Comments on Code Review`` with a Korean sub-bullet (589-590).  A session is commented
out (``<!--- ## Mutation with DL ### DeepMutation: A Neural Mutation Tool (Journal First) -->``, 571-575).  Inside
notes, 132-134 name three earlier papers in a bracketed run of prose (``[Causal inference for statistical fault
localization: ISSTA '10, Mitigating ... FSE '11, Debugging with Intelligence via Probabilistic Inference]``) and 451
is a bullet ``-   OASIS 논문: [Link](https://dl.acm.org/doi/10.1145/3213846.3229503)`` (OASIS paper: link) inside the
notes of the Oracle Improvement paper (447).

Entries (63): every ``###`` heading naming a paper (60), the two award bullets (585, 589) and the OASIS bullet (451,
a bullet whose subject is one earlier paper, given by its nickname and DOI link).  Not entries: the [Review] and
[Idea] headings, session/day headings, the keynote, the commented-out DeepMutation heading (hidden by the writer,
not rendered), the papers named inside the bracketed prose 132-134, library/project/Scholarpedia links.
Spans: a paper heading runs to the last non-blank line before the next heading of any level (or the end of the file),
so its notes and its own links belong to it; 447 stops before the OASIS bullet (447-449) so that the OASIS DOI is not
given to the paper it precedes, and its remaining notes (453-463) belong to no entry; 585 is one line, 589-590 the
bullet and its sub-bullet.
Titles: the heading text without the ``[n]`` session number and without a trailing track tag in brackets
(``(Journal First)``, ``(Technical)``, ``(SEIP)``); the writer's bracketed gloss at the end of 284 (``(extrinsic /
intrinsic bugs)``) is dropped too, while the bracket inside 167 (``A Systemetic Assessment of 16 Automated Repair
Systems (Test Suite based) for Java Programs``) is kept, as are the typos (``Failrues`` 70, ``Systemetic`` 167,
``Investication`` 527) and ``≠`` (598); 585 the text before ``: http``; 589 the bullet text; 451 null (nickname).
Ids: arXiv 1911.04768 (195, link 199), 1907.08710 (627), 1910.02688 (637), 2005.00972 (657, link at the end of the
paragraph 666), 1810.01791 (684, ``[arxiv](...)`` at the end of 686); DOI 10.1145/3213846.3229503 (451); IEEE document
numbers are not DOIs.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "greenmonn__greenmonn.github.io___posts__2020-07-07-ICSE-2020-record@1ae86f4.md"
PART = "wild44_development"

COMMENT = range(571, 576)  # <!--- ... --> around the DeepMutation session
NOT_PAPER_H3 = {80, 82, 86}  # [Review] / [Idea]
TAG = re.compile(r" \((?:Journal First|Technical|SEIP|extrinsic / intrinsic bugs)\)$")


def last_nonblank(lines: list[str], start: int, stop: int) -> int:
    """Last non-blank 1-based line in start..stop-1."""
    j = stop - 1
    while not lines[j - 1].strip():
        j -= 1
    assert j >= start
    return j


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 691 and lines[-1] == ""
    assert lines[570] == "<!---" and lines[574] == "-->"
    heads = [i for i, ln in enumerate(lines, 1) if ln.startswith("#") and i not in COMMENT]
    papers = []
    for k, i in enumerate(heads):
        ln = lines[i - 1]
        if not ln.startswith("### ") or i in NOT_PAPER_H3:
            continue
        nxt = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        if i == 447:
            assert lines[450].startswith("-   OASIS 논문: [Link]")
            nxt = 451
        if i < COMMENT.start < nxt:
            nxt = COMMENT.start  # 566 ends before the comment block
        end = last_nonblank(lines, i, nxt)
        title = TAG.sub("", re.sub(r"^### (?:\[\d\] )?", "", ln))
        papers.append(entry(lines, i, end, title))
    papers.append(entry(lines, 451, 451, None))
    assert lines[584].startswith("-   Oracle-Guided Component-Based Program Synthesis: http")
    papers.append(entry(lines, 585, 585, "Oracle-Guided Component-Based Program Synthesis"))
    assert lines[588] == "-   Primers or Reminders? The Effects of Existing Review Comments on Code Review"
    papers.append(entry(lines, 589, 590, lines[588][4:]))
    t = {p["line"]: p["title"] for p in papers}
    e = {p["line"]: p["end"] for p in papers}
    assert t[24] == "DISSECTOR: Input Validation for Deep Learning Applications by Crossing-layer Dissection"
    assert t[167] == "A Systemetic Assessment of 16 Automated Repair Systems (Test Suite based) for Java Programs"
    assert t[284] == "How Bugs Are Born: A model to identify how bugs are introduced in software components"
    assert t[447] == "An Empirical Validation of Oracle Improvement" and e[447] == 449
    assert t[481] == "Planning for Untangling: Predicting the Difficulty of Merge Conflicts"
    assert t[489].endswith("An Industrial Case Study") and t[598].startswith("Big Code ≠ Big Vocabulary")
    assert e[24] == 50 and e[70] == 78 and e[147] == 147 and e[566] == 569 and e[688] == 690
    assert not any("[Review]" in (x or "") or "[Idea]" in (x or "") for x in t.values())
    arx = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert arx == {195: "1911.04768", 627: "1907.08710", 637: "1910.02688", 657: "2005.00972",
                   684: "1810.01791"}, arx
    dois = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert dois == {451: "10.1145/3213846.3229503"}, dois
    assert len(papers) == 63, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each ### heading naming a paper is an entry spanning its notes up to the next heading (the [Review]/[Idea] "
        "headings, the keynote and the commented-out DeepMutation session are not), plus the two award bullets "
        "585/589 and the OASIS bullet 451 (null title, its DOI; the Oracle Improvement entry stops before it); "
        "title = heading text without the [n] number and a trailing track tag such as (Journal First) or the "
        "writer's gloss (extrinsic / intrinsic bugs), typos kept; papers named in the bracketed prose 132-134 are "
        "not entries.",
        "Whole 690-line file read against the -v output: all 64 ### headings (60 papers, 3 [Review]/[Idea], 1 "
        "commented out; numbering and track-tag removal), every span end at the next heading including the note-less headings and "
        "the day breaks, the comment block 571-575, the award bullets 585/589-590, the OASIS bullet 451 and the "
        "Oracle Improvement span 447-449, the arXiv links 199/635/643/666/686, the IEEE document links 176/497 (no DOI), "
        "the Cleverhans/Scholarpedia/project links read as non-entries.",
    )


if __name__ == "__main__":
    main()
