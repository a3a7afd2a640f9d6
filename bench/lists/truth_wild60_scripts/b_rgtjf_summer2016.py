"""Wild60 truth for rgtjf/Summer_Paper_Reading_2016 README.md at 819bae2 (2016-09-19): a student's own summer 2016
NLP paper-reading log: one ``###`` heading per paper read, named like the PDF files of the repository
(``<n>-<venue><yy>-<group or author>-<title>``), with PDF/Bib/code links and long English notes; then "Other
Papers" and a plain to-read list of NAACL 2016 titles, some struck with ``<del>``.

Shape: 677 lines.  Note template (2-13), ``[TOC]`` (15).  Paper headings ``### 1-NIPS15-Google-Pointer Network``
(17) ... ``### 22-NAACL16-USTC-Improve ChineseWord Embeddings by Exploiting Internal Structure`` (599), `` ### 23-...``
(632, one leading space, no body), ``### TD1-ACL16-Microsoft-...`` (635); ``# Other Papers:`` (640) with
``### 1-ACL16-Simple PPDB: ...`` (642) and ``### 2-harvard-Visual Analysis ...`` (646); ``## NAACL`` (652) with one
title per line (653-675), struck ones prefixed ``<del> `` (an unclosed tag).  Under each heading, the lines up to the
first blank line are its links: ``  [PDF](url),`` ``  [Bib](url)`` / ``[!Bib](~)`` / ``Bib`` / code links.

Special cases:
- Two headings carry a second paper in their link block: 336 ``[ICLR13-Mikolov-Efficient estimation of word
  representations in vector space](https://arxiv.org/pdf/1301.3781.pdf),`` (+ ``Bib`` 337) under paper 12, and 511
  ``[20-SemEval16-Hua He-Attention-Based Multi-Perspective Convolutional Neural Networks for Textual Similarity
  Measurement](...S16-1170.pdf) <br/>`` (+ ``[torch]`` 512) under paper 20: own entries.
- Footnote definitions cite papers: 94 ``[^1]: Teaching Machine to read and comprehend, NIPS15, Hermann et.al``, 173
  ``[^1]: Neural machine translation by jointly learning to align and translate. ICLR15, Bahdanau, Cho, and
  Bengio``, 268 ``[^1] 3-ACL16-Stanford-A Thorough Examination of the CNN/Daily Mail Reading Comprehension Task`` (the
  list's own paper 3) and 630 ``  [^1] Xinxiong Chen, ... 2015. Joint learning of character and word embeddings. In
  Proceedings of ... (IJCAI).``: entries, title = the cited title only.
- Other Papers headings have no group part (``1-ACL16-<title>``, ``2-harvard-<title>``).
- Titles keep the file's spelling: ``Pointer Network`` (17), ``ofWords`` (332), ``OptimizingWord`` (363),
  ``PairwiseWord`` (507), ``ChineseWord`` (599), upper-case 425, ``Recurent`` (661), ``Teaching Machine to read``
  (94); hyphens inside titles stay (``Neural Network-Based`` 197, ``DAG-Structured`` 632).
- The "Summary of Reading Comprehension task" list (448-451) links back to papers of this file by nickname
  (``[Attentive Reader & Impatient Reader](8-NIPS15-...)``, ``[Chen et al.(2016)](3-ACL16-...)``) and 459 mentions
  ``[1-NIPS15-Google-Pointer Network]()`` in prose; 33-34 quote the Bahdanau title in prose: navigation and prose
  mentions, not entries.  Results tables (``Kiros et al. (2015)`` ...) and the template line 2 are not entries.

Decisions:
- Entry = every paper heading (span: the heading and its link lines up to the first blank line), the two second
  papers 336 / 511 (span: their two lines), the four footnote definitions (one line) and every NAACL title line.
- Heading title = the text after the ``<n>-<venue>-<group>-`` prefix (two parts for the Other Papers, ``<venue>-
  <author>-`` at 336); footnote title = the cited title; NAACL title = the line without ``<del>``.
- arXiv ids come from the arXiv links by the helper (versions dropped); no DOI is written.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "rgtjf__Summer_Paper_Reading_2016__README@819bae2.md"
PART = "wild60_development"

HEADING = re.compile(r"^ ?### (?P<label>\S.*?)\s*$")
SECOND = re.compile(r"^\s+\[(?P<label>(?:ICLR13|20-SemEval16)-[^\]]+)\]\(")
FOOTNOTES = {
    94: "Teaching Machine to read and comprehend",
    173: "Neural machine translation by jointly learning to align and translate",
    268: "A Thorough Examination of the CNN/Daily Mail Reading Comprehension Task",
    630: "Joint learning of character and word embeddings",
}


def link_block_end(lines: list[str], n: int) -> int:
    last = n
    while last < len(lines) and lines[last].strip():
        last += 1
    return last


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_naacl = False
    for n, ln in enumerate(lines, 1):
        if n in FOOTNOTES:
            assert ln.lstrip().startswith("[^1]") and FOOTNOTES[n] in ln, (n, ln)
            papers.append(entry(lines, n, n, FOOTNOTES[n]))
            continue
        if ln.startswith("## NAACL"):
            in_naacl = True
            continue
        if in_naacl:
            if ln.strip():
                papers.append(entry(lines, n, n, ln.replace("<del>", "").strip()))
            continue
        m = HEADING.match(ln)
        if m:
            label = m.group("label")
            parts = label.split("-", 2 if n in (642, 646) else 3)
            title = parts[-1].strip()
            papers.append(entry(lines, n, link_block_end(lines, n), title))
            continue
        m = SECOND.match(ln)
        if m:
            label = m.group("label")
            title = label.split("-", 2 if label.startswith("ICLR13") else 3)[-1].strip()
            papers.append(entry(lines, n, n + 1, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 44, len(papers)
    assert by[17]["title"] == "Pointer Network" and by[17]["end"] == 19, by[17]
    assert by[43]["arxiv"] == "1606.02638", by[43]
    assert by[63]["title"] == "A Thorough Examination of the CNN/Daily Mail Reading Comprehension Task", by[63]
    assert by[63]["arxiv"] == "1606.02858", by[63]
    assert by[197]["title"] == "Neural Network-Based Abstract Generation for Opinions and Arguments", by[197]
    assert by[332]["title"] == "Distributed Representations ofWords and Phrases and their Compositionality"
    assert by[332]["arxiv"] == "1310.4546", by[332]
    assert by[336]["title"] == "Efficient estimation of word representations in vector space", by[336]
    assert by[336]["arxiv"] == "1301.3781", by[336]
    assert by[425]["title"] == "SEQUENCE LEVEL TRAINING WITH RECURRENT NEURAL NETWORKS", by[425]
    assert by[511]["title"] == ("Attention-Based Multi-Perspective Convolutional Neural Networks for Textual"
                                " Similarity Measurement"), by[511]
    assert by[632]["title"] == "DAG-Structured Long Short-Term Memory for Semantic Compositionality", by[632]
    assert by[635]["arxiv"] == "1511.04636", by[635]
    assert by[642]["title"] == "Simple PPDB: A Paraphrase Database for Simplification", by[642]
    assert by[646]["title"] == "Visual Analysis of Hidden State Dynamics in Recurrent Neural Networks", by[646]
    assert by[653]["title"] == "A Neural Network-Based Abstract Generation Method to Opinion Summarization"
    assert by[675]["title"] == "Multi-way, Multilingual Neural Machine Translation with a Shared Attention Mechanism"
    assert 446 not in by and 448 not in by and 2 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '### <n>-<venue>-<group>-<title>' paper heading is one entry spanning the heading and its"
        " PDF/Bib/code link lines (to the first blank line); title = the text after the prefix (two-part prefix for"
        " the two Other Papers).  The second papers in the link blocks of 12 (336, ICLR13 Mikolov) and 20 (511,"
        " SemEval16 Hua He) are own entries; the four footnote definitions (94, 173, 268, 630) are entries titled"
        " with the cited title; every line of the '## NAACL' to-read list is an entry (title without '<del>')."
        "  Nickname cross-links, prose mentions and results tables are not entries.",
        checked="Read the whole file; compared the -v output with all 28 headings/second papers, the 4 footnotes"
        " and the 12 NAACL lines; checked the prefix splitting for multi-word groups and hyphenated titles, the"
        " link-block spans and arXiv ids (versions dropped), the typos kept as written, and that the summary"
        " list 448-451 and prose mentions give no entries.",
    )


if __name__ == "__main__":
    main()
