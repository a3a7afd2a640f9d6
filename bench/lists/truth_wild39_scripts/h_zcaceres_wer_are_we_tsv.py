"""Wild39 truth for zcaceres/speechsota.ai docs/index.md: the Markdown page of a small speech-recognition
"state of the art" site, a copy of the "wer_are_we" leaderboard pasted from its rendered page, so every table
arrived as tab-separated plain text with no Markdown table syntax and no links; newest commit (2019-01-27; the
file last changed 2019-01-27).

Shape: a title line ``wer_are_we`` and a one-line description (1-2), then plain-text headings (``WER``,
``LibriSpeech``, ``WSJ``, ``Hub5'00 Evaluation (Switchboard / CallHome)``, ``Rich Transcriptions``, ``Fisher
(RT03S FSH)``, ``TED-LIUM``, ``CHiME (noisy speech)``, ``PER``, ``TIMIT``), some with a parenthesised note,
each followed by a tab-separated header (``WER test-clean<TAB>WER test-other<TAB>Paper<TAB>Published<TAB>
Notes``; one to three score columns) and result rows: scores (``5.83%``, empty when missing), the paper title
in plain text, the publication date (``December 2015``, ``Interspeech, Sept 2018``, ``2015``) and notes.
Eight tables, 56 rows (9-20, 25-31, 36-53, 56-58, 61-62, 65-67, 70-71, 79-87).  The same paper recurs across
and within tables (Deep Speech 2 five times, "Purely sequence-trained neural networks ..." six times, CAPIO 2017
four times).  Row 19 reads ``8.01%<TAB>22.49%<TAB>same, Kaldi<TAB>2015<TAB>HMM-(SAT)GMM`` -- a Kaldi baseline
result of the paper of the row above (LibriSpeech corpus paper), named only by "same".  Row 20 lost its
empty second score cell (three tabs instead of four), so its title sits in the second field.  After the tables:
``TODO`` sections (LM, noise-robust ASR, "BigCorp" datasets) and a "Lexicon" of abbreviations (97-118).

Decisions:
- An entry is every result row (56): a leaderboard row whose Paper field names one scholarly work; title = that
  field as written.  Row 19 is an entry with title null (it cites the preceding row's paper by "same" and
  names no title).  Rows citing the same paper again are separate entries, as repeated records are.  The file
  has no links, so no entry has an arXiv id or DOI.
- Not entries: the title and description, the headings and their notes, the tab-separated header rows, the
  TODO lines and the lexicon.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "zcaceres__speechsota.ai__docs__index@f736ad8.md"
PART = "wild39_development"

SCORE = re.compile(r"^\d+(\.\d+)?%$")
SAME = 19  # "same, Kaldi": cites the paper of the row above by "same"
SHIFTED = 20  # second score cell missing: title in field 1


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    col = None
    headers = 0
    for n, ln in enumerate(lines, 1):
        fields = ln.split("\t")
        if len(fields) == 1:
            col = None
            continue
        if "Paper" in fields:
            col, headers = fields.index("Paper"), headers + 1
            continue
        assert col is not None and SCORE.match(fields[0]), n
        if n == SHIFTED:
            assert len(fields) == col + 2 and SCORE.match(fields[0]) and not SCORE.match(fields[1])
            title = fields[1]
        else:
            assert len(fields) == col + 3, n
            title = fields[col]
        assert title and not SCORE.match(title), n
        if n == SAME:
            assert title == "same, Kaldi"
            title = None
        papers.append(entry(lines, n, n, title))
    assert headers == 8
    assert len(papers) == 56, len(papers)
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each tab-separated result row of the eight leaderboard tables is an entry, title = its Paper field as"
        " written (scores, date and notes dropped; row 20, which lost a score cell, read from its second field),"
        " row 19 'same, Kaldi' an entry with title null (it cites the row above by 'same'); repeated papers are"
        " separate entries; no links, so no ids; headings, header rows, TODO lines and the lexicon are not"
        " entries.",
        "Whole 118-line file read; all 56 rows compared with the -v output (titles against the Paper field of each"
        " line, first and last row of each table 9/20, 25/31, 36/53, 56/58, 61/62, 65/67, 70/71, 79/87), the"
        " shifted row 20, the 'same, Kaldi' row 19, the three-score tables (55-58, 69-71), rows with an empty"
        " score cell (14, 15, 25, 30, 38, 50-52, 56) and the lexicon 97-118 checked; the file holds no URL.",
    )


if __name__ == "__main__":
    main()
