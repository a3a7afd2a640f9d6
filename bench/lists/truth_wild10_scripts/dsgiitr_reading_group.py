"""Wild10 truth for dsgiitr/reading-group README.md: a student group's weekly reading-group schedule (2017-2021).

Shape: three tables under '## 2021', '## 2020', '## 2017' with columns Date | Topic | Presenters | Notes; the
rows have no closing pipe.  The Topic cell links the paper: '[Title](url)' in 2020 and 2017, an HTML
'<a href="url"> Title </a>' with spaces inside in 2021.  Some cells name several papers: 'SPECTER ..., Neural
Arithmetic Logic Units' (line 22), 'Batch Normalization ..., [LayerNorm](..), [GroupNorm](..), [InstanceNorm](..)'
(line 28), 'PyTorch: ... & Automatic differentiation in PyTorch' (line 30).  The Notes cell links summaries and
notebooks in the repository (relative paths).

Entry: every paper link of a Topic cell (22 rows; 27 http links in the file, all in Topic cells, counted with
grep); papers sharing a row share its line.  Title = the link text as written, without: the bracketed abbreviation
after a title ('(CompGCN)', '(LSTM)': nicknames), and the remark '& Other SRs' after the iSeeBetter title (it points
at unnamed other papers).  The link texts 'LayerNorm', 'GroupNorm', 'InstanceNorm' are nicknames only: title null
(their arXiv ids are in their links).  'Tutorial on Variational Autoencoders' is an arXiv paper: kept.  Where a
row names several papers, each entry's arXiv id is taken from its own link, not from the first link of the row.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import arxiv_of, entry, read_lines, write_truth

NAME = "dsgiitr__reading-group__README@3790291.md"
PART = "wild10_development"
LINES = read_lines(NAME)

NICKNAMES = {"LayerNorm", "GroupNorm", "InstanceNorm"}


def clean_title(t: str) -> str | None:
    t = t.strip()
    if t in NICKNAMES:
        return None
    t = re.sub(r"\s*\((?:CompGCN|LSTM)\)$", "", t)
    t = re.sub(r" & Other SRs$", "", t)
    return t


def main() -> None:
    papers = []
    rows = 0
    for i, text in enumerate(LINES, 1):
        if not re.match(r"\|\s*\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+,? ?\d{4}\s*\|", text):
            continue
        rows += 1
        topic = text.split("|")[2]
        links = re.findall(r"\[([^\]]+)\]\((http[^)]*)\)|<a href=\"(http[^\"]*)\">([^<]+)</a>", topic)
        assert links, i
        for md, md_url, html_url, html in links:
            e = entry(LINES, i, i, clean_title(md or html))
            e["arxiv"] = arxiv_of(md_url or html_url)
            papers.append(e)
    assert rows == 22, rows
    assert len(papers) == 27, len(papers)
    write_truth(NAME, PART, papers,
                "every paper link in a Topic cell of the three schedule tables is an entry (several per row where a"
                " cell names several), title = the link text, a bracketed abbreviation and the remark '& Other SRs'"
                " dropped; the nickname-only links LayerNorm/GroupNorm/InstanceNorm have title null; each entry's arXiv id is read from its own link",
                "every row of the file read once against the output (22 rows, 27 http links by grep); the HTML links"
                " of 2021, the multi-paper cells of lines 22, 28 and 30, the dropped abbreviations")


if __name__ == "__main__":
    main()
