"""Wild6 truth for eole-nlp/eole docs/source/bibliography.md: a toolkit's documentation bibliography
(Pandoc-generated Chicago author-date references, one paragraph per work, wrapped over 2-5 lines).

Shape: after '# Bibliography', paragraphs separated by blank lines; each is
'Surname, Given, ... Year. “Title.” *Venue* ... <url>.'  The title is the text between the first
curly quotes “ ”, sometimes wrapped in '<span class="nocase">…</span>' and wrapped across lines;
Chicago puts the final full stop inside the quotes (dropped as a separator).  Identifiers are often
bare text: '*arXiv Preprint arXiv:1412.3555*', '*CoRR* abs/1508.01211' (always followed by an
arxiv.org URL here), DOIs as '<https://doi.org/…>' autolinks.

Entry: every paragraph (all are scholarly works: papers, the Moses and cdec toolkit papers, the
'Rnn' library's arXiv report, Neubig's arXiv tutorial).  The two Martins 2016 and two Xu 2015
records are separate entries (repeated records).  The Bahdanau record's DOI
(10.1146/annurev.neuro.26.041002.131047) is wrong for that paper but written literally, so kept.
Count check: 40 paragraphs (awk paragraph mode gives 41 with the heading), the same as the 40
'Year.' author-date stamps ('2015a.' included).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "eole-nlp__eole__docs__source__bibliography@ce7139c.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 2  # line 1 is the heading
    n = len(lines)
    while i <= n:
        if not lines[i - 1].strip():
            i += 1
            continue
        j = i
        while j < n and lines[j].strip():
            j += 1
        text = " ".join(lines[k - 1].strip() for k in range(i, j + 1))
        m = re.search(r"“(.+?)”", text)
        assert m, i
        papers.append(entry(lines, i, j, m.group(1)))
        i = j + 1
    starts = [k for k in range(3, n + 1) if lines[k - 1].strip() and not lines[k - 2].strip()]
    years = re.findall(r"(?:^|\s)(?:19|20)\d\d[ab]?\.\s", "\n".join(lines))
    assert len(papers) == 40 == len(starts) == len(years), (len(papers), len(starts), len(years))
    assert [p["line"] for p in papers] == starts
    write_truth(
        NAME,
        "wild6_development",
        papers,
        "every blank-line-separated reference paragraph after the heading is an entry (40); title = the text"
        " between the first curly quotes, span markup removed, the closing full stop dropped",
        "all 40 paragraphs checked by eye against the file (line ranges, titles, arXiv ids from 'arXiv:' text"
        " or arxiv.org autolinks, doi.org DOIs); repeated Martins and Xu records kept as separate entries",
    )


if __name__ == "__main__":
    main()
