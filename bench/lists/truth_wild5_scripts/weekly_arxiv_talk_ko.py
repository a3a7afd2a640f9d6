"""Wild5 truth for jungwoo-ha/WeeklyArxivTalk README.md: the Korean index page of a weekly arXiv talk show
('Weekly Arxiv 만담'), one bullet per episode.

Shape: Korean prose bullets (개요, 운영방법), then '### 시즌 2 + 회차별 주요 논문' (season-2 episode links only)
and '### 시즌 1 + 회차별 주요 논문' whose bullets are '* [ep33:20211212](issue url): [Gopher](pdf), [RETRO](pdf),
[PoE-GAN](arxiv) [다시듣기](clubhouse url)' -- several papers named on one line, each only by a short name
or nickname in the link text.  Episodes 34-65 and all of season 2 name no paper on the page.

Entry: every link after an episode link whose target is a paper (arXiv abs, OpenReview, DeepMind PDFs of the
Gopher and RETRO papers, a Nature npj article, the Stochastic Parrots PDF, DeepMind's AndroidEnv publication
page): 67.  A line naming three papers gives three entries on the same line.  Title: null for all -- every
link text is a short name or nickname ('MAE', 'Swin V2', 'OpenAI Book summary', 'Timnit Gebru Paper'), not
the paper's title.  Since a line holds several entries, each entry's arXiv id/DOI is taken from its own
link only.  Not entries: the episode/issue links, the 듣기/다시듣기 replay links, and links to blog
posts or non-papers (State of AI Report site, Facebook AI blog posts on Textless NLP and Blender Bot 2.0, the
Google blog on LaMDA, Microsoft's ZeRO-Infinity blog, OpenAI's Multimodal Neurons blog, a Nature news item
on Google's chip design).
Count check: 74 non-episode, non-replay links on lines 77-109 (grep), minus 7 blog/news/site links = 67.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "jungwoo-ha__WeeklyArxivTalk__README@2d15349.md"
PART = "wild5_development"
LINES = read_lines(NAME)
NOT_PAPERS = ("stateof.ai", "ai.facebook.com/blog", "blog.google", "microsoft.com/en-us/research/blog",
              "openai.com/blog", "nature.com/articles/d41586")
LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")


def main() -> None:
    papers = []
    links = 0
    for i, text in enumerate(LINES, 1):
        m = re.match(r"\* \[ep\d+:\d+\]\(https://github\.com/jungwoo-ha/WeeklyArxivTalk/issues/\d+\)", text)
        if not m:
            continue
        for name, url in LINK.findall(text[m.end():]):
            if "듣기" in name:
                continue
            links += 1
            if any(x in url for x in NOT_PAPERS):
                continue
            e = entry(LINES, i, i, None)
            e["arxiv"], e["doi"] = arxiv_of(url), doi_of(url)  # several papers share the line: each its own link's id
            papers.append(e)
    assert links == 74, links
    assert len(papers) == 67, len(papers)
    write_truth(NAME, PART, papers,
                "every paper link after a season-1 episode link is an entry (several per line), title null since each"
                " link text is a short name or nickname; episode, replay, blog, news and report-site links are not",
                "lines 77-109 read link by link: 74 links, 7 blog/news/site links left out by URL, the arXiv ids of"
                " all 61 arXiv links (v1 suffixes dropped), each taken from its own link, the OpenReview, DeepMind PDF, npj and Stochastic Parrots"
                " links kept with no id")


if __name__ == "__main__":
    main()
