"""Wild56 truth for faizanahemad/data-science-utils ml_ai_ds_resources/papers.md: a practitioner's personal page of
paper-finding and paper-reading tips ending in "Some Good Papers That I am reading", newest commit touching the file
(310525e, 2020-05-21).

Shape: 117 lines, 10 KB.  ``## Finding good Papers and Paper Reading Tips`` (2) with ``*`` bullets of links to venues,
proceedings, Reddit, Papers with Code, papers-we-love (11-31: no papers) and a 5-pass reading method (33-47; 47 links
Keshav's reading guide as ``[More info here](...)``, advice, not counted).  ``## Some Good Papers That I am reading``
(49): a ``-`` list of unlinked topic bullets (50, 83, 92, 96, 102, 107, 110), each with indented ``- [Title](arXiv
URL)`` bullets, some under a further unlinked sub-topic (56 "Making Transformers Smaller...", 65 "Other Interesting
Papers using Attention", 71 "Online Important Blogs", 88 "Scaling Graph networks"); ``<Yet to Add>`` (116).

Special cases:
- 55 has two papers on one line (``[BERT](1810.04805), [A Primer in BERTology: ...](2002.12327)``) and so has 104
  (``[Towards a hands-free query optimizer through deep learning](blog.acolyer.org ...)``, a paper title linked to a
  Morning Paper write-up, then ``[Deep Reinforcement Learning for Join Order Enumeration](arXiv 1803.00055)``): two
  entries each, ids set by hand per entry (104's first paper has no id).
- 86 ``[GCMC]()`` and 87 ``[GraphSage]()`` name papers by nickname with empty links: entries titled ``GCMC`` and
  ``GraphSage``.  70 ``[]()`` is empty: not an entry.
- Titles with a year or author/venue appended: 51 ``NMT Paper by Bahdanau ICLR 2015`` (title ``NMT Paper``), 84
  ``... Graph Neural Networks 2019``, 85 ``... Taxonomy 2020``, 112 ``... A Survey 2018``: the year/author/venue is not
  part of the title.
- Extra links after a paper are not entries: 67 ``([Code](github))``, 93 ``([Video](coursera))``, 103 ``[Blog by
  Berkeley Lab](...)``.
- Not papers: the "Online Important Blogs" bullets 72-80 (76 ``Paper Dissected: “Attention is All You Need”
  Explained`` is a blog post), 99 (Spinning Up "Key Papers" page), 100 (a GitHub list), 113 (Carlini's web list).

Decisions:
- Entry = each link in the reading section (50-113) that points to arXiv, or has an empty URL but a name (86, 87), plus
  104's paper-titled link to its write-up: 34 entries on 32 lines, one line each.
- Title = link text, minus 51's "by Bahdanau ICLR 2015" and the trailing years at 84, 85, 112.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "faizanahemad__data-science-utils__ml_ai_ds_resources__papers@310525e.md"
PART = "wild56_development"

LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)]*)\)")
ARXIV = re.compile(r"arxiv\.org/abs/(\d{4}\.\d{4,5})")
TRIM = {51: " by Bahdanau ICLR 2015", 84: " 2019", 85: " 2020", 112: " 2018"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[48] == "## Some Good Papers That I am reading", lines[48]
    papers = []
    for n in range(50, 114):
        found = []
        for m in LINK.finditer(lines[n - 1]):
            text, url = m.group("text"), m.group("url")
            a = ARXIV.search(url)
            paper_summary = n == 104 and "blog.acolyer.org" in url
            if a or (not url and text) or paper_summary:
                found.append((text, a.group(1) if a else None))
        for text, arxiv in found:
            if n in TRIM:
                assert text.endswith(TRIM[n]), (n, text)
                text = text[: -len(TRIM[n])]
            p = entry(lines, n, n, text)
            if len(found) > 1:
                p["arxiv"] = arxiv
            papers.append(p)
    by = {(p["line"], p["title"]): p for p in papers}
    assert len(papers) == 34, len(papers)
    assert by[(51, "NMT Paper")]["arxiv"] == "1409.0473"
    assert by[(55, "BERT")]["arxiv"] == "1810.04805"
    assert by[(55, "A Primer in BERTology: What we know about how BERT works")]["arxiv"] == "2002.12327"
    assert (67, "VL-BERT: Pre-training of Generic Visual-Linguistic Representations") in by
    assert (84, "A Comprehensive Survey on Graph Neural Networks") in by
    assert by[(86, "GCMC")]["arxiv"] is None and (87, "GraphSage") in by
    assert (93, "Get to the point! Summarization with pointer-generator networks") in by
    assert by[(104, "Towards a hands-free query optimizer through deep learning")]["arxiv"] is None
    assert by[(104, "Deep Reinforcement Learning for Join Order Enumeration")]["arxiv"] == "1803.00055"
    assert (112, "Adversarial Attacks and Defences: A Survey") in by
    assert not any(p["line"] in (70, 72, 76, 80, 99, 100, 113) for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries only in '## Some Good Papers That I am reading' (50-113): every link to an arXiv abs page,"
        " the two named empty links [GCMC]() and [GraphSage](), and 104's paper-titled link to a Morning Paper"
        " write-up; lines 55 and 104 carry two papers each (ids set by hand per entry).  Code/Video/Blog extras, the"
        " 'Online Important Blogs' bullets, the Spinning Up page, the GitHub and Carlini lists, the empty '[]()' and"
        " the tips section are not papers.  Title = link text without 51's 'by Bahdanau ICLR 2015' and the trailing"
        " years at 84, 85, 112.",
        checked="Read all 117 lines and the -v output for the 34 entries: the two-paper lines 55/104 and their ids,"
        " the nickname entries 51/86/87, trimmed years, extra Code/Video/Blog links left out, the blog section and"
        " web lists excluded.",
    )


if __name__ == "__main__":
    main()
