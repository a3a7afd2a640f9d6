"""Wild11 truth for kh-kim/arxiv-translator README.md: a Korean project page (machine translation of
arXiv papers into Korean) whose '## Paper List' is one pipe table of the papers it translated.

Shape: Korean prose (lines 1-11), then '| ArXiv ID | Title | ArXiv | Go to |' with 74 rows (lines
15-88): a bare arXiv id with or without a version ('2404.19705v2', '2404.19543'), the title as plain
text, '[arXiv](https://arxiv.org/abs/<id>)' and '[page](...)' to the Korean translation on GitHub.
Then Korean sections on the procedure (tools, a figure), future work and contact: no papers.

An entry is one table row; title = the Title cell as written.  The list writes titles with their
punctuation stripped ('When to Retrieve Teaching LLMs ...', 'Physics of Language Models Part 33
Knowledge Capacity Scaling Laws', 'sDPO Dont Use Your Data All at Once', 'Yi Open Foundation Models
by 01AI'); the truth keeps them as written (question marks and hyphens the file keeps stay).
Technical reports, surveys and benchmark papers are entries like the rest.
Count check: 74 rows starting '| <digit>' (grep -c), every one with an arXiv link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "kh-kim__arxiv-translator__README@b5f9d6d.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\| (\d{4}\.\d{4,5})(v\d+)? \| (.+?) \| \[arXiv\]\(https://arxiv\.org/abs/(\S+?)\)", text)
        if not m:
            continue
        assert m.group(4).startswith(m.group(1)), i
        e = entry(lines, i, i, m.group(3))
        assert e["arxiv"] == m.group(1), (i, e["arxiv"])
        papers.append(e)
    assert len(papers) == 74 and papers[0]["line"] == 15 and papers[-1]["line"] == 88, len(papers)
    assert len(papers) == sum(1 for t in lines if re.match(r"\| \d", t))
    write_truth(NAME, "wild11_development", papers,
                "every row of the '## Paper List' table is an entry, title = the plain Title cell as written"
                " (punctuation the list stripped stays stripped), arXiv id from the row (bare id cell and link agree)",
                "all 74 rows (ids against the links, titles against the cells, first and last rows), the Korean"
                " prose before and the procedure/future-work/contact sections after (no papers)")


if __name__ == "__main__":
    main()
