"""Wild46 truth for gvwilson/thirdbit src/ideas/nwit.md: "It Will Never Work in Theory", a software-engineering
researcher's running list of very short summaries of empirical software-engineering papers (posted on Mastodon
after the NWIT site shut down), on his personal blog.

Shape: YAML front matter (1-4), an intro paragraph with two reference-style links (6-10), then 202 records
(12-616), each two lines and a blank: ``N) Authors Year: "Title" <url>`` (Pandoc numbering with a parenthesis,
1 to 202 in order) and a definition line ``:   note`` (the blogger's one-line summary, often a quotation); the two
link definitions close the file (618-619).  Irregular records: 43 (138) ends ``<url>:``; 61 (192) puts a title
that holds double quotes inside single quotes and a period after it (``'"Add more config detail": A Taxonomy
...'.``); 82 (255) names two papers on one line (``Baltes & Ralph 2024: "..." <url> and Treude 2024: "..."
<url>``); 91 (282) adds ``(package at <pypi url>)``; 125, 147 (384, 450) put a period after the closing quote or
the link; 146 (447) lacks the opening quote (``Allen et al 2025: Ten simple rules ... group" <url>.``); 189
(576-577) has no link on its first line, the arXiv link opens its note line instead.  Some records drop the
year (``Deiner & Fraser:``).  Links: arXiv (169), dx.doi.org / doi.org, Wiley, Springer, ACM DL, PLOS
(``article?id=10.1371/...``), ScienceDirect pii, computer.org, a lnkd.in short link, authors' PDFs.

Decisions:
- Entries: every numbered record (202), two entries for 82 (203).  All are scholarly works: journal and
  conference papers, arXiv preprints, a book chapter preprint (28, 'Machine Learning Robustness: A Primer',
  arXiv), a tool-competition report, PLOS 'Ten simple rules' articles, a Stanford working paper (177); the
  record about a Python library (91) names its paper, the package link is an aside.  The intro and the link
  definitions are not entries.
- Span: the record line and its ``:   `` note line (the note is the record's own text, a Pandoc definition;
  189's link is there).  Both entries of 82 span 255-256.
- Title: the text inside the quotes after ``Authors Year: `` (61: inside the single quotes, inner double quotes
  kept; 146: from after the colon to the closing quote).  No author, year or link.
- Ids: the helpers' arXiv/DOI of the entry's lines; for the two papers of 82 (same lines) the first id is
  Baltes & Ralph's, so Treude's entry is given its own link's id by hand (the entry helper reads the lines).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import arxiv_of, entry, read_lines, write_truth

NAME = "gvwilson__thirdbit__src__ideas__nwit@6d84878.md"
PART = "wild46_development"

REC = re.compile(r"^(?P<n>\d+)\) (?P<rest>.+)$")
QUOTED = re.compile(r"^(?P<auth>[^\"']+?): \"(?P<t>.+)\"(?P<tail>\.? ?(?:<[^>]+>.*)?)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    nums = []
    for n, ln in enumerate(lines, 1):
        m = REC.match(ln)
        if not m:
            continue
        nums.append(int(m.group("n")))
        assert lines[n].startswith(":   "), (n, lines[n])
        rest = m.group("rest")
        num = int(m.group("n"))
        if num == 82:
            two = re.fullmatch(r'Baltes & Ralph 2024: "(.+?)" <(\S+)> and Treude 2024: "(.+?)" <(\S+)>', rest)
            assert two, rest
            papers.append(entry(lines, n, n + 1, two.group(1)))
            second = entry(lines, n, n + 1, two.group(3))
            second["arxiv"] = arxiv_of(two.group(4))
            papers.append(second)
            continue
        if num == 61:
            q = re.fullmatch(r"Gao et al 2023: '(.+)'\. <\S+>", rest)
            title = q.group(1)
        elif num == 146:
            q = re.fullmatch(r'Allen et al 2025: (Ten simple rules .+)" <\S+>\.', rest)
            title = q.group(1)
        else:
            q = QUOTED.match(rest)
            assert q, (n, rest)
            title = q.group("t")
            assert '"' not in title, (n, title)
        papers.append(entry(lines, n, n + 1, title))
    assert nums == list(range(1, 203)), nums
    assert len(papers) == 203, len(papers)
    assert papers[189]["line"] == 576 and papers[189]["arxiv"] == "2509.20353", papers[189]
    assert sum(1 for p in papers if p["arxiv"]) == 170, sum(1 for p in papers if p["arxiv"])
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered record 'N) Authors Year: \"Title\" <url>' with its ':   ' note line is one paper (202"
        " records, 82 names two: 203 entries), spanning the record and note lines; title = the quoted text (61's"
        " single quotes, 146's missing opening quote handled); the intro and link definitions are not entries.",
        "Record numbers 1-202 asserted in order, each followed by a ':   ' note line (all 202 record/note/blank"
        " triples checked by a shape scan); whole -v output (203 titles) read against the file; by eye the"
        " irregular records 43 (138, trailing colon), 61 (192, single-quoted title holding double quotes), 82"
        " (255, two papers, second id taken from its own link 2406.08228), 91 (282, package link aside), 125/147"
        " (384/450, period after quote or link), 146 (447, missing opening quote), 189 (576-577, link in the note,"
        " asserted), 59 (186, final period inside the quotes dropped by convention), year-less records (51, 66,"
        " 90); ~20 random records (135, 141, 312, 381, 411, 513, 534, 588, ...); hosts counted: 169 arXiv"
        " first-line links + 189's = 170 arXiv (asserted), 22 DOIs (Wiley, dx.doi.org, ACM, Springer, PLOS),"
        " ScienceDirect pii, computer.org, lnkd.in and author PDFs give none; intro 6-10 and link definitions"
        " 618-619 left out.",
    )


if __name__ == "__main__":
    main()
