"""Wild47 truth for gindij/personal_website _tabs/papers.md: the "Papers" tab of one engineer's Jekyll (Chirpy) site -
two papers he co-wrote, then "an archive of papers I've read that I think are worthwhile"; newest commit (6ea58f1,
2024-07-12).

Shape: 30 lines, 3.5 KB.  Front matter (1-5: ``title: Papers``, ``icon: fas fa-archive``), ``Papers I've had the
privilege of contributing to:`` (6), a first pipe table (8-11: header ``| Title/Link | Author(s) | Year | Description
|``, alignment row with uneven dashes ``|---------- |``, 2 rows), a three-line paragraph (14-16) introducing the reading
archive, and a second table with the same columns (18-30: header, alignment, 11 rows).  Each row:
``| [Title](url) | Gao et al, OpenAI | 2024 | This paper discusses ... |`` - the title is the link text of the first
cell; the author cell mixes names and labs (``Chen et al, DeepMind``, ``Kulis and Jordan``, ``M.E.J. Newman``).

Special cases:
- Typos are the file's and kept: 10 ``Portfolio contstruction ...``, 21 ``... Highly Interpertable Feature ...`` (and
  ``Cunningham at al``), 24 ``The Era of 1-bit LLMS: ...``.
- Ids: arXiv abs/pdf links (10, 11, 20-26, 29); DOIs written in the PNAS and ACM pdf URLs (27
  ``10.1073/pnas.0601602103``, 28 ``10.1145/3447548.3467404``); none from the Nature link 30.
- 25 closes its description cell without a space (``... choose k.|``).
- The two tables hold different kinds of papers (own work vs read), both research articles: all rows are entries.

Decisions:
- Entry = every data row of the two tables (2 + 11 = 13); title = the first cell's link text.
- Not entries: front matter, the intro sentences, header and alignment rows.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "gindij__personal_website___tabs__papers@6ea58f1.md"
PART = "wild47_development"

HEAD = re.compile(r"^\| Title/Link \| Author\(s\) \| Year +\| Description \|$")
ALIGN = re.compile(r"^\|(?: ?-+ ?\|)+$")
ROW = re.compile(r"^\| \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\) \| (?P<authors>[^|]+) \| (?P<year>\d{4}) \|"
                 r" (?P<desc>[^|]+?) ?\|$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == "title: Papers", lines[1]
    papers = []
    tables = []
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            tables.append(0)
            continue
        if not ln.startswith("|") or ALIGN.match(ln):
            continue
        m = ROW.match(ln)
        assert m and tables, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
        tables[-1] += 1
    assert tables == [2, 11], tables
    t = {p["line"]: p for p in papers}
    title10 = "Portfolio contstruction as linearly constrained separable optimization"
    assert (t[10]["title"], t[10]["arxiv"]) == (title10, "2103.05455"), t[10]
    assert t[21]["title"] == "Sparse Autoencoders Find Highly Interpertable Feature in Language Models", t[21]
    assert t[24]["title"] == "The Era of 1-bit LLMS: All Large Language Models are in 1.58 Bits", t[24]
    assert (t[27]["arxiv"], t[27]["doi"]) == (None, "10.1073/pnas.0601602103"), t[27]
    assert t[28]["doi"] == "10.1145/3447548.3467404", t[28]
    assert (t[30]["arxiv"], t[30]["doi"]) == (None, None), t[30]
    assert len(papers) == 13, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the two '| Title/Link | Author(s) | Year | Description |' tables is an entry (own papers 10-11,"
        " reading archive 20-30: 13); title = the link text of the first cell, typos kept; header/alignment rows, front"
        " matter and the intro sentences are not entries.",
        "Read all 30 lines; compared -v for all 13 rows: titles with the file's typos (10, 21, 24), arXiv ids from abs/pdf"
        " links, DOIs from the PNAS (27) and ACM (28) pdf URLs, nothing from the Nature link (30).",
    )


if __name__ == "__main__":
    main()
