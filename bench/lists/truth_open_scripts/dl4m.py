"""Open truth (batch 3) for ybayle/awesome-deep-learning-music README (DL4M): a table of music deep-learning
articles, then lists of resources.

'## DL4M summary' is a table '| Year | Articles, Thesis and Reports | Code |', one work per row,
the middle cell '[Title](pdf url)' or a plain title (two 1988 rows have no link), the Code cell
'No', '[GitHub](url)' or '[Website](url)'.  Every row is an entry (articles, theses, technical
reports, an extended abstract), title = the middle cell's text ('<->' in the XFlow title, line 127, is text
and kept), except the MUSDB18 row (line 177,
'The MUSDB18 corpus for music separation', a Zenodo data deposit: a dataset without a paper).

'#### Deep learning' under 'Other useful related lists and resources' mixes tools, courses, slides,
blogs, a book and videos with four arXiv papers, which are entries: 'DLPaper2Code: ...' (366),
'Dilated Recurrent Neural Networks' (379), 'ELU > ReLU' (384, a nickname: title null) and
'Article "Are GANs Created Equal? A Large-Scale Study"' (389, title without the 'Article' label and
the quotes).  'Echo State Network' (376) is a topic word linking a PDF (a practical guide, a book
chapter): not an entry.

Not entries: the introduction (surveys mentioned inline), the table of contents, 'Code without
articles' (code repositories, one named like a paper in the table), statistics, contributors, the
audio and dataset resource lists, the 'Cited by' list (tweets, tutorial slides, a challenge, a
list) and the licence's tool list.
"""
import re

from _open import Open

NAME = "ybayle__awesome-deep-learning-music__README@2059f5f.md"

NOT_PAPERS = {177: "MUSDB18: a dataset deposit on Zenodo"}
RESOURCE_PAPERS = {
    366: "DLPaper2Code: Auto-generation of Code from Deep Learning Research Papers",
    379: "Dilated Recurrent Neural Networks",
    384: None,  # 'ELU > ReLU'
    389: "Are GANs Created Equal? A Large-Scale Study",
}


def main() -> None:
    t = Open(NAME)
    first = t.lines.index("## DL4M summary")
    last = t.lines.index("## DL4M details")
    for i in range(first + 1, last + 1):
        text = t.line(i)
        if not re.match(r"\| \d{4} \|", text) or i in NOT_PAPERS:
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 3, i
        m = re.fullmatch(r"\[(.+)\]\([^)]+\)", cells[1])
        title = m.group(1) if m else cells[1]
        # 'XFlow: 1D <-> 2D ...' (line 127): '<->' is text, not a tag; escaped so markup removal keeps it
        t.add(i, i, title.replace("<->", "&lt;-&gt;"))
    for i, title in RESOURCE_PAPERS.items():
        assert "arxiv.org" in t.line(i), i
        if title:
            assert title in t.line(i), i
        t.add(i, i, title)
    t.write("every row of the 'DL4M summary' table is an entry (title = the Articles cell's link text or plain text)"
            " except the MUSDB18 dataset row, plus the four arXiv papers among the 'Deep learning' resources (one a"
            " nickname, title null); code-only repositories, tools, courses, slides, blogs, books, videos and"
            " 'Cited by' links are not entries",
            "the whole file line by line: all 167 table rows (titles, the two link-less rows, ids; 166 entries),"
            " every resource bullet (4 papers kept, the rest left out), 'Code without articles' and 'Cited by'")


if __name__ == "__main__":
    main()
