"""Wild35 truth for daiwk/daiwk.github.io _posts/1970-01-01-links-navigation-recommender-system.md:
a Chinese blog post, "导引——推荐系统论文集合" (a guide: collection of recommender-system papers).

Shape: a Jekyll post in Chinese.  Lines 9-62 are a table of contents (not entries).  The papers come
in three shapes:
- heading sections (``### Title`` or, once, ``## LambdaOpt: ...`` line 313), each followed by a
  Chinese summary and sometimes a link line repeating the title and code links; the entry runs from
  the heading to the line before the next heading; its title is the heading text (lines 111-198,
  204-311, 313-317, 322-324);
- bare link lines ``[Title](url)`` in a section of their own: lines 72, 74 (surveys), 98 (GRU4Rec, with
  its Paddle code link on line 100), 356 (RecSys 2019 best paper, its code link on 358), 392;
- ``+ [Title](arxiv)，<Chinese gloss>`` items, lines 346-348, and a prose line 372
  "对应的论文是RecSys2019上的：[Title](arxiv)" which is a reference record to the paper (kept; repeated
  records are separate entries).
Special cases: line 72's link text is a PDF file name ("Batmaz2018_Article_AReviewOnDeepLearningForRecomm"),
not a title, so its title is None.  Lines 76 and 78 are SIGIR 2018 / WSDM 2019 tutorial slides
(talks), not entries.  Links to the author's own blog posts (68, 82, 84, 90, 94, 104, 283, 324, 386),
WeChat/Zhihu articles (108, 202, 328, 340, 344, 352, 354, 364, 366, 370, 374, 390) and code repositories
are not entries.  Heading sections whose body has only a blog link (322 Fast Matrix Factorization)
still name a paper and are entries.  Sections "social recomendation" (382), "RSGAN" (384) and
"pe-ltr" (388) headings are topics, not papers; the paper under pe-ltr is line 392.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "daiwk__daiwk.github.io___posts__1970-01-01-links-navigation-recommender-system@02956d1.md"
PART = "wild35_development"

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []

    # heading sections: 111..311 (### papers under 最新paper1 / 最新paper2; 200 is the 最新paper2 heading), 313 (## LambdaOpt), 322
    heads = [i for i in range(1, len(lines) + 1) if re.match(r"#{2,3} ", lines[i - 1])]
    paper_heads = [h for h in heads if (111 <= h <= 311 and h != 200) or h in (313, 322)]
    for h in paper_heads:
        nxt = min(x for x in heads if x > h)
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        title = re.sub(r"^#+\s*", "", lines[h - 1]).strip()
        papers.append(entry(lines, h, end, title))

    # single link lines / items
    singles = {72: None, 74: "t", 98: "t", 346: "t", 347: "t", 348: "t", 356: "t", 372: "t", 392: "t"}
    spans = {98: 100, 356: 358}
    for ln, kind in singles.items():
        m = LINK.search(lines[ln - 1])
        assert m, ln
        title = m.group(1) if kind else None
        papers.append(entry(lines, ln, spans.get(ln, ln), title))

    assert len(papers) == 39, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each paper heading section (### or ## heading naming a paper, to the next heading) and each "
        "link line / + item whose link names a paper is an entry, its title the heading or link text; "
        "table of contents, own blog posts, WeChat/Zhihu articles, tutorial slides and code links are not.",
        "Read all 392 lines by eye; every entry, title and id checked against the file.",
    )


if __name__ == "__main__":
    main()
