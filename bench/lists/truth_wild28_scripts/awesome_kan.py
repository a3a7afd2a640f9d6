"""Wild28 truth for mintisan/awesome-kan README.md: an awesome list on Kolmogorov-Arnold Networks mixing
papers, libraries, projects, discussions, tutorials and videos.

Shape: one bullet per record, '- [Link text](url)' then optional ' : description', '| [code](url)' and a
GitHub-stars badge (separators '|', the full-width '｜', or none).  Sections: '## Papers' (lines 36-114,
79 bullets, all papers), '### Theorem' (lines 119-123, '- 1957-[Title](url)': year glued to the link
by '-'), '## Library' with sub-sections Library-based/ConvKANs/Benchmark/Non-Python/Alternative,
'## Project', '## Discussion', '## Tutorial' + '### YouTube'.  Title = the link text of the bullet's
first link (the year prefix of the Theorem bullets is dropped).
Entries: every bullet of Papers and Theorem; in the other sections only the bullets whose subject is a
paper: line 153 (Initial Investigation of KANs ... IMU, arXiv) and line 159 (HiPPO-KAN, arXiv) sit
among the Library repositories; line 240 (Is KAN more interpretable than MLP?, a Springer chapter) and
line 247 (KAN: Kolmogorov-Arnold Networks: A review, a PDF critique hosted on the author's site,
counted as an unpublished scholarly document) sit in Discussion.  Line 247's only id is the arXiv
link of the reviewed KAN paper inside its description; by the first-id convention it is recorded.
Not entries: code repositories (GitHub links), openkan.org pages (202, 211, 233), blog posts
(medium, towardsdatascience, towardsai, personal blogs), Hacker News / Reddit / Twitter threads,
YouTube videos, the KANvas demo and the tutorial pages.
Special cases: repeated papers (45 and 98 Kolmogorov-Arnold Fourier Networks; 91 and 96 A Survey on
Kolmogorov-Arnold Network) are separate entries; line 68's link ends with a stray ')' and points to a
ScienceDirect pii (no DOI); line 47 is an arxiv.org/html link; lines 71, 72, 110 use 10.48550/arXiv
DOIs; line 108 an http://doi.org link; line 105 is an IEEE Xplore document page (no DOI); line 92 an
MDPI page; line 104 writes '(2025)' after the link (not part of the title).
Count check: 79 (Papers) + 5 (Theorem) + 2 (Library) + 2 (Discussion) = 88 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "mintisan__awesome-kan__README@795e8f7.md"
PART = "wild28_development"
OTHER_PAPERS = {153, 159, 240, 247}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[33] == "## Papers" and lines[116] == "### Theorem" and lines[124] == "## Library"
    papers = []
    for i, text in enumerate(lines, 1):
        if not (36 <= i <= 114 or 119 <= i <= 123 or i in OTHER_PAPERS):
            continue
        m = re.match(r"- (?:\d{4}-)?\[([^\]]+)\]\(", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len([p for p in papers if p["line"] <= 114]) == 79
    assert len(papers) == 88, len(papers)
    write_truth(NAME, PART, papers,
                "every bullet of the Papers and Theorem sections, plus the four paper bullets among the"
                " Library (153, 159) and Discussion (240, 247) records, is an entry; title = the link text of"
                " the bullet's first link (Theorem's 'YYYY-' prefix dropped); repositories, blogs, forum"
                " threads, videos and tool pages are not entries",
                "all 88 entries read against the file (titles and ids); every bullet of Library, Project,"
                " Discussion, Tutorial and YouTube read to sort papers from repositories, blogs and videos;"
                " the stray ')' on 68, the arxiv.org/html link on 47, the 10.48550 DOIs (71, 72, 110),"
                " http://doi.org on 108, the Springer chapter DOI on 240 and the review PDF on 247 checked")


if __name__ == "__main__":
    main()
