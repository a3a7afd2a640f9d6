"""Wild31 truth for Ninnat/ninnat.github.io log.md: a personal monthly reading log ("What I read, links, manga, anime").

Shape: Jekyll front matter, then `# 2017`/`# 2016` year headings, `## April`-style month headings, and under each
month bold `**Focused readings**` / `**Links**` labels and plain-text topic labels (Physics and mathematics,
Politics, Manga, Games ...), each followed by `- [Title](url), Authors Year; comment` bullets.  The log mixes
papers with books (amazon links), lecture/course notes, blog posts, magazine and news pieces, Q&A threads, videos,
manga and anime.

Entry: a rendered bullet whose linked item is a scholarly work: a journal article, an arXiv preprint (anything
posted on arXiv counts, including L40 "Lectures on ..." and L213 Klein's posthumous submission), a thesis (L137
honors thesis, L156 UGent thesis, L294 Renes thesis), a survey (L223 Aaronson), a student/REU paper (L198) or a
technical note (L143 Verhoeff).  Not entries: books and book chapters (L32, L197, L255-L259), lecture or course
notes not on arXiv (L99, L136, L199, L209, L210, L273, L302 Wilczek's "Notes on ..."), magazine/news/blog pieces
even with a DOI (L46 and L269 Physics Today, L207 NYBooks - its inline arXiv link is a mention inside an essay
entry), encyclopedia/wiki/Q&A pages, videos, manga, games.  Bullets inside HTML comments (L42, L88-L92,
L169-L170, L180-L190) do not render and are not entries.  Title: the first link text, markup removed ($...$ TeX
kept as written).  L30's link lacks a scheme (renders as a relative link) but is still the paper's record.
L293's URL holds the DOI 10.1143/PTP.65.809 followed by a file path; the DOI is set to that (the helper would keep
the path tail).

Commit: the newest snapshot (72daa99, 2021) no longer has log.md (the site was rebuilt); fb19e67 (2017-05-01) is
the last commit touching log.md.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "Ninnat__ninnat.github.io__log@fb19e67.md"
PART = "wild31_development"

ENTRY_LINES = [29, 30, 31, 38, 39, 40, 79, 80, 81, 82, 83, 84, 85, 86, 87, 98,
               130, 131, 132, 133, 134, 135, 137, 143, 145, 146, 156, 198, 200,
               206, 212, 213, 216, 223, 254, 293, 294, 295, 296, 303]
LINK = re.compile(r"\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in ENTRY_LINES:
        text = lines[n - 1]
        assert text.startswith("- ["), (n, text)
        title = LINK.search(text).group(1)
        p = entry(lines, n, n, title)
        if n == 293:
            p["doi"] = "10.1143/ptp.65.809"
        papers.append(p)
    assert len(papers) == 40, len(papers)
    write_truth(NAME, PART, papers,
                "Hand-picked rendered bullets (line list) whose linked item is a scholarly work (article, arXiv "
                "preprint, thesis, survey, technical note); books, notes, blog/news/magazine pieces, Q&A, videos, "
                "manga, games and HTML-commented bullets excluded; title = first link text.",
                "Every bullet of the file read by eye and classified; all 40 titles and ids compared with their "
                "lines; the commented-out blocks checked not to be counted.")


if __name__ == "__main__":
    main()
