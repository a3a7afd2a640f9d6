"""Wild55 truth for dinhviettoanle/survey-music-nlp README.md: the tables accompanying the survey "Natural Language
Processing Methods for Symbolic Music Generation and Information Retrieval Systems: a Survey" (Le, Bigo, Keller,
Herremans, arXiv 2402.17467), newest commit (2bccda4, 2025-01-21).

Shape: 285 lines.  H1 with the survey's name (1), an arXiv badge (3), one sentence naming the paper in italics (5),
a nested table of contents (7-27), then 13 wide comparison tables under ``## Representations`` (30: elementary
tokens 36-54, composite tokens 59-74) and ``## Models`` (77: RNN 83-86, LSTM 90-120, GRU 124-134, end-to-end
transformer decoder-only 142-168, encoder-only 174-176, encoder-decoder 180-197, model combinations 204-214,
pre-trained encoder-only 223-232, decoder-only 238-249, encoder-decoder 254-260, comparative studies 265-268), and
``## Cite`` (273) with a fenced BibTeX ``@misc`` of the survey (276-285).  Each table row cites one paper in its
first cell as ``[<model name or "Author & al."> (<year>)](url)``, sometimes followed by an alias ``(MuPT)`` /
``(ComMU)`` and, in the model tables, ``<br> [*Code*](github)``; the other cells are feature columns (token
alphabets inside ``<details>``, base model, data, representation, tasks).

Special cases:
- No row gives a paper title: the link text is a tokenization/model name or an author-year citation, with the year
  in parentheses (``[Folk-RNN (2016)](...)``, ``[Chen & al. (2020)](...)``, ``[REMI+ (2022)](...)``); 38 has no year
  (``[ABC notation](https://arxiv.org/abs/1604.08723)``, the folk-rnn paper).  Even where the name is the head of the
  real title (``Music Transformer (2018)``, ``Theme Transformer (2022)``) it is a label, so titles are None.
- The same paper fills several rows across tables (REMI 42 / Pop Music Transformer 146 share a DOI; LakhNES 41 and
  240; MultiTrack 48 / MMM 242; Chordinator 67 and 166; GTR-CTRL 159 repeats MMT's DOI by mistake): each row is an
  entry.
- Ids come from the links: ``doi.org`` links (including ``10.48550/arXiv.2101.02402`` at 70 and 152, and Zenodo
  ISMIR DOIs) and arXiv abs/pdf links; ISMIR archive PDFs, OpenReview, HAL, ICML/PMLR, ACL Anthology and company
  pages give none.  246-247 have a broken ``[*Code](...)`` label.
- The Grouping column of the elementary-token table links other papers (``[BPE](https://arxiv.org/abs/2304.08953)``,
  ``[Unigram](...)``, ``[Bar patching](...)``): they describe the tokenization, not the row's paper, so the script
  keeps only the ids of the first cell's link; this changes 40, 42 and 54, where the helper took BPE's arXiv id.

Decisions:
- Entry = every table row whose first cell is a link (the header and separator rows are not), plus the BibTeX
  citation of the survey (277-284, title from ``title={...}``).  The H1 (1), badge (3) and the sentence at 5 name
  the survey only as the page's own heading and prose, not as a list item: not entries.
- Title = None for every table row (no title is written); the BibTeX title as written for 277, whose arXiv id
  (``eprint={2402.17467}`` with ``archivePrefix={arXiv}``) the helper misses and the script sets by hand.
"""
import re

from _wild55 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "dinhviettoanle__survey-music-nlp__README@2bccda4.md"
PART = "wild55_development"

ROW = re.compile(r"^\| \[(?P<label>[^\]]+)\]\((?P<url>[^)]*)\)")
BIB_TITLE = re.compile(r"^\s*title=\{(?P<title>.*)\},\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    labels = {}
    fixed = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            labels[n] = m.group("label")
            p = entry(lines, n, n, None)
            own = (arxiv_of(m.group(0)), doi_of(m.group(0)))  # ids of the first cell's link only
            if (p["arxiv"], p["doi"]) != own:
                fixed.append(n)
                p["arxiv"], p["doi"] = own
            papers.append(p)
    assert fixed == [40, 42, 54], fixed  # BPE/Unigram links in the Grouping column
    assert lines[276] == "@misc{le2024surveymirnlp,", lines[276]
    b = BIB_TITLE.match(lines[277])
    assert b, lines[277]
    bib = entry(lines, 277, 284, b.group("title"))
    assert lines[280].strip() == "eprint={2402.17467}," and bib["arxiv"] is None, bib
    bib["arxiv"] = "2402.17467"  # eprint + archivePrefix={arXiv}: set by hand
    papers.append(bib)
    by = {p["line"]: p for p in papers}
    assert labels[38] == "ABC notation" and by[38]["arxiv"] == "1604.08723", by[38]
    assert labels[42] == "REMI (2020)" and by[42]["doi"] == "10.1145/3394171.3413671", by[42]
    assert by[146]["doi"] == by[42]["doi"], by[146]
    assert labels[268] == "Wu & al. (2023)" and by[268]["arxiv"] is None, by[268]
    assert by[277]["title"] == (
        "Natural Language Processing Methods for Symbolic Music Generation and Information Retrieval: a Survey")
    assert by[277]["arxiv"] == "2402.17467", by[277]
    assert min(labels) == 38 and max(labels) == 268, (min(labels), max(labels))
    assert len(papers) == 148, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the 13 comparison tables (tokenizations and models) cites one paper in its first cell as"
        " '[Name (year)](url)' (optional alias and code link after it): every such row is an entry with title None,"
        " since the link text is a model/tokenization name or 'Author & al.' label, not a title.  The fenced BibTeX"
        " @misc of the survey under '## Cite' (277-284) is an entry with its title field; the H1, badge and intro"
        " sentence are not.",
        "Printed every first cell with its line and compared it with the -v output: row count per table, no stray"
        " non-link rows, the year-less 'ABC notation' row, repeated papers across tables, DOIs from doi.org links"
        " (incl. 10.48550 arXiv DOIs) and arXiv ids from abs/pdf links, none from ISMIR/OpenReview/HAL links; the"
        " BibTeX title and its eprint id.",
    )


if __name__ == "__main__":
    main()
