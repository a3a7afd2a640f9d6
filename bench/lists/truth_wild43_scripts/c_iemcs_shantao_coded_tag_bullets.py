"""Wild43 truth for IEMCS-Lab/IEMCS-Lab.github.io _pages/includes/pub.md: the publication list of Shan Tao's
personal page (computational electromagnetics / physics-informed deep learning), an AcadHomepage-style Jekyll
include that the site's about page pulls in.

Shape: 48 lines.  ``# 📝 Publications`` (2), ``## ✒️ Journal Paper`` (4) and ``## 🏷️ Conference Paper`` (30),
each with ``### First/Corresponding-author Publications`` and ``### Co-Authored Publications``.  Records are
one-line ``- `` bullets that open with an inline-code tag naming the record (`` `I-J-9` ``, `` `C-J-6` ``,
`` `I-C-6` ``, `` `C-C-3` ``; I/C = independent/co-authored, J/C = journal/conference, counting down), then
the authors (own name in bold), then the title, then the venue and a DOI written as text (``doi:
10.1109/TAP...``, once ``doi:10.2528/PIER21091307`` without space).  The title is a Markdown link to the
publisher page (ieeexplore, jpier) in the nine first-author journal records (9-17) and italic
(``*Title*``) in all others (22-27, 35-40, 45-47).  Several lines separate the tag from the authors with a
tab or two spaces; 23 mixes ``;`` and ``,`` between authors.  The conference records 37-40 and 45-47 write no
DOI; 36's DOI holds slashes (``10.1109/APS/USNC-URSI47032.2022.9887254``).
Decisions:
- Entry = each ``- `` bullet under the four ``###`` sub-headings (9 + 6 + 6 + 3 = 24), each one line; all
  are journal articles or conference papers (two marked "(accepted)").  No book, talk or code records.
- Title = the link text (9-17) or the italic run (the rest), as written (typos such as "Possion's" and
  "slover" kept); tag, authors, venue and DOI are not part of it.
- Ids: the DOI the line writes as ``doi:`` text (helper); the ieeexplore/jpier links hold no DOI; no arXiv
  ids.
"""
import re

from _wild43 import entry, read_lines, write_truth

NAME = "IEMCS-Lab__IEMCS-Lab.github.io___pages__includes__pub@66cb46e.md"
PART = "wild43_development"

ITEM = re.compile(r"^- `([IC]-[JC]-\d+)`\s")
LINK = re.compile(r"\[([^\]]+)\]\((?:https?://)[^)]*\)")
ITAL = re.compile(r"(?<!\*)\*([^*]+)\*(?!\*)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    tags = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.startswith("- "), n
            continue
        tags.append(m.group(1))
        links = LINK.findall(ln)
        itals = ITAL.findall(ln)
        assert len(links) + len(itals) == 1, (n, links, itals)
        title = (links or itals)[0]
        papers.append(entry(lines, n, n, title))
    assert tags[0] == "I-J-9" and tags[-1] == "C-C-1", tags
    assert len(set(tags)) == len(tags)
    t = {p["line"]: p["title"] for p in papers}
    assert t[9] == "Complex-valued Neural Operator for Solving 2D Wave Equation Based on Graph Neural Network", t[9]
    assert t[40] == "Study on a 3D Possion’s equation slover based on deep learning technique", t[40]
    assert t[23].startswith("Physics-Data Hybrid Driven Edge-Featured"), t[23]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[16] == "10.2528/pier21091307", d[16]
    assert d[36] == "10.1109/aps/usnc-ursi47032.2022.9887254", d[36]
    assert [n for n, v in d.items() if not v] == [37, 38, 39, 40, 45, 46, 47], d
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each one-line '- `X-Y-N`' bullet under the four journal/conference x first-author/co-authored "
        "sub-headings is an entry (24); title = its link text (first-author journal records) or its italic run "
        "(all others); DOI from the 'doi:' text, none for seven conference records; no arXiv ids.",
        "Read the whole 48-line file against the -v output: every bullet's tag, title run and DOI, the tab/"
        "double-space separators (25-27, 37-40), 16's 'doi:' without space, 36's slashed DOI, the seven "
        "DOI-less conference lines, the typos kept in 40's title; checked no other bullets or paper-like lines.",
    )


if __name__ == "__main__":
    main()
