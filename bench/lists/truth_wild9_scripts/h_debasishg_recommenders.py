"""Wild9 truth for debasishg/ml-readings recommenders.md: a short personal reading list on recommender
systems (collaborative filtering, factorization, Netflix Prize era), one of several topic files of the
repository.

Shape: no heading; four numbered category items in italics ('1. *General*', '2. *Using Deep
Learning*', '3. *Using Factorization*', '4. *Tutorials, Blog Posts and Courses*'), each followed by
bullets indented by two spaces '  * [Title](url) by Authors' (29 bullets).  Links go to ACM
'citation.cfm?id=' pages, CiteSeerX summaries ('viewdoc/summary?doi=10.1.1...', a CiteSeerX document id,
not a DOI), author pdfs, slideshare and blogs.

Entry = a bullet whose link is a scholarly work: 29 bullets minus
- line 3 'Lessons from the Netflix Prize: Going beyond the algorithms' (Koren's talk slides at a
  Technion ML day),
- lines 13 and 14 (blog posts by Sander Dieleman and Erik Bernhardsson),
- all six bullets of '4. Tutorials, Blog Posts and Courses' (lines 31-36: slideshare tutorials, a
  workshop keynote's slides, Facebook/NYT/GraphChi blog posts)
= 20 entries (General 7, Deep Learning 1, Factorization 12).  Two theses count (Pilaszy's PhD thesis
booklet, line 17; Marlin's MSc thesis, line 27), as does the UMBC Review student article (line 24).
Title = the link text.  No arXiv ids or DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "debasishg__ml-readings__recommenders@9ea1e82.md"
LINES = read_lines(NAME)

BULLET = re.compile(r"^  \* \[([^\]]+)\]\(([^)]+)\)")
NOT_PAPERS = {3: "Lessons from the Netflix Prize: Going", 13: "Recommending music on Spotify",
              14: "Recurrent Neural Networks for Collaborative"}


def main() -> None:
    papers = []
    bullets = 0
    category = None
    per_category = {}
    for i, text in enumerate(LINES, 1):
        c = re.match(r"^(\d)\. \*", text)
        if c:
            category = int(c.group(1))
            continue
        m = BULLET.match(text)
        if not m:
            assert not text.strip().startswith("*"), i
            continue
        bullets += 1
        if i in NOT_PAPERS:
            assert m.group(1).startswith(NOT_PAPERS[i]), i
            continue
        if category == 4:
            continue
        papers.append(entry(LINES, i, i, m.group(1)))
        per_category[category] = per_category.get(category, 0) + 1
    assert bullets == 29, bullets
    assert per_category == {1: 7, 2: 1, 3: 12}, per_category
    write_truth(NAME, "wild9_development", papers,
                "every '  * [Title](url) by Authors' bullet of categories 1-3 that links a paper or thesis is an"
                " entry, title = the link text; the Koren talk slides, two blog posts and the whole"
                " 'Tutorials, Blog Posts and Courses' category are not",
                "all 29 bullets by eye (20 entries: 7 + 1 + 12), each excluded bullet's link (slides, blogs,"
                " slideshare), titles against the file")


if __name__ == "__main__":
    main()
