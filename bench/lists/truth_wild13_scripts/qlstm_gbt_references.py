"""Wild13 truth for usamisaori/QLSTM paper/References.md: the reference list of a Chinese master's thesis
(quantum LSTM for time-series forecasting), kept as Markdown beside the thesis chapters.

Shape: one reference per line, no bullets, in the Chinese GB/T 7714 style:
'[96-5] Paquet E, Soleymani F. Title[J]. Venue, 2022, 195: 116583.'  The bracket holds two numbers
(running number - number in the thesis); groups are separated by blank lines and HTML comments naming the
thesis section in Chinese ('<!-- 1.2.1 时间序列预测 -->'), which are not entries.  Authors are
'Surname Initials' separated by commas (some with spaces before the comma, some Chinese names, 'et al.' /
'等'), then '. ', then the title, then a type tag [J] journal, [C] proceedings, [D] thesis, [M] book,
[EB/OL] web resource (one line, Kotu, has no tag).  Five references are in Chinese (four [J], one [D]).

What is an entry: each of the 100 reference lines, except the eight whose subject is not one scholarly
work: five books (the three [M] lines: Brockwell & Davis, the edited 'Quantum Machine Learning', Ying's
'Foundations of quantum programming'; and two tagged otherwise: Kotu & Deshpande's 'Predictive Analytics
and Data Mining' (Morgan Kaufmann, no tag) and Box & Jenkins 'Time Series Analysis, Forecasting, and
Control' (Holden-Day, tagged [J])), the Nielsen & Chuang textbook 'Quantum computation and quantum
information' (tagged [J]), the blog post 'Understanding LSTM networks' ('Online). Accessed on August') and
the Kaggle dataset ([EB/OL]): 92 entries.  Kept: book chapters and lecture-note papers tagged [J]
(Bontempi et al. in eBISS tutorial lectures, Hochreiter et al. 'Gradient flow', Ezhov & Ventura), the
[D] thesis, and untagged-venue [J] items with only a year (Dikme 2021).
Title: the text between the authors' closing '. ' and the type tag, as written (Chinese titles kept in
Chinese; 'PM2. 5' kept with its space).  The Phil. Trans. article number 'VII. ' written before Yule's
title is numbering and is dropped.  Ids: arXiv ids come from 'arXiv preprint arXiv:NNNN' / 'arXiv: NNNN'
text; the file gives no DOI.
Counts: 100 '[a-b] ' lines (grep -c '^\\[[0-9]*-[0-9]*\\] '), running numbers 1..100 each once; 8 skipped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "usamisaori__QLSTM__paper__References@1bfde94.md"
PART = "wild13_development"
LINES = read_lines(NAME)

REF = re.compile(r"^\[(\d+)-(\d+)\] (.*)$")
# authors, then '. ', then the title up to the type tag
BODY = re.compile(r"^(?P<authors>.+?)\s*\.\s(?P<title>.+?)\[(?P<tag>J|C|D|M|EB/OL)\]")
# running numbers of the references that are not papers
NOT_PAPERS = {
    1: "book [M]: Brockwell & Davis, Time Series: Theory and Methods",
    2: "book (no tag): Kotu & Deshpande, Predictive Analytics and Data Mining",
    9: "book tagged [J]: Box & Jenkins, Holden-Day",
    33: "blog post: Understanding LSTM networks (Online, accessed)",
    40: "textbook tagged [J]: Nielsen & Chuang",
    43: "edited book [M]: Quantum Machine Learning",
    90: "book [M]: Foundations of quantum programming",
    92: "dataset [EB/OL]: Kaggle Daily Climate Time Series Data",
}


def main() -> None:
    papers = []
    seen = []
    skipped = []
    for i, text in enumerate(LINES, 1):
        m = REF.match(text)
        if not m:
            assert not re.match(r"^\s*\[\d", text), (i, text)
            continue
        run = int(m.group(1))
        seen.append(run)
        if run in NOT_PAPERS:
            skipped.append(run)
            continue
        b = BODY.match(m.group(3))
        assert b, (i, text)
        title = b.group("title").strip()
        assert b.group("tag") in ("J", "C", "D"), (i, b.group("tag"))
        title = title.removeprefix("VII. ")
        papers.append(entry(LINES, i, i, title))
    assert sorted(seen) == list(range(1, 101)), seen
    assert sorted(skipped) == sorted(NOT_PAPERS), skipped
    assert len(papers) == 92, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "each '[n-m] Authors. Title[J|C|D]. Venue' reference line is an entry except five books, a textbook, a"
        " blog post and a Kaggle dataset (8 of 100); title = the text between the authors' '. ' and the type"
        " tag, the article number 'VII.' before Yule's title dropped; the section comments are not entries",
        "all 100 reference lines read one by one against the output (92 entries, 8 skipped with reasons); every"
        " title's start and end checked against the authors and the tag, the five Chinese references and the"
        " ten arXiv ids (including 'arXiv: 2202.00599' with a space) checked",
    )


if __name__ == "__main__":
    main()
