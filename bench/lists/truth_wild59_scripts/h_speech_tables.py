"""Wild59 truth for JUiscoming/awesome_speech_papers README.md at 0184122 (2021-10-24): a Korean/English reading
list of speech papers (front-ends, self-supervised learning, end-to-end ASR, spoken language understanding, TTS,
non-autoregressive generation), kept as comparison tables per (sub)section with explanatory Korean text in ```
blocks and figure captions.

Shape: 527 lines.  Korean notice in a ```python block (3-7), English/Korean intro (11-21), figure, index (26-55).
Then per section: a Korean explanation block, ``<p align="center"><img ...></p>`` figures whose captions name papers
(``<p align="center">Fig. Listen, Attend and Spell</p>``), and a pipe table without outer alignment:
- ``|year|conference|research organization|title|link|code|`` (83, 114, 519),
- ``|year|conference|research organization|title|model|link|code|`` (175, 213, 234, 264, 296, 391, 399, 418, 469,
  491, 501),
- ``|year|conference|research organization|title|model|task|link|code|`` (315, 382),
- ``|task|dataset name|language|year|conference|title|paper link|dataset link|`` (364, the SLU datasets table: the
  title is the 6th cell, not the 4th).
Each header is followed by a separator row ``|--|--|...`` and one body row per paper; the link cell is
``[paper](url)`` or empty / ``-``.

Special cases:
- Some titles are bold (``|**wav2vec: Unsupervised Pre-training for Speech Recognition**|``), most are not.
- Rows ``|<=|||||=>|`` (124, 128, 424, 428, 435, 438, 442, 445) are visual group separators, not papers.
- Titles keep the author's casing (``MULTI-TASK SELF-SUPERVISED LEARNING FOR ROBUST SPEECH RECOGNITION`` 127,
  ``STATE-OF-THE-ART SPEECH RECOGNITION ...`` 183) and typos (``The atis spoken language sys- tems pilot corpus``
  369, ``SEMI-SUPERVISED ... PRE- TRAINING ...`` 133).
- 181 writes ``(Deep Speech 3) Exploring Neural Transducers for End-to-End Speech Recognition`` and 433
  ``**Natural TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions (Tacotron 2)**``: the
  parenthesised model nickname is the list's label, not part of the paper's title, and is dropped.
- 319 (Correction of ASR with Transformer) has no link; 373 (Odsqa) has ``-`` for both links: still entries.
- The same paper can be listed twice (130 and 132 "Learning robust and multilingual speech representations";
  367 dataset row and 385 "Speech Model Pre-training for End-to-End Spoken Language Understanding"; 371 and 393
  "Spoken SQuAD: ..."): every row is its own entry.
- Several arXiv links point to the wrong paper (122 links 1508.01211, the LAS paper); the id is taken as written.
- Tables 4.4 (399) and 6.3 (501) have a header but no rows.

Decisions:
- Entry = every body row of a paper table whose title cell (the cell under the header ``title``) is non-empty:
  one line each.  Title = that cell without ``**``, with the nickname parentheses of 181 / 433 removed.
- The dataset table rows (366-375) name a dataset and its paper's title: entries (title = the paper title, not
  the dataset name).
- Figure captions (``Fig. <paper title>, 2018``), blog links, the Graves thesis link (146) and the index are not
  entries.
- arXiv ids come from the arxiv.org links (pdf or abs) by the helper; no DOI is written.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "JUiscoming__awesome_speech_papers__README@0184122.md"
PART = "wild59_development"

NICKNAME_PREFIX = re.compile(r"^\((?:Deep Speech 3)\)\s+")
NICKNAME_SUFFIX = re.compile(r"\s+\((?:Tacotron 2)\)$")


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    col = None
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            col = None
            continue
        row = cells(ln)
        if "title" in row and ("year" in row or "task" in row):
            col = row.index("title")
            continue
        if col is None or set(ln.strip()) <= {"|", "-"}:
            continue
        title = row[col].replace("**", "").strip() if col < len(row) else ""
        if not title:
            continue
        title = NICKNAME_SUFFIX.sub("", NICKNAME_PREFIX.sub("", title))
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 118, len(papers)
    assert min(by) == 85 and max(by) == 525, (min(by), max(by))
    for n in (124, 128, 424, 428, 435, 438, 442, 445):
        assert n not in by, n
    assert by[85]["title"] == "Learning filter banks within a deep neural network framework", by[85]
    assert by[117]["title"] == "wav2vec: Unsupervised Pre-training for Speech Recognition", by[117]
    assert by[117]["arxiv"] == "1904.05862", by[117]
    assert by[181]["title"] == "Exploring Neural Transducers for End-to-End Speech Recognition", by[181]
    assert by[433]["title"] == "Natural TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions", by[433]
    assert by[266]["arxiv"] == "1211.3711", by[266]
    assert by[319]["title"] == "Correction of Automatic Speech Recognition with Transformer Sequence-To-Sequence Model"
    assert by[366]["title"] == "SLURP: A Spoken Language Understanding Resource Package", by[366]
    assert by[373]["title"] == "Odsqa: Open-domain spoken question answering dataset", by[373]
    assert by[130]["title"] == by[132]["title"] == "Learning robust and multilingual speech representations"
    assert by[525]["title"] == "SpecAugment: A Simple Data Augmentation Method for Automatic Speech Recognition"
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the paper tables (headers |year|conference|research organization|title|... and"
        " the SLU dataset table |task|dataset name|...|title|...) whose title cell is non-empty is one entry, one"
        " line each; the '|<=|||||=>|' group separators and the empty tables 4.4 / 6.3 give none.  Title = the cell"
        " under the 'title' header without bold markers; the model nicknames '(Deep Speech 3)' (181) and"
        " '(Tacotron 2)' (433) are dropped.  Figure captions and blog links are not entries.",
        checked="Read the whole file; compared the -v output with every table row (118), checked the title column"
        " of the dataset table (6th cell), bold and upper-case titles, rows without a link (319, 373), duplicates"
        " (130/132, 371/393, 367/385), the separator rows, and arXiv ids from arxiv.org pdf/abs links.",
    )


if __name__ == "__main__":
    main()
