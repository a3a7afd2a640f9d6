"""Wild24 truth for mekty2012/Deep-Learning-Theory Verification.md: personal reading notes on
formal verification / certification of neural networks (abstract interpretation, SMT, SDP,
branch and bound, repair, fairness verification).

Shape: one paper per '###' heading, no other headings and no preamble: '### Title', a blank line,
the paper's URL as an autolink '<https://...>', a blank line, then a one-paragraph summary in the
note-taker's words (once wrapped over two lines, lines 29-30).  Entry = the heading line through
the last line of its summary.  Title = the heading text.  Links are mostly 'www.arxiv.org/abs'
pages; others: IEEE Xplore (line 3), an ETH PDF (line 15), ACM DL with DOI (line 27), Springer
chapter with DOI (line 160), a POPL 2022 programme page (line 178, no id).
Special cases: line 332 '### \\#DNN-Verification Problem: ...' escapes the '#', title read as
rendered ('#DNN-Verification Problem: ...'); line 76 (Shared Certificates) links the same arXiv
id as line 52 (Proof Transfer), kept as written; typos stay in titles ('Verificable' line 38,
'TOwards' line 92).
Count check: 56 '### ' headings = 56 entries, each followed by exactly one autolink line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "mekty2012__Deep-Learning-Theory__Verification@34795a6.md"
PART = "wild24_development"


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, t in enumerate(lines, 1) if t.startswith("#")]
    assert all(lines[n - 1].startswith("### ") for n in heads)
    papers = []
    for k, n in enumerate(heads):
        stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)
        end = stop
        while not lines[end - 1].strip():
            end -= 1
        assert re.fullmatch(r"<https?://\S+>", lines[n + 1]), n
        title = lines[n - 1][4:].strip().replace("\\#", "#")
        papers.append(entry(lines, n, end, title))
    assert len(papers) == 56, len(papers)
    write_truth(NAME, PART, papers,
                "every '###' heading is one paper (heading, autolinked URL and summary paragraph); title = the"
                " heading text, the escaped '\\#' read as '#'",
                "the whole file read by eye (56 headings, all papers, one autolink each); every title checked"
                " against its heading, arXiv ids against the www.arxiv.org links, the ACM and Springer DOIs, the"
                " IEEE/ETH/POPL links with no id, the duplicated arXiv id on lines 52 and 76")


if __name__ == "__main__":
    main()
