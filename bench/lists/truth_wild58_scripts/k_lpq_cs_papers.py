"""Wild58 truth for lpq29743/lpq29743.github.io _wiki/computer-science-papers.md at f0a0392 (2018-09-12): a Chinese
personal wiki page (Jekyll front matter, ``description: 计算机科学论文``) listing computer-science papers under Chinese
headings (自然语言处理 / 机器学习 / 深度学习 / 推荐系统 / 工具).  The newest version (be53ada, 2022) holds about 1,400
link lines, far above the ~600 limit, so an older commit of the same file, f0a0392, with 98 papers is taken.

Shape: 263 lines.  Front matter (1-7); "### 论文集" (9) with five links to proceedings collections (11-19:
``[ACL, EMNLP, COLING, SemEval 历年论文集](url)``); then ###/####/##### Chinese headings (21-259) and, separated by
blank lines, one paragraph a paper: ``[Title](pdf url) (First Author, VENUE YEAR, [code](url), [note](url))``.

Special cases:
- The parenthesis after the link holds the first author, optionally venue and year, and optional ``[code]``,
  ``[code1]``/``[code2]`` and ``[note]`` (zhihu) links; some have no year (175, 177) or only an author (149).
- Titles are kept as written: lower case (65, 123), all caps (221 ``ADAM: A METHOD FOR STOCHASTIC OPTIMIZATION``),
  odd spacing (153 ``TransG : A Generative Model ...``), en dash (195 ``Encoder–Decoder``).
- 173 and 177 are books (CART, C4.5) and 261/263 are tool papers (HemI, LIBSVM) listed the same way as the papers:
  kept as entries (the list presents them as papers, one a paragraph).

Decisions:
- Entry = every line from 25 on that starts with ``[`` (a link whose text is the title): 98 entries, one line each.
  Title = the first link text.
- The five proceedings-collection links under 论文集 (11-19) name a venue's archive, not a paper: not entries.
- arXiv ids come from arxiv.org/pdf links (25 -> 1301.3781; 163 arxiv.org/ftp/... 1804.03317); the PLOS link at 261
  carries DOI 10.1371/journal.pone.0111988.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "lpq29743__lpq29743.github.io___wiki__computer-science-papers@f0a0392.md"
PART = "wild58_development"

LINK = re.compile(r"^\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 21:
            continue
        m = LINK.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 98, len(papers)
    assert min(by) == 25 and max(by) == 263, (min(by), max(by))
    assert not any(n in by for n in (11, 13, 15, 17, 19))
    assert by[25]["title"] == "Efficient Estimation of Word Representations in Vector Space", by[25]
    assert by[25]["arxiv"] == "1301.3781", by[25]
    assert by[153]["title"] == "TransG : A Generative Model for Knowledge Graph Embedding", by[153]
    assert by[195]["title"] == "On the properties of neural machine translation: Encoder–Decoder approaches", by[195]
    assert by[221]["title"] == "ADAM: A METHOD FOR STOCHASTIC OPTIMIZATION", by[221]
    assert by[221]["arxiv"] == "1412.6980", by[221]
    assert by[261]["doi"] == "10.1371/journal.pone.0111988", by[261]
    assert by[263]["title"] == "LIBSVM: A library for support vector machines", by[263]
    write_truth(
        NAME,
        PART,
        papers,
        method="One paper a paragraph under Chinese headings: every line from 25 on that starts with a Markdown link"
        " '[Title](url) (Author, VENUE YEAR, [code](url), [note](url))' is one entry (98, one line each).  Title ="
        " the first link text, as written.  The five proceedings-archive links under 论文集 (11-19) are not entries.",
        checked="Read the whole file; compared the -v output with all 98 link lines (titles, case and spacing as"
        " written), checked that lines 11-19 are not listed, and the arXiv ids from arxiv.org/pdf and /ftp links and"
        " the PLOS DOI at 261.",
    )


if __name__ == "__main__":
    main()
