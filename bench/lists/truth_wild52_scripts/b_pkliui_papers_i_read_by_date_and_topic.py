"""Wild52 truth for pkliui/machine-learning useful-resources.md: a single person's "Useful resources" page whose second
half is a personal reading log, "Papers I read, sorted by date" and again "sorted by topic (roughly)", newest commit
(24c071d, 2021-08-16).

Shape: 63 lines, 3 KB.  Lines 1-2 blank, ``# Useful resources`` (3), then course / website links that are not papers
(``### Mathematics`` 5-9, ``### Data science`` 12-18: bold link lines such as ``[**Linear algebra with ODEs**](...)``).
``## Papers I read, sorted by date`` (22) with month headings written bold inside the heading and with a count,
``### **12/2020 (2)**`` (24), ``### **07/2021 (2) **`` (28), ``### **08/2021 (4) **`` (32), each followed by ``* [...](url)``
bullets (25-26, 29-30, 33-36).  ``## Papers I read, sorted by topic (roughly)`` (38) then topic headings (``### CNN``,
``### Data augmentation``, ``### Gradient Descent``, ``### Regularization``, ``### RNN``, ``### Super-resolution``) with
the same papers again as bullets (42-63).

The link text is a free-form citation that changes from bullet to bullet:
- bare author-year, no title: ``[Hernández-García 2018](https://arxiv.org/abs/1806.03852)`` (25, 46, 54);
- author-year link with the title written after it: ``[Bottou 2009](...pdf) Curiously Fast Convergence of ...`` (26);
- ``Authors year, Title`` (29, 47: ``Ekin D. Cubuk e al. 2018, AutoAugment: ...``) or ``Authors, Title`` (30, 42) or
  ``Author, Title, year`` (51);
- ``X et al. Title, year`` (33, 57) and the same with the space missing, ``He et al.Deep Residual ..., 2015`` (34, 58);
- APA references ``Dong, C., Loy, C. C., He, K., & Tang, X. (2016). Title. Journal, 38(2), 295–307`` (35, 62) and
  ``Simonyan, K., & Zisserman, A. (2015). Title. 3rd International Conference ...`` (36, 63).

Special cases:
- 59: the VGG reference sits in an empty link ``[... Retrieved from https://arxiv.org/pdf/1409.1556v4.pdf]()``: the
  URL is in the link text, so the arXiv id still comes from the line.
- The topic half repeats the date half (and the VGG / DenseNet / ResNet papers are filed under "RNN"); every mention
  is its own entry.
- 35/62 carry a doi.org link (10.1109/TPAMI.2015.2439281); 26/51 link a PDF on leon.bottou.org (no id).

Decisions:
- Entry = every ``* [`` bullet after line 22 (18: 8 by date, 10 by topic); the bold resource links above are courses
  and web pages, not papers.
- Title = the paper's title inside the citation, authors, years, venue and page numbers dropped; for the bare
  ``Hernández-García 2018`` bullets the title is None; for 26 the text after the link.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "pkliui__machine-learning__useful-resources@24c071d.md"
PART = "wild52_development"

BULLET = re.compile(r"^\* \[(?P<text>[^\]]*)\]\((?P<url>[^)]*)\)\s*(?P<after>.*?)\s*$")
APA = re.compile(r"^[^()]+\(\d{4}\)\. (?P<t>[^.]+)\. ")
ETAL = re.compile(r"^\w+ et al\. ?(?P<t>.+), \d{4}$")
YEAR_FIRST = re.compile(r"^[^,]+ \d{4}, (?P<t>.+)$")
AUTHORS_FIRST = re.compile(r"^[^,]+, (?P<t>.+?)(?:, \d{4})?$")
BARE = re.compile(r"^[\w\u00c0-\u017f-]+ \d{4}$")


def title_of(text: str, after: str) -> str | None:
    if BARE.match(text):
        return after or None
    for rx in (APA, ETAL, YEAR_FIRST, AUTHORS_FIRST):
        m = rx.match(text)
        if m:
            return m.group("t")
    raise AssertionError(text)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "# Useful resources"
    start = lines.index("## Papers I read, sorted by date") + 1
    topic = lines.index("## Papers I read, sorted by topic (roughly)") + 1
    assert (start, topic) == (22, 38)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < start or not ln.startswith("* "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, title_of(m.group("text"), m.group("after"))))
    assert sum(1 for p in papers if p["line"] < topic) == 8
    assert len(papers) == 18, len(papers)
    t = {p["line"]: p for p in papers}
    assert [n for n, p in t.items() if p["title"] is None] == [25, 46, 54]
    assert (t[25]["arxiv"], t[54]["arxiv"]) == ("1806.03852", "1806.03852")
    assert t[26]["title"] == "Curiously Fast Convergence of some Stochastic Gradient Descent Algorithms", t[26]
    assert t[51]["title"] == t[26]["title"], t[51]
    assert t[29]["title"] == "AutoAugment: Learning Augmentation Policies from Data", t[29]
    assert t[30]["title"] == "A guide to convolution arithmetic for deep learning", t[30]
    assert t[34]["title"] == "Deep Residual Learning for Image Recognition", t[34]
    assert (t[35]["title"], t[35]["doi"]) == (
        "Image Super-Resolution Using Deep Convolutional Networks", "10.1109/tpami.2015.2439281"), t[35]
    assert t[36]["title"] == "Very deep convolutional networks for large-scale image recognition", t[36]
    assert (t[59]["title"], t[59]["arxiv"]) == (t[36]["title"], "1409.1556"), t[59]
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* [citation](url)' bullet under 'Papers I read, sorted by date' (25-36, 8) and 'sorted by topic"
        " (roughly)' (42-63, 10) is an entry (18), repeats included; title = the paper title inside the free-form"
        " citation (APA 'Authors (year). Title.', 'X et al. Title, year', 'Authors year, Title', 'Author, Title,"
        " year'), authors/years/venue dropped; 'Hernández-García 2018' bullets have no title (None); the Bottou"
        " bullet 26 takes the title written after its author-year link; the bold course/website links 7-18 are not"
        " papers.",
        "Read all 63 lines and compared -v for all 18 bullets: None on 25/46/54, the text after the link on 26, the"
        " missing space in 'He et al.Deep' 34/58, APA titles cut at the first '. ' 35/36/62/63, the empty-link VGG"
        " reference 59 still giving arXiv 1409.1556 from its 'Retrieved from' URL, DOI 10.1109/tpami.2015.2439281 on"
        " 35/62, no id for the leon.bottou.org PDF 26/51.",
    )


if __name__ == "__main__":
    main()
