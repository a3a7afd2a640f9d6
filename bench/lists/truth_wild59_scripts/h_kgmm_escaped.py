r"""Wild59 truth for zjukg/KG-MM-Survey README.md at 2ced91f (2024-12-10): the companion repository of the survey
"Knowledge Graphs Meet Multi-Modal Learning: A Comprehensive Survey" (Chen et al., arXiv 2402.05391).  The README
lists the surveyed papers by the survey's taxonomy (KG-driven multi-modal learning, then multi-modal knowledge
graphs), newest first within each heading.

Shape: 731 lines.  Badges and a task figure (1-7); a blockquote intro (9); ``<details>`` blocks for a roadmap
figure (12-16) and for "News" (19-40), whose bullets announce the group's own papers
(``- **`2024-12` Our Paper [Title](url) [[`Repo`](url)] has been accepted by AAAI 2025.**``); a nested table of
contents (43-91).  Then the paper lists (95-675): ``##`` / ``###`` / ``####`` / ``#####`` headings, collapsed
``<details><summary>👈 🔎 Benchmarks </summary>`` blocks holding only an image of a comparison table, plain labels
(`` Image-Text:`` 502, `` Video-Text:`` 509) and one bullet per paper, written with escaped brackets:
``- \[[CVPR 2023](https://arxiv.org/abs/2303.01903)\] Prompting Large Language Models with Answer Heuristics ....``
i.e. a literal ``[`` + a Markdown link whose text is the venue and year + a literal ``]``, then the title and a
final period.  Contribution notes, contact and the survey's bibtex close the file (681-729).

Special cases:
- The venue link text varies (``arXiv 2024``, ``CVPR 2022 Workshops``, ``Trans. Mach. Learn. Res. 2022``,
  ``ICCV 2021 Workshop``); the link goes to arXiv, ACL Anthology, IEEE Xplore, ACM DL, Springer, ScienceDirect,
  OJS AAAI, CVF open access or OpenReview.
- Titles end with one period, which is not part of the title; titles with inner ``?`` keep it ("Visualizable or
  Non-visualizable? Exploring ...", "Seeing is Knowing! Fact-based ...") and 454 keeps its curly quotes and
  missing spaces ("‘What’and ‘Where’both matter: dual cross-modal ...").
- Papers relevant to several tasks are listed under several headings (e.g. "Multimodal Analogical Reasoning over
  Knowledge Graphs", "IMGpedia: ..."): every bullet is its own entry.
- Trailing-space lines (``  ``) and images inside ``<details>`` sit between the lists.

Decisions:
- Entry = every bullet ``- \[[Venue Year](url)\] Title.`` (354 bullets, 111-675), one line each.  Title = the text
  after ``\]`` without the final period.
- The News bullets in ``<details>`` (22-39) announce the maintainers' own papers (accepted / preprinted), with the
  survey itself at 33; they are news items, not part of the categorized list, and are not entries (several of
  those papers also appear in the list proper, where they are entries).
- The table of contents, ``<details>`` figures, labels, contributing notes and the survey's bibtex are not entries.
- arXiv ids come from arxiv.org/abs links; DOIs from ``dl.acm.org/doi/abs/10.1145/...`` and
  ``link.springer.com/chapter/10.1007/...`` addresses (taken by the helper).
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "zjukg__KG-MM-Survey__README@2ced91f.md"
PART = "wild59_development"

BULLET = re.compile(r"^- \\\[\[(?P<venue>[^\]]+)\]\((?P<url>[^)]*)\)\\\]\s+(?P<title>.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if m:
            title = m.group("title")
            title = title.removesuffix(".")
            papers.append(entry(lines, n, n, title.strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 354, len(papers)
    assert min(by) == 111 and max(by) == 675, (min(by), max(by))
    assert not any(n < 95 for n in by)
    assert by[111]["title"] == "Knowledge Condensation and Reasoning for Knowledge-based VQA", by[111]
    assert by[111]["arxiv"] == "2403.10037", by[111]
    assert by[385]["title"] == (
        "Beyond Entities: A Large-Scale Multi-Modal Knowledge Graph with Triplet Fact Grounding"
    ), by[385]
    assert by[411]["title"].startswith("Visualizable or Non-visualizable? Exploring"), by[411]
    assert by[412]["doi"] == "10.1145/3394171.3416292", by[412]
    titles = [p["title"] for p in papers]
    assert titles.count("Multimodal Analogical Reasoning over Knowledge Graphs") >= 2
    assert not any(t.endswith(".") for t in titles)
    assert by[454]["title"].startswith("‘What’and ‘Where’both matter: dual cross-modal"), by[454]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '- \\[[Venue Year](url)\\] Title.' (escaped brackets around a venue link, lines"
        " 111-675) is one entry, one line each; a paper listed under several headings is an entry each time."
        "  Title = the text after '\\]' without the final period.  The News bullets inside <details> (22-39),"
        " which announce the maintainers' own papers, the table of contents, the <details> figures and the"
        " survey's bibtex are not entries.",
        checked="Read the whole file; compared the -v output with every bullet (354), checked the escaped-bracket"
        " venue links with unusual venues (Workshops, Trans. Mach. Learn. Res.), titles with '?' / '!' inside,"
        " repeated papers, that no News bullet is listed, arXiv ids from arxiv.org links and DOIs from ACM /"
        " Springer addresses.",
    )


if __name__ == "__main__":
    main()
