"""Truth for valeman's awesome-conformal-prediction README (held out, issue 26).

Entries: the numbered items `N. [Title](url) by Authors (Year) [Code] 🔥…` of the research
sections (Papers, Time Series, Anomaly Detection, PhD/MSc Theses); an item runs over its
wrapped lines until the next item, blank line or heading.  In the Tutorials, Courses,
Articles and Slides sections (videos, blogs, slides, courses) only the items whose link is a
paper host (arXiv, JMLR, SAGE, Nature, MIT DSpace thesis) are entries.  Not entries: the
Microsoft Azure blog and the Amazon Fortuna docs items, books, libraries, events, people,
the list's own Zenodo citation.  Title: the first link text (wrapped text joined; one item
lacks its opening '[' and one has a doubled '](…' — the text before the first '](').
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "valeman__awesome-conformal-prediction__README@9ace096.md"
RESEARCH = ("## Conformal Prediction Papers", "## Conformal Prediction for Time Series Forecasting",
            "## Conformal Prediction for Anomaly Detection", "## PhD Theses on Conformal Prediction")
LEARNING = ("## Conformal Prediction Tutorials", "## Conformal Prediction Courses",
            "## Articles on Conformal Prediction", "## Conformal Prediction Presentation Slides")
PAPER_HOSTS = re.compile(r"arxiv\.org/|jmlr\.org/papers|journals\.sagepub\.com/doi|nature\.com/articles|dspace\.mit\.edu")
NOT_PAPERS = ("aws-fortuna.readthedocs.io", "learn.microsoft.com")
ITEM = re.compile(r"\d+\.\s+")


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    section = ""
    for i, line in enumerate(lines, 1):
        if line.startswith("#"):
            section = line.strip()
        if not ITEM.match(line) or not section.startswith(RESEARCH + LEARNING):
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not ITEM.match(lines[end]) and not lines[end].startswith("#"):
            end += 1
        text = " ".join(x.strip() for x in lines[i - 1:end])
        body = ITEM.sub("", text, count=1)
        if any(h in body for h in NOT_PAPERS):
            continue
        if section.startswith(LEARNING) and not PAPER_HOSTS.search(body.split(" by ")[0]):
            continue
        title = clean(body.lstrip("[").split("](")[0]).removesuffix(" (psychology)")  # a topic note in one link
        papers.append(paper(i, end, title, text))
    write(
        NAME,
        "Numbered items '[Title](url) by Authors (Year)' of the research sections (papers, time series, anomaly "
        "detection, theses) are entries, plus items of the tutorials/courses/articles/slides sections whose link is "
        "a paper host; blogs, docs, videos, slides, books, libraries are not; title = first link text (wrapped "
        "lines joined).",
        "every item linking GitHub, docs, a personal or project page (about 25, one by one), every wrapped item, "
        "the items with malformed links, 20 random items and the first/last item of each section.",
        papers,
    )


if __name__ == "__main__":
    main()
