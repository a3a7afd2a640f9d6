"""Wild7 truth for patrick-llgc/cvpr2019_downloader assets/available_papers_05222019.md: a script-made conference list.

The downloader script looked up CVPR 2019 oral papers on arXiv and wrote this file: a '# CVPR2019
papers on Arxiv (as of 05222019)' heading, then one bullet per paper, '- [Title](pdf url)'.  Every
bullet is an entry (215); title = the link text; the arXiv id comes from the arXiv pdf url
(https or http, some with a '?context=cs.pdf' tail); one bullet links a personal-page pdf and has
no id.  Two different papers (Acoustic and Steady-state Non-Line-of-Sight Imaging) are given the
same arXiv id 1811.09910 by the file; the truth keeps what the file writes.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "patrick-llgc__cvpr2019_downloader__assets__available_papers_05222019@69dfeea.md"
PART = "wild7_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"- \[([^\]]+)\]\((https?://\S+)\)", text)
        if not m:
            assert text in ("# CVPR2019 papers on Arxiv (as of 05222019)", ""), i
            continue
        papers.append(entry(LINES, i, i, m.group(1)))
        aid = re.search(r"arxiv\.org/pdf/(\d{4}\.\d{4,5})", m.group(2))
        assert papers[-1]["arxiv"] == (aid.group(1) if aid else None), i
    assert len(papers) == 215, len(papers)
    assert sum(1 for p in papers if p["arxiv"] is None) == 1
    write_truth(NAME, PART, papers,
                "every '- [Title](pdf url)' bullet is an entry, title = the link text, arXiv id from an arxiv.org/pdf"
                " url (one personal-page pdf gives none); the heading is not an entry",
                "215 bullets against grep ('^- \\['), every line matched; the 5 bullets with non-standard urls"
                " (one non-arXiv pdf, four '?context=cs.pdf' tails) by eye; the duplicated id 1811.09910 on two"
                " different papers is the file's; first/last 15 and 20 sampled titles by eye; no DOI")


if __name__ == "__main__":
    main()
