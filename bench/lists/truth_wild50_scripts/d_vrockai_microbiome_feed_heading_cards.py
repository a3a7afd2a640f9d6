"""Wild50 truth for vrockai/pipeline-test docs/content.md: a machine-fed "new microbiome papers" digest (gut, soil,
rhizosphere and metagenomics papers of early December 2024) kept in a test repository of a static-site pipeline,
newest commit (4282815, 2025-01-07, "Add changes").  The file is rewritten almost daily (4,500+ commits); the newest
version is taken as it is.

Shape: 115 lines, 8 KB, fifteen cards separated by ``---`` rules, nothing else (no title, no intro).  Each card is
``## <title>`` (1, 14, 20, ... 110), for some a second line `` 05.12.2024, _EC Swanson, CM Basting, NR Klatt_``
(leading space, date, authors in underscores: 2, 21, 33, 45), for some a keyword line in underscores (5) and an
abstract paragraph, then ``[Source](url)`` and, on four cards, a bare DOI line (``10.1186/s40168-024-01953-3``: 10,
28, 40, 52).  Ten cards are title + Source only (14, 56-112).

Special cases:
- 1, 20, 32, 44: the heading title ends with a full stop (PubMed style); it is the citation's separator and goes.
- 62: heading has a trailing space; 68: the title is cut off mid-word (``... antagonist telmisarta``) as written.
- 98 ``EURYALE: A versatile Nextflow pipeline ...`` is a paper (IEEE Xplore link) about a tool: an entry.
- 104 ``## EURYALE`` whose Source is the tool's documentation site (``dalmolingroup.github.io/euryale/``) is a tool
  page, not a research work: not an entry.
- Sources are publisher pages; DOIs come from the bare DOI line or from DOI-bearing URLs (BMC, bioRxiv, Frontiers,
  EMBO Press); none from MDPI, ScienceDirect ``pii`` or IEEE Xplore links.

Decisions:
- Entry = each ``## `` card except the tool page 104 (14 entries); it spans from its heading to the last non-blank
  line before the closing ``---``; title = the heading text.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "vrockai__pipeline-test__docs__content@4282815.md"
PART = "wild50_development"

HEAD = re.compile(r"^## (?P<title>.+)$")
TOOL_PAGE = "https://dalmolingroup.github.io/euryale/"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [n for n, ln in enumerate(lines, 1) if HEAD.match(ln)]
    assert len(starts) == 15, starts
    for n in starts:
        last = n
        k = n + 1
        while k <= len(lines) and lines[k - 1] != "---":
            if lines[k - 1].strip():
                last = k
            k += 1
        assert k <= len(lines), n
        own = "\n".join(lines[n - 1 : last])
        if TOOL_PAGE in own:
            assert n == 104, n
            continue
        assert "[Source](" in lines[last - 1] or re.match(r"^10\.\d{4,}/\S+$", lines[last - 1]), (n, last)
        papers.append(entry(lines, n, last, HEAD.match(lines[n - 1]).group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[1]["title"], t[1]["end"], t[1]["doi"]) == (
        "The role of pharmacomicrobiomics in HIV prevention, treatment, and women's health", 10,
        "10.1186/s40168-024-01953-3"), t[1]
    assert (t[14]["doi"], t[14]["end"]) == (None, 16), t[14]
    assert t[20]["doi"] == "10.1016/j.micpath.2024.107214", t[20]
    assert t[62]["title"] == "Analysis of early childhood intestinal microbial dynamics in a continuous-flow bioreactor"
    assert t[68]["title"].endswith("AT1 receptor antagonist telmisarta"), t[68]
    assert t[68]["doi"] == "10.3389/fphar.2024.1453989", t[68]
    assert t[80]["doi"] == "10.1101/2024.12.07.627353", t[80]
    assert t[98]["title"].startswith("EURYALE: A versatile Nextflow pipeline"), t[98]
    assert 104 not in t
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '## ' card is an entry (14) except 104 '## EURYALE', whose Source is the tool's documentation site"
        " (a tool page, not a research work); each entry spans its heading to the last non-blank line before the"
        " '---' rule (date/author line, keywords, abstract, Source link, bare DOI line); title = the heading text,"
        " a final full stop dropped.",
        "Read all 115 lines; compared -v for all 15 cards: the four long cards with date/authors, abstract and bare"
        " DOI line (1-10, 20-28, 32-40, 44-52), the short title+Source cards, trailing space 62, cut title 68,"
        " EURYALE paper 98 kept and tool page 104 left out; DOIs from bare lines and BMC/bioRxiv/Frontiers/EMBO URLs,"
        " none from MDPI (14), ScienceDirect pii (74, 92) or IEEE Xplore (98).",
    )


if __name__ == "__main__":
    main()
