"""Wild54 truth for wzhe06/Ad-papers README.md: a Chinese engineer's (王喆) list of computational-advertising papers,
study materials and industry talks ("计算广告论文、学习资料、业界分享"), newest commit (c840cfc, 2020-12-22).

Shape: 190 lines, 34 KB, every item a ``* [LINK TEXT](https://github.com/wzhe06/Ad-papers/blob/master/<Folder>/<file>)
<br />`` bullet pointing at a PDF/PPT/DOC/JPG stored in the repository itself (no arXiv or DOI links anywhere).
Chinese intro (1-8) with contact bullets (4-6); two ```New!``` bullets (9, 11) each followed by an unbulleted Chinese
note (10, 12); ``**其他相关资源**`` (14) with four links to other GitHub lists/code (15-18); ``## 目录`` (20) and
sixteen ``### Section`` headings (22 Optimization Method ... 187 Allocation), most followed by one Chinese line that
describes the section (23, 35, 44, ...).  Link texts come in two styles: the file name without extension
(``Hogwild A Lock-Free Approach to Parallelizing Stochastic Gradient Descent``, colons lost: ``Taking the Human Out of
the Loop- A Review ...``) and, in Embedding / Classic CTR Prediction / Deep Learning CTR Prediction, a bracketed
nickname tag plus a trailing ``(Org YEAR)``: ``[DIN] Deep Interest Network for Click-Through Rate Prediction (Alibaba
2018)``; 117/120/124/125/142 glue the tag without a space (``[Parameter Server]Scaling Distributed ...``).

Special cases:
- The list mixes papers with study material.  Not entries (course/tutorial/slide/manual material, Chinese blog-style
  articles and talk decks, judged from the title and the linked file's extension): 25 (冯扬's online-optimization
  tutorial), 28 (.pptx survey deck), 32 (.doc), 36/38/41 (Chinese LDA/probability tutorials), 40 ``...(PPT)``, 51 ``FM
  PPT by CMU``, 53 ``libfm-1.42.manual``, 73 (Chinese article), 76/77 (PID tutorials, .pdf/.doc), 82 (``Introduction
  to Boosted Trees`` slides), 85 (the .ppt twin of 83), 105 (Zhang Weinan's RTB slides, called a "ppt" by earlier
  versions of this README), 118/119 (Chinese industry talks), 130-131 (.doc/.jpg), 133 (Google's ``Rules of Machine
  Learning`` guide), 135 (``Deep Learning Tutorial``), 136-138 (.ppt/PPT/.doc), 166 (Chinese article), 173 (``Bandit
  Algorithms Continued- UCB1`` lecture notes), 180 ``Thompson Sampling PPT``, 182 (the author's own .pptx), 184
  (.ppt). Kept as research works: 37 (Heinrich's technical report), 83 (``Classification and Regression Trees`` .pdf,
  a review/book chapter), 121 (the RTB monograph), 134 (Fawcett's ROC paper).
- Repeats are separate entries: 9 = 65 (Airbnb embedding), 11 = 156 (DIEN), 39 = 61 and 67 = 132 (word2vec papers),
  30 vs 31 (short and full title of the same Bayesian-optimization review).
- Titles: the bracketed tag (``[DIN] ``, ``[Parameter Server]``) and the trailing ``(Org YEAR)`` / ``(2014)`` are
  dropped, as are the trailing nickname ``(LinUCB)`` (174) and the author-year suffix `` Rendle2010`` (52); nickname
  prefixes written into the title stay (``Node2vec - Scalable ...``, ``LINE - Large-scale ...``, ``xDeepFM - ...``,
  ``Deep Crossing - ...``, ``TensorFlow- ...``, ``Item2Vec-Neural ...``); typos stay (``Incentivizting`` 172).
- The two ``New!`` entries span their bullet and the Chinese note under it (9-10, 11-12).

Decisions:
- Entry = every ``* [text](repo file)`` bullet from line 9 on except the four resource links 15-18 and the 29
  material bullets listed above (131 link bullets in all, 98 entries); title = the link text cleaned as said.  No
  ids (all links are GitHub blob links).
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "wzhe06__Ad-papers__README@c840cfc.md"
PART = "wild54_development"

BULLET = re.compile(r"^\* (?:`New!` )?\[(?P<text>.+)\]\((?P<url>https://github\.com/\S+?)\)(?: ?<br />)?$")
FILE = re.compile(r"^https://github\.com/wzhe06/Ad-papers/blob/master/.+\.(?P<ext>pdf|pptx?|docx?|jpg)$")
RESOURCES = {15, 16, 17, 18}  # links to other GitHub lists / code
MATERIAL = {25, 28, 32, 36, 38, 40, 41, 51, 53, 73, 76, 77, 82, 85, 105, 118, 119, 130, 131, 133, 135, 136, 137, 138,
            166, 173, 180, 182, 184}
TAG = re.compile(r"^\[[^\]]+\] ?")
ORG_YEAR = re.compile(r" \((?:[A-Za-z-]+ )?\d{4}\)$")


def title_of(text: str) -> str:
    t = TAG.sub("", text)
    t = ORG_YEAR.sub("", t)
    t = re.sub(r"\(LinUCB\)$", "", t)
    t = re.sub(r" Rendle2010$", "", t)
    return t.strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 计算广告论文、学习资料、业界分享", lines[0]
    papers = []
    links = 0
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            assert not ln.startswith(("* [", "* `")), (n, ln)
            continue
        links += 1
        if n in RESOURCES:
            assert "Ad-papers/blob" not in m.group("url"), (n, ln)
            continue
        f = FILE.match(m.group("url"))
        assert f, (n, ln)
        if n in MATERIAL:
            continue
        assert f.group("ext") == "pdf", (n, ln)
        end = n + 1 if ln.startswith("* `New!`") else n
        papers.append(entry(lines, n, end, title_of(m.group("text"))))
    assert links == 131, links
    t = {p["line"]: p for p in papers}
    assert (t[9]["title"], t[9]["end"]) == (
        "Real-time Personalization using Embeddings for Search Ranking at Airbnb", 10), t[9]
    assert t[11]["title"] == t[156]["title"] == "Deep Interest Evolution Network for Click-Through Rate Prediction"
    assert t[52]["title"] == "Factorization Machines", t[52]
    assert t[58]["title"] == "Word2vec Explained Negative-Sampling Word-Embedding Method", t[58]
    assert t[63]["title"] == "Node2vec - Scalable Feature Learning for Networks", t[63]
    assert t[120]["title"] == "Scaling Distributed Machine Learning with the Parameter Server", t[120]
    assert t[117]["title"] == "TensorFlow- Large-Scale Machine Learning on Heterogeneous Distributed Systems", t[117]
    assert t[152]["title"] == "Wide & Deep Learning for Recommender Systems", t[152]
    assert t[159]["title"] == "A Factorization-Machine based Neural Network for CTR Prediction", t[159]
    assert t[174]["title"] == "A Contextual-Bandit Approach to Personalized News Article Recommendation", t[174]
    assert t[121]["title"] == "Display Advertising with Real-Time Bidding (RTB) and Behavioural Targeting", t[121]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert not any(re.search(r"[\[\]()]|\d{4}\)$", p["title"]) for p in papers if p["line"] != 121), [
        p for p in papers if re.search(r"[\[\]]", p["title"])]
    assert len(papers) == 98, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* [text](https://github.com/wzhe06/Ad-papers/blob/master/...pdf)' bullet that names a research work is"
        " an entry (98); not entries: the four links to other GitHub lists (15-18) and 29 study-material bullets"
        " (slides .ppt/.pptx/'PPT', .doc/.jpg files, manuals, tutorials, Chinese blog-style articles and industry"
        " talks, Google's ML rules guide: 25, 28, 32, 36, 38, 40, 41, 51, 53, 73, 76, 77, 82, 85, 105, 118, 119,"
        " 130, 131, 133, 135-138, 166, 173, 180, 182, 184).  Title = the link text without the bracketed nickname tag,"
        " the trailing '(Org YEAR)', '(LinUCB)' and 'Rendle2010'; nickname prefixes inside the title text kept.  The"
        " two 'New!' bullets span their Chinese note line; repeats (9/65, 11/156, 39/61, 67/132) are separate"
        " entries.",
        "Read all 190 lines; listed every bullet with its link text and file extension and classified each by hand"
        " (papers vs slides/tutorials/manuals/articles); compared -v for all 98 entries: tags and '(Org YEAR)'"
        " removed (58-68, 96-101, 147-160), tags glued without a space removed (117, 120, 124, 125, 142), '(LinUCB)'"
        " 174 and 'Rendle2010' 52 removed, '(RTB)' inside the title of 121 kept, typo 'Incentivizting' 172 kept;"
        " spans 9-10 and 11-12; no arXiv/DOI ids (all links are repository blob links).",
    )


if __name__ == "__main__":
    main()
