"""Wild53 truth for krithikasivaram/sivaramambikasaran.github.io research.md: the research page of Sivaram
Ambikasaran's SAFRAN group (fast algorithms, numerical linear algebra; IISc/IIT Madras), a Jekyll page, newest commit
(5fdf4e6, 2018-01-11).

Shape: 143 lines, 13 KB.  A magenta/orange ``<span style>`` quote (6-7), images, group description (11-15),
``### Members:`` with two numbered lists of people (``#### Current`` 21-26, ``#### Alumni`` 30-34), then
``### Publications`` (36), a Scholar link (38) and a numbered list 1-16 (40-55) closed by the kramdown IAL
``{: reversed="reversed"}`` (56).  A publication item: authors with the site owner as
``<span style="color:magenta">**Sivaram Ambikasaran**</span>`` (plain on 53), then the linked title in quotes,
``"[Title](url)"`` or with LaTeX-style opening backticks ``\\`\\`[Title](url)"`` (45-47, 55), then the venue (or none:
44, 48).  After it: ``## Sample Research`` (58-102), a numbered list whose items are ``### headings`` with indented
prose and images; ``## List of possible research topics`` (104-118), bullets linking tinyurl / Dropbox project notes;
``## Mathematical Packages`` (121-130), bullets linking code repositories; ``## Funding`` (133-143).

Special cases:
- Title markup: ``An 𝒪(*N*log*N*) fast direct solver ...`` (54, italics dropped), ``A Kalman filter powered by
  ℋ<sup>2</sup>-matrices ...`` (49, tag dropped).
- 50: ``"[Fast Algorithms for Dense Numerical Linear Algebra and Applications, Stanford Thesis](url)", Stanford
  Thesis`` -- a PhD thesis (an entry); the ``, Stanford Thesis`` inside the link text repeats the venue and is
  dropped from the title.
- Not entries: the member lists (people), the Sample Research list (research themes), the research-topic bullets
  (project ideas, some linking PDFs of notes), the software packages, funding.

Decisions:
- Entry = each numbered Publications item (40-55), one line each; title = the link text inside the quotes.
- Ids: arXiv abs links (40, 44, 48); DOIs from SIAM ``/doi/abs/``, Wiley ``/doi/...`` and Springer
  ``/article/`` ``/chapter/`` links; none from ScienceDirect ``pii``, IEEE Xplore, Stanford PURL or OGST links.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "krithikasivaram__sivaramambikasaran.github.io__research@5fdf4e6.md"
PART = "wild53_development"

ITEM = re.compile(r'^(?P<num>\d+)\. .*?(?:"|``)\[(?P<title>.+?)\]\((?P<url>[^)\s]+)\)"')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[35] == "### Publications"
    papers = []
    for n in range(40, 56):
        ln = lines[n - 1]
        m = ITEM.match(ln)
        assert m and int(m.group("num")) == n - 39, (n, ln)
        # '*N*log*N*' is two italic N's; clean() would pair the outer stars, so the stars are dropped here
        title = m.group("title").removesuffix(", Stanford Thesis").replace("*", "")
        papers.append(entry(lines, n, n, title))
    assert lines[55] == '{: reversed="reversed"}'
    assert not any(ITEM.match(ln) for ln in lines[56:]), "no other quoted-link items"
    assert len(papers) == 16, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[40]["title"], t[40]["arxiv"]) == (
        "Fast and scalable Gaussian process modeling with applications to astronomical time series", "1703.09710")
    assert t[43]["doi"] == "10.1002/nla.2003", t[43]
    assert t[45]["title"] == "A fast block low-rank dense solver with applications to finite-element matrices"
    assert t[49]["title"].startswith("A Kalman filter powered by ℋ2-matrices"), t[49]
    assert t[49]["doi"] == "10.1002/2013wr014607", t[49]
    assert t[50]["title"] == "Fast Algorithms for Dense Numerical Linear Algebra and Applications", t[50]
    assert t[51]["doi"] == "10.1007/978-1-4614-7434-0_5", t[51]
    assert t[54]["title"].startswith("An 𝒪(NlogN) fast direct solver"), t[54]
    assert (t[55]["doi"], t[55]["arxiv"]) == (None, None), t[55]
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item of the Publications list (40-55, 16, closed by '{: reversed=\"reversed\"}') is an entry,"
        " one line each; title = the link text inside the quotes (\"[...]\" or ``[...]\"), markup dropped, the"
        " duplicated ', Stanford Thesis' inside the thesis's link text dropped; the numbered member lists, the"
        " numbered Sample Research headings, the research-topic and software bullets and the funding are not entries.",
        "Read all 143 lines; compared -v for all 16 entries: both quote styles (45-47, 55 with ``), magenta-span"
        " authors and the plain one 53, italics in 54, <sup> in 49, the thesis 50; ids: arXiv 40/44/48, DOIs from"
        " SIAM 42/47, Wiley 43/49, Springer 51/53/54, none from ScienceDirect/IEEE/PURL/OGST.",
    )


if __name__ == "__main__":
    main()
