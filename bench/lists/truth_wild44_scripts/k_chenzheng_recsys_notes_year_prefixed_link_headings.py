"""Wild44 truth for chenzheng5555/PaperNote PaperRecommendation.md (newest commit 20e94bf, 2021-03-28): a Chinese
graduate student's reading notes on recommender-system papers (collaborative filtering, matrix factorisation, graph
recommendation, then hashtag / tag recommendation for micro-videos and microblogs).

Shape: 951 lines, LF, UTF-8, no CR, no final newline.  Two ``# `` sections: ``# 推荐`` (1) and ``# 标签推荐`` (497).  Every paper is a
level-2 heading whose whole text is one link ``## [YYYY-Title](url)`` -- the publication year and a hyphen written
*inside* the link text before the title -- followed by a blank line and one metadata line ``引用数：N<TAB>来源：venue``
(citation count, then the venue in Chinese-labelled fields; count or venue sometimes empty: 430, 469, 486), and then
long Chinese notes (bullets ``+ 问题``/``+ 方法``, block quotes, LaTeX, images ``![...](img/...)``).  Special cases:
code links after the heading link (327 ``[代码](...)``, 344 with spaces before it, 379 two code links
``[代码pytorch](...)、[tensorflow](...)``) and after the venue on the metadata line (196, 674, 701, 776, 799, 886);
a title with odd quoting copied from Google Scholar (428 ``" Click" Is Not Equal to" Like": ...``); a title ending
in a full stop inside the link text (631 ``... Text Tags in Content Sharing Services.``); lower-case Scholar-style
titles (``Kgat: ...``); links to ACM DL (doi/pdf, doi/abs), arXiv, IEEE Xplore, Springer
(chapter DOI), Wiley (doi/abs), IJCAI/AAAI/atlantis-press/jestr/personal PDFs.

Decisions:
- Entry = each ``## `` heading (38: 18 under 推荐, 20 under 标签推荐), spanning the heading and its metadata line two
  lines below; the notes that follow are commentary and are left out of the span (they hold other links -- papers
  mentioned in prose at 740 and 874, blog links at 152 and 770 -- which are not this entry's ids and not entries).
- Title = the link text with the leading ``YYYY-`` removed, as written (capitalisation and the quoting of 428 kept);
  the final full stop of 631 is the citation separator the helper drops.
- Ids from the heading's URL: arXiv abs links give the arXiv id, ACM/Springer/Wiley URLs give the DOI written in
  them; IEEE Xplore document numbers and PDFs give none.
- Not entries: the two ``# `` section headings; papers named inside the notes.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "chenzheng5555__PaperNote__PaperRecommendation@20e94bf.md"
PART = "wild44_development"

HEAD = re.compile(r"^## \[(?P<y>(?:19|20)\d\d)-(?P<t>[^\]]+)\]\((?P<u>[^)]+)\)(?P<rest>.*)$")
META = re.compile(r"^引用数：\d*\t来源：")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 951 and lines[-1].endswith("graph convolutional networks"), len(lines)  # no final newline
    sections = {n: ln for n, ln in enumerate(lines, 1) if ln.startswith("# ")}
    assert sections == {1: "# 推荐", 497: "# 标签推荐"}, sections
    papers = []
    code_after = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("##"):
            continue
        m = HEAD.match(ln)
        assert m, (n, ln)
        assert lines[n] == "" and META.match(lines[n + 1]), n  # blank line, then 引用数/来源
        if m.group("rest").strip():
            assert "[代码" in m.group("rest"), n
            code_after.append(n)
        papers.append(entry(lines, n, n + 2, m.group("t")))
    assert code_after == [327, 344, 379], code_after
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "Item-based collaborative filtering recommendation algorithms"
    assert t[3]["doi"] == "10.1145/371920.372071"
    assert t[139]["title"] == "BPR: Bayesian personalized ranking from implicit feedback" and t[139]["arxiv"] == "1205.2618"
    assert t[428]["title"] == '" Click" Is Not Equal to" Like": Counterfactual Recommendation for Mitigating Clickbait Issue'
    assert t[499]["doi"] == "10.1007/11762256_31"
    assert t[593]["doi"] == "10.1002/asi.23736"
    assert t[631]["title"].endswith("Content Sharing Services")
    assert t[945]["title"] == "Privacy-Preserving Visual Content Tagging using Graph Transformer Networks"
    assert sum(1 for p in papers if p["line"] < 497) == 18
    assert sum(1 for p in papers if p["arxiv"]) == 5 and sum(1 for p in papers if p["doi"]) == 19
    assert len(papers) == 38, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '## [YYYY-Title](url)' heading is one paper spanning the heading and the 引用数/来源 metadata line two "
        "lines below (the Chinese notes after it are left out); title = the link text without the leading year and "
        "hyphen, as written; ids from the heading URL (arXiv abs, DOIs in ACM/Springer/Wiley URLs).",
        "Read the whole heading list (38 headings, lines 3-945) against -v output: first/last of each section (3/484, "
        "499/945), code links after the heading (327, 344, 379) and on the metadata line (196, 674, 701, 776, 799, 886) "
        "excluded from titles, odd Scholar quoting kept (428), trailing full stop dropped (631), empty count/venue "
        "metadata lines (430, 469, 486); all 38 titles compared with their heading lines; grep of every http link outside "
        "headings: only blog links, image links and two papers mentioned in prose (740, 874), none an entry.",
    )


if __name__ == "__main__":
    main()
