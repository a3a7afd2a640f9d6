"""Wild18 truth for arXivTimes/arXivTimes materials/README.md: a Japanese curated list of learning
materials for machine learning ('機械学習を学ぶための教材'), by topic (Machine Learning, Vision, NLP,
Audio, Reinforcement Learning, Optimization, Bayes, Causal inference, Product/Operation, Git,
Docker, Visualization, Interpretability, ...), with 'Not Recommend' subsections.

Shape: 269 top-level bullets '* [Name](url)' (one, line 645, with a leading space ' * ['), most
followed by indented Japanese note bullets ('  * 物体検知の手法のまとめで、...') that sometimes link
a Japanese explainer or slides; a few section intros and two bare URL lines in between.  The
items are mostly courses, books (amazon.co.jp, O'Reilly), blog posts, Qiita/hatena articles,
slide decks (SlideShare, Speaker Deck, Google Slides, talk PDFs), tutorials and repositories.

Entries: the 32 items whose subject is one scholarly work: arXiv papers (16, abs and pdf links),
a ResearchGate and an ACL Anthology survey, two PhD theses (Danqi Chen's Stanford purl, Ruder's
thesis page), journal and conference papers linked through publisher or lab publication pages
(PNAS, Microsoft Research's CHI guidelines paper, Facebook's HPCA18 paper, two Google research
pubs), the Keshav 'How to Read a Paper' article, two Distill articles (a peer-reviewed journal),
the TACL survey named by its companion site, and three papers the list names by their title but
links to a summary of (two arXivTimes issues, one 'the morning paper' blog post).  Not entries:
courses, books and book chapters (the Springer chapter 'Representation Learning and NLP' of an
open textbook, line 240), tutorials and tutorial/talk slides even when they are PDFs
('Deep Learning for Dialogue Systems', 'Fairness-Aware Data Mining', 'Deep Adversarial Learning
for NLP', ...), guides ('Rules of Machine Learning'), blogs, websites, repositories and the
links inside the notes.

Entry lines = the bullet and its indented note lines; title = the link text, the venue tag
'(HPCA18)' dropped from line 503.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "arXivTimes__arXivTimes__materials__README@f4cb8f3.md"
PART = "wild18_development"
PAPERS = (57, 79, 96, 114, 185, 212, 223, 245, 250, 261, 268, 302, 342, 344, 359, 380, 397, 415, 464, 475,
          503, 513, 566, 569, 572, 609, 643, 645, 716, 722, 752, 775)


def main() -> None:
    lines = read_lines(NAME)
    items = [i for i, t in enumerate(lines, 1) if re.match(r" ?\* \[", t)]
    assert len(items) == 269, len(items)
    arxiv_items = [i for i in items if "arxiv.org/" in lines[i - 1]]
    assert len(arxiv_items) == 16, arxiv_items
    assert set(arxiv_items) <= set(PAPERS)
    papers = []
    for i in PAPERS:
        assert i in items, i
        last = i
        while last < len(lines) and lines[last].startswith("  ") and lines[last].lstrip().startswith("*"):
            last += 1  # the item's indented note bullets
        title = re.match(r" ?\* \[(.+?)\]\(", lines[i - 1]).group(1)
        title = re.sub(r"\s*\(HPCA18\)$", "", title)
        papers.append(entry(lines, i, last, title))
    assert len(papers) == 32
    write_truth(NAME, PART, papers,
                "of the 269 material bullets, the 32 whose subject is one scholarly work (arXiv, ACL, ResearchGate,"
                " publisher and lab publication pages, theses, Distill, papers linked to a summary) are entries;"
                " courses, books and chapters, tutorials, slides, guides, blogs, sites and repos are not; title = the"
                " link text",
                "every one of the 269 bullets by eye with its link host (grep of '* [' lines, the leading-space bullet"
                " of line 645), the 16 arXiv links, every non-arXiv PDF link (tutorial and talk slides left out),"
                " the theses, the publisher/lab pages, the Distill articles, the three summary-linked papers, the"
                " Springer textbook chapter left out, and the indented notes (no paper records among them)")


if __name__ == "__main__":
    main()
