"""Wild54 truth for liuyixuan820/liuyixuan820.github.io _pages/NLL.md: the page of the UT Austin Natural Language
Learning (NLL) reading group kept on a PhD student's al-folio site, Spring 2023 - Spring 2024.  The newest commit
(fdfa6f7, 2024-08-23) deleted the page, so the last commit holding it is taken (c65518d, 2024-04-19).

Shape: 87 lines, 6.5 KB, Jekyll front matter (1-7), an HTML comment (9), location / signup lines (11-12), then raw
HTML, no Markdown list syntax at all: ``<h2>Spring 2024</h2>`` with a ``<ul>`` (15-33), and two collapsed
``<details><summary><strong>Fall 2023</strong></summary>`` (35-59) and ``Spring 2023`` (61-88) blocks, each with an
intro paragraph and a ``<ul>``.  Every meeting is ``<li><strong>DATE[: who leads]</strong></li>`` closed on its own
line, and the paper sits on the NEXT, unlisted line as an ``<a href="...">Title</a>`` anchor, in Spring 2024 inside a
sentence (``We will be reading <a href="https://arxiv.org/pdf/2310.18168.pdf">Personas as ...</a>``), elsewhere bare,
sometimes followed by ``, EMNLP 2022`` (69, 72) or ``<br>`` and an award note on the next line (41-42).

Special cases:
- Practice job talks (16-20), research updates (86), Sasha Rush's talk with a blog-post link (31-32) and Nathan
  Schneider's talk with its abstract (56-57, which mentions ``[ACL 2023]`` in passing) name no paper read: not
  entries.
- 83 has a tab inside the ``<li>`` text (``Anubrata\twill``).
- Links: arXiv /pdf/ and /abs/ (one without ``.pdf``, 81), ACL Anthology pages and PDFs, an ACM ``/doi/pdf/`` link
  (51) and a university PDF (45).

Decisions:
- Entry = a meeting whose next line links a paper (14); it spans the ``<li>`` line through the anchor line (and the
  award note 42 for the ACL paper).
- Title = the anchor text; the venue after it (``, EMNLP 2022``) and the lead-in ``We will be reading`` are dropped.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "liuyixuan820__liuyixuan820.github.io___pages__NLL@c65518d.md"
PART = "wild54_development"

LI = re.compile(r"^\s*<li><strong>(?P<when>[^<]+)</strong>")
PAPER = re.compile(r'^\s*(?:We will be reading )?<a href="(?P<url>[^"]+)">(?P<title>[^<]+)</a>(?P<rest>.*)$')
NOT_PAPER_URL = re.compile(r"srush\.github\.io|docs\.google\.com|zoom\.us")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[3] == "title: UT NLL"
    papers = []
    talks = []
    for n, ln in enumerate(lines, 1):
        if not LI.match(ln):
            continue
        nxt = lines[n] if n < len(lines) else ""
        m = PAPER.match(nxt)
        if not m or NOT_PAPER_URL.search(m.group("url")):
            talks.append(n)
            continue
        last = n + 1
        if m.group("rest").strip() == "<br>":
            last = n + 2
        assert m.group("rest").strip() in ("", "<br>", ", EMNLP 2022"), (n + 1, m.group("rest"))
        papers.append(entry(lines, n, last, m.group("title")))
    assert talks == [16, 19, 31, 56, 86], talks
    t = {p["line"]: p for p in papers}
    assert sorted(t) == [22, 25, 28, 40, 44, 47, 50, 53, 68, 71, 74, 77, 80, 83], sorted(t)
    assert (t[22]["title"], t[22]["arxiv"]) == (
        "Personas as a way to Model Truthfulness in Language Models", "2310.18168"), t[22]
    assert (t[40]["end"], t[40]["arxiv"]) == (42, None), t[40]
    assert t[40]["title"] == "Language model acceptability judgements are not always robust to context", t[40]
    assert t[50]["doi"] == "10.1145/3581641.3584034", t[50]
    assert t[68]["title"] == "Interpreting Language Models with Contrastive Explanations", t[68]
    assert t[80]["arxiv"] == "2205.11482", t[80]
    assert t[83]["title"] == (
        "Explainable AI is Dead, Long Live Explainable AI! Hypothesis-driven decision support"), t[83]
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Raw-HTML reading-group page: each meeting is an '<li><strong>DATE...</strong></li>' line and the paper, if"
        " any, is an '<a href=...>Title</a>' anchor on the next line (in Spring 2024 after 'We will be reading');"
        " entry = a meeting with such a paper anchor (14), spanning the <li> line to the anchor line (to the award"
        " note for 40-42); title = the anchor text, trailing ', EMNLP 2022' dropped. Job talks, research updates and"
        " invited talks (with a blog-post link or an abstract) are not entries.",
        "Read all 87 lines; compared -v with every <li> of the three semesters (16-31, 40-56, 68-86): 14 paper"
        " meetings, 5 non-paper meetings; titles exact (incl. 'Scim: ...', 'Llama 2: ...', '...Explainable AI!"
        " Hypothesis-driven...'); arXiv ids from /pdf/ and /abs/ links (23, 26, 29, 48, 75, 78, 81, 84), the ACM"
        " DOI from the /doi/pdf/ link (51); none from ACL Anthology or the UIUC PDF.",
    )


if __name__ == "__main__":
    main()
