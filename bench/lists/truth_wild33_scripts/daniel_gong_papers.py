"""Wild33 truth for Daniel-Gong/daniel-gong.github.io _posts/2024-01-29-Discovering-Interesting-Papers.md
(commit e12076c, June 2024): a personal blog-post log of interesting papers, one dated block per day.

Shape: bold date lines (`**3.12**`) followed by bare paragraphs (no list markers), each paragraph one
link `[Title](url)`, sometimes followed by `, *Venue*, Year` and, on lines 8 and 13, an author line
under the link (part of the entry).  Link text runs over two lines in several records (17-18, 58-59,
61-62, 64-65, 101-102, 124-125).  Each paragraph whose link is a scholarly work is an entry; papers
logged twice (e.g. lines 149, 171, 173, 313, 329, 335) are separate entries, and line 319 carries a
trailing remark "(Well, this one has been listed above, ...)".
Title = the link text, markup and HTML entities removed (lines 75, 207); where the link text ends with
the site or journal name the browser tab gave it, that tail is not title: " - ScienceDirect" (227,
249, 273), ": Trends in Cognitive Sciences" (251), ": iScience" (293), ", Journal of Computational
Neuroscience" (269), " - ORA - Oxford University Research Archive" (383, a thesis).
Kept as scholarly works: arXiv preprints incl. "My favorite math jokes" (108, an arXiv article), the
CS224n final report (337), theses on DASH/ORA (377, 383), the Elsevier book chapter (273), the 1988
Science item (225).  Line 112's arXiv link is malformed (`arxiv.org/abs2210.1869`) and gives no id.
Not entries (videos, blogs, books, web pages, news, schools): 32, 95, 97, 133 (a Science
sponsored booklet), 135, 181, 193 (a Springer book), 197, 223, 229 (Wikipedia pages on books), 259,
261, 263, 277, 283, 287 (a Science careers article), 357, 359, 363, 365, 379.
The newest snapshot (8aa1f95, Apr 2026) holds ~546 links, too big for this set, hence the older commit.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "Daniel-Gong__daniel-gong.github.io___posts__2024-01-29-Discovering-Interesting-Papers@e12076c.md"
PART = "wild33_development"

NOT_PAPER = {32, 95, 97, 133, 135, 181, 193, 197, 223, 229, 259, 261, 263, 277, 283, 287,
             357, 359, 363, 365, 379}
TAILS = [" - ScienceDirect", ": Trends in Cognitive Sciences", ": iScience",
         ", Journal of Computational Neuroscience", " - ORA - Oxford University Research Archive"]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 0
    n = len(lines)
    while i < n:
        if lines[i].startswith("["):
            start = i + 1
            j = i
            while j + 1 < n and lines[j + 1].strip():
                j += 1
            end = j + 1
            block = "\n".join(lines[i:j + 1])
            if start not in NOT_PAPER:
                m = re.match(r"\[(.+?)\]\(", block, re.DOTALL)
                title = m.group(1).replace("\n", " ")
                for t in TAILS:
                    title = title.removesuffix(t)
                papers.append(entry(lines, start, end, title))
            i = j + 1
        else:
            assert not re.search(r"\]\(http", lines[i]), i + 1
            i += 1
    assert len(papers) == 109, len(papers)
    write_truth(NAME, PART, papers,
                "Every bare link paragraph under a date line whose link is a scholarly work is an entry "
                "(repeats kept); title is the link text joined across lines, less a site/journal tail "
                "such as ' - ScienceDirect'.",
                "All paragraphs of the file read by eye: the 21 non-paper links, multi-line link texts, "
                "author lines 8/13, entity-escaped titles, site-name tails, ids incl. MIT Press and "
                "bioRxiv DOIs and the malformed arXiv link on line 112.")


if __name__ == "__main__":
    main()
