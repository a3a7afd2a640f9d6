"""Wild60 truth for gopala-kr/a-week-in-wild-ai ai-for-science/README.md at b9b3f33 (2021-07-31): the "AI for
science" page of a weekly AI-links repository, a flat list of arXiv papers applying machine learning in physics,
chemistry, astronomy and earth / climate science.

Shape: 143 lines.  No headings at all: the sections are plain paragraph labels ``Physics`` (4), ``Chemistry`` (49),
``Astronomy`` (71), ``Geography/Climate Change`` (105), ``Space`` (138), each preceded by a ``-----`` rule line
(2, 47, 69, 103, 131, 136, 142, 143; the rule at 69 directly follows the last Chemistry bullet).  Every paper is one
bullet ``- [Title](https://arxiv.org/...)``, some followed by `` :star:`` (6, 7, 15, 23, 43, 85, 111, 124).
Physics 6-45, Chemistry 51-68, Astronomy 73-101, Geography/Climate 107-129, two unlabelled bullets after the rule
at 131 (132, 133: dark-matter papers), and under Space one link to a folder of the same repository (140).

Special cases:
- Link forms vary: ``arxiv.org/abs/<id>v<n>``, ``arxiv.org/pdf/<id>v<n>.pdf`` and the old
  ``arxiv.org/ftp/arxiv/papers/1504/1504.07865.pdf`` form (74, 76, 86, 92, 93, 112, 114, 118, 120, 122).
- The same paper is listed twice in Physics: "Like Quantum Computing without Quantum Physics: Is it How the Brain
  Works?" (19 and 36); both rows are entries.
- 25 "Proceedings of the 2018 Workshop on Compositional Approaches in Physics, NLP, and Social Sciences" is an arXiv
  proceedings volume; it is listed like the papers and kept as an entry.
- Titles keep the file's casing and punctuation ("Neural networks for the prediction organic chemistry reactions",
  "-- An example from 4D seismic ...", "ASTROMLSKIT: A New Statistical ...").

Decisions:
- Entry = every bullet line ``- [text](url)`` whose url is on arxiv.org: one line each, title = the link text.
- 140 ``[ai-in-space-research](https://github.com/...)`` is a repository folder, not a paper: not an entry.
- The section labels and rules are not entries.
- arXiv ids come from the links (version dropped) by the helper, including the ``/ftp/arxiv/papers/`` form
  (checked: 74 -> 1504.07865, 122 -> 1907.09725).
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "gopala-kr__a-week-in-wild-ai__ai-for-science__README@b9b3f33.md"
PART = "wild60_development"

BULLET = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m or "arxiv.org" not in m.group("url"):
            continue
        papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 112, len(papers)
    assert 140 not in by
    assert by[6]["title"] == "Toward an AI Physicist for Unsupervised Learning" and by[6]["arxiv"] == "1810.10525"
    assert by[19]["title"] == by[36]["title"] == "Like Quantum Computing without Quantum Physics: Is it How the Brain Works?"
    assert by[25]["title"].startswith("Proceedings of the 2018 Workshop on Compositional Approaches"), by[25]
    assert by[45]["arxiv"] == "1504.03303", by[45]
    assert by[68]["title"] == "Graph Informer Networks for Molecules" and by[68]["arxiv"] == "1907.11318", by[68]
    assert by[74]["arxiv"] == "1504.07865", by[74]
    assert by[122]["arxiv"] == "1907.09725", by[122]
    assert by[133]["title"] == "Constraining dark matter annihilation with cosmic ray antiprotons using neural networks"
    assert min(by) == 6 and max(by) == 133, (min(by), max(by))
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '- [Title](url)' whose url is an arxiv.org abs / pdf / ftp link is one entry (one line),"
        " title = the link text; trailing ':star:' marks are ignored.  The plain-text section labels (Physics,"
        " Chemistry, Astronomy, Geography/Climate Change, Space), the '-----' rules and the one github folder link"
        " (140) are not entries.  Both rows of the duplicated 'Like Quantum Computing ...' (19, 36) are entries.",
        checked="Read the whole file; compared the -v output with all 113 bullets (112 arXiv entries + the github"
        " link), the two unlabelled bullets after the rule at 131, the ftp-style links' ids and the duplicate pair.",
    )


if __name__ == "__main__":
    main()
