"""Wild44 truth for xinguoxia/KGE README.md: a personal list of knowledge graph embedding papers, one bullet per
paper under a deep heading tree (year / Journal or Conference / venue), each bullet an HTML anchor, a nickname tag,
the authors and the quoted bold title; newest commit 4d0b564 (2024-03-14).

Shape: ``# KGE`` (1), two sentences (2, 4), a contents list (``* [Libraries](#Libraries)`` ... 8-10), ``##
Libraries`` (12) with 13 tool bullets ``- PyKEEN [code](https://github.com/pykeen/pykeen)`` (14-26), ``##
Methodologies`` (28) with one link ``- [CNNKGE](src/CNN.md)`` (30) to a sub-page, ``## Papers`` (32), then ``###
2024`` (34) ... ``### 2011`` (2256), each with ``#### Journal`` and/or ``#### Conference`` and under them ``#####
<venue>`` headings (``##### Information Sciences``, ``##### AAAI``, ... the EMNLP heading twice in 2022, 830 and 838).
A paper bullet is one line: ``- <a name="KGMixup"></a> **(KGMixup)** Tianyang Xie, Yong Ge. "**Enhance Knowledge
Graph Embedding by Mixup**". [paper](https://ieeexplore.ieee.org/document/10173561)``, many bullets add the venue in
bold (``**Knowledge Based Systems 2020**.``) and a ``[code](github)`` link, some end with ``:star:`` (68).  Some
bullets have no anchor or no nickname (``- Jinglin Zhang, Bo Shen, ... "**Converting hyperparameter gamma ...**"``).
Irregular bullets: 118 indented by two spaces (``  - <a name="BDRI"></a> ...``, still a list item), 502, 1750 and
1754 two spaces after the dash, 510 an asterisk inside the title (``"**A*Net: A Scalable ...**"``), 1198 a comma
instead of a period after the authors, 1384 the closing quote inside the bold (``"**Modeling relation paths ...
adversarial training"**``) and a broken name ``Linfen g Du``, 1408 no period before the quote, 1788 curly quotes
``“**...**”``, 2140 no space after the authors' period (``Li Guo."**Jointly ...**"``), 1080 a stray quote after the
venue (``**Engineering Applications of Artificial Intelligence 2021**".``).  Paper hosts: ScienceDirect (pii, some
``?via%3Dihub``), Springer (``10.1007/...`` DOIs), IEEE Xplore, ACM DL (``doi/10.1145/...``), doi.org, ACL
Anthology / aclweb, OpenReview, arXiv (abs and pdf), AAAI OJS, IJCAI, NeurIPS/NIPS proceedings, PMLR, JMLR, KR,
VLDB, conference pages.

Decisions:
- An entry is every paper bullet (840): title = the text between ``"**`` (or ``“**``) and ``**"`` (or ``"**`` /
  ``**”``), i.e. the bold quoted title without quotes; ids from the bullet's line (first arXiv id / DOI).  The
  nickname tag, authors, venue, ``:star:`` and links are not part of the title.
- Not entries: the library bullets (code repositories and tools), the Methodologies link to a sub-page, the contents
  list, headings and the two sentences at the top.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "xinguoxia__KGE__README@4d0b564.md"
PART = "wild44_development"

BULLET = re.compile(r"^ {0,2}- ")
TITLE = re.compile(r"[\"“]\*\*(?P<t>.+?)(?:\*\*[\"”]|[\"”]\*\*)")
LIB = re.compile(r"^- [\w.-]+ \[code\]\(https://github\.com/[^)]+\)$")
IRREGULAR = {118, 502, 510, 1198, 1384, 1408, 1750, 1754, 1788, 2140}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[11] == "## Libraries" and lines[27] == "## Methodologies" and lines[31] == "## Papers"
    assert lines[29] == "- [CNNKGE](src/CNN.md)"
    for n in range(14, 27):
        assert LIB.match(lines[n - 1].replace("µKG", "muKG")), n
    papers = []
    for n in range(33, len(lines) + 1):
        ln = lines[n - 1]
        if not BULLET.match(ln):
            assert not ln.strip() or ln.startswith("#"), (n, ln[:80])
            continue
        m = TITLE.search(ln)
        assert m, (n, ln[:100])
        t = m.group("t")
        assert '"' not in t and "**" not in t and "“" not in t, n
        regular = re.match(r'^- (?:<a name="[^"]+"></a> )?(?:\*\*\([^)]+\)\*\* )?[^"“]+\. "\*\*[^*]+\*\*"', ln)
        assert bool(regular) != (n in IRREGULAR), n
        papers.append(entry(lines, n, n, t))
    by = {p["line"]: p for p in papers}
    assert by[1384]["title"] == "Modeling relation paths for knowledge base completion via joint adversarial training"
    assert by[1788]["title"] == "Investigating Robustness and Interpretability of Link Prediction via Adversarial" \
        " Modifications"
    assert by[2140]["title"] == "Jointly Embedding Knowledge Graphs and Logical Rules"
    assert by[510]["title"] == "A*Net: A Scalable Path-based Reasoning Approach for Knowledge Graphs"
    assert by[118]["doi"] == "10.1007/s10618-023-00918-8" and by[1384]["doi"] == "10.1016/j.knosys.2020.105865"
    assert sum(1 for ln in lines if ":star:" in ln) == 68
    assert len(papers) == 840, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper bullet under '## Papers' (year / Journal-Conference / venue headings) is an entry (840, one line"
        " each, one indented by two spaces), title = the bold quoted title without its quotes (straight or curly,"
        " closing quote inside or outside the bold), ids from the bullet; the Libraries bullets (tools), the"
        " Methodologies sub-page link, the contents list and headings are not entries.",
        "Whole 2266-line file classified (after '## Papers' every non-blank line is a heading or a bullet with a"
        " quoted bold title); the ten irregular bullets (118 indented, 502/1750/1754 double space, 510 'A*Net', 1198"
        " comma, 1384 quote inside bold, 1408 no period, 1788 curly quotes, 2140 no space) asserted to be exactly those the regular pattern misses; -v"
        " output compared with the first and last bullet of each year (40/60, 68/568, 576/1010, 1018/1354,"
        " 1362/1666, 1674/1842, 1850/1982, 1990/2088, 2096/2166, 2174/2218, 2226/2236, 2244/2246, 2254,"
        " 2262/2266), every irregular bullet, 1080 (stray quote after the venue) and 22 random bullets (76, 124,"
        " 314, 358, 464, 514, 644, 798, 832 '∗' marks in authors, 1030, 1034, 1108 PyKEEN 1.0 JMLR paper, 1374,"
        " 1390, 1448, 1514, 1562, 1686, 1834, 1854, 1876 no anchor or nickname, 2102); library bullets 14-26 and"
        " the CNNKGE link excluded; the only arXiv link is 2182 (DistMult);"
        " Springer/ACM/doi.org DOIs and arXiv ids read from the bullet, ScienceDirect pii and IEEE ids give none.",
    )


if __name__ == "__main__":
    main()
