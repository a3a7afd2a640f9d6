"""Wild59 truth for 52CV/CV-Surveys 2021-CV-Surveys.md at beb12f7 (2022-01-04): the Chinese "我爱计算机视觉" (52CV)
list of computer-vision survey papers that appeared in 2021, sorted into 46 topic sections; headings, topic
bullets and the one-line summaries are Chinese, the survey titles English.

Shape: 531 lines.  Logo ``<div>`` (1-3), title and Chinese intro ("至12月28日已公开 196 篇", 5-9), a topic table
of contents (11-25; its row 25 lacks the leading pipe and starts with ``[8.Deep Learning(深度学习)](#8)|``),
``详细请看：`` with two WeChat article links (30, 32), then sections ``<a name="N"/>`` + ``## N.Topic(中文)`` from
46 down to 1, each a list of survey lines, directly or under Chinese sub-topic bullets (``* 鱼类跟踪``):
``[*-] [Title](https://arxiv.org/abs/...)<br>[YYYY-MM-DD]<br>中文简介`` (the Chinese summary, a ``:star:[code]``
link or a venue such as ``IJCAI 2021`` are optional).  A WeChat QR image closes the file (528-529).

Special cases:
- Indentation varies: none, 2, 3 or 4 spaces; section 1 uses ``-`` bullets, the rest ``*``.
- 429 (video localization) has no bullet, just two spaces and the link: still a listed survey.
- 156 and 176 list the same survey (A Survey of Orthogonal Moments ..., arXiv 2103.14799) under two topics, with
  two different dates: two entries.
- 436 (Pedestrian attribute recognition: A survey) links ScienceDirect, no arXiv id and no DOI in the line.
- 397 (GANs in Computer Vision) also links its ACM publication (dl.acm.org/doi/fullHtml/10.1145/3439723):
  the entry has both an arXiv id and a DOI.
- 30 and 32 link WeChat posts ("推荐几篇近期必看的视觉综述...") that recommend surveys; they are articles, not papers.
- Topic bullets without a link (``* MLP``, ``* 微生物图像分析``) are not papers.

Decisions:
- Entry = every line whose (bulleted or indented) text starts with a Markdown link to a paper page
  (arxiv.org or sciencedirect.com): 198 entries, one line each.  Title = the link text.
- TOC links, the WeChat post links (30, 32), topic bullets, headings and the image are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "52CV__CV-Surveys__2021-CV-Surveys@beb12f7.md"
PART = "wild59_development"

PAPER = re.compile(
    r"^(?:[ \t]*[*-] |[ \t]+)\[(?P<title>[^\]]+)\]\((?P<url>https?://(?:arxiv\.org|www\.sciencedirect\.com)/[^)]*)\)"
)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = PAPER.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 198, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 197
    assert not any(n in by for n in (25, 30, 32))
    assert by[429]["title"] == "A Survey on Natural Language Video Localization", by[429]
    assert by[429]["arxiv"] == "2104.00234", by[429]
    assert by[156]["title"] == by[176]["title"] == (
        "A Survey of Orthogonal Moments for Image Representation: Theory, Implementation, and Evaluation"
    )
    assert by[156]["arxiv"] == by[176]["arxiv"] == "2103.14799"
    assert by[436]["title"] == "Pedestrian attribute recognition: A survey", by[436]
    assert not by[436]["arxiv"] and not by[436]["doi"], by[436]
    assert by[397]["doi"] == "10.1145/3439723" and by[397]["arxiv"] == "1906.01529", by[397]
    assert by[525]["title"] == "Are we ready for a new paradigm shift? A Survey on Visual Deep MLP", by[525]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every line whose bulleted ('*' or '-', any indentation) or merely indented text starts with a"
        " Markdown link to arxiv.org or sciencedirect.com is one survey paper (198, one line each; 429 has no"
        " bullet).  Title = the link text; the '<br>[date]<br>中文简介' tail is not part of it.  A survey listed"
        " under two topics (156, 176) is two entries.  TOC links, the two WeChat article links (30, 32), Chinese"
        " topic bullets and headings are not entries.",
        checked="Read the whole file; compared the -v output with every link line, checked the unbulleted 429,"
        " the duplicate 156/176, the ScienceDirect entry 436 without ids, the TOC row 25 and WeChat links 30/32"
        " left out, the ACM DOI of 397, and that the 197 arXiv ids match the links.",
    )


if __name__ == "__main__":
    main()
