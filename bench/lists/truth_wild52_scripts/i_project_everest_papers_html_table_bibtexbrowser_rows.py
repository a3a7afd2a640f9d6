"""Wild52 truth for project-everest/project-everest.github.io papers.md: the publication page of Project Everest
(Microsoft Research / INRIA / CMU verified HTTPS stack: F*, HACL*, Vale, EverParse ...), newest commit (ac789a5,
2025-05-28, "fix up galapagos").

Shape: 413 lines, 45 KB, a Jekyll front matter (1-5) and then one raw HTML table, no Markdown at all:
``<table class="result"><tbody>`` (7-8), year header rows ``<tr><td colspan="2" class="sheader">2025</td></tr>``
(10, 25, 94, 122, 174, 273, 327 ...), and 25 paper rows ``<tr class="bibline">`` numbered ``[25]`` down to ``[1]``
in a ``<td class="bibref">`` cell.  Two row styles are mixed, as produced by bibtexbrowser and by hand:
- hand-written multi-line rows (12-23, 27-46, ...): the title in ``<span class="bibtitle" itemprop="name">...</span>``
  inside the paper link, one ``<span itemprop="author" ...>Name</span>,`` per line, a ``bibbooktitle`` /
  ``isPartOf`` venue span, ``datePublished``, and a ``bibmenu`` of ``[pdf]`` / ``[eprint]`` / ``[doi]`` /
  ``[tech-report]`` links;
- bibtexbrowser one-line rows (295-301, 323, 325, 366, 408, 410): the whole row on one very long line, including a
  COinS ``<span class="Z3988" title="ctx_ver=...&amp;rft.atitle=...&amp;rft_id=https%3A%2F%2F...">`` whose
  URL-encoded ``rft_id`` can hold a DOI or arXiv URL, and ``[bibtex]`` links to ``bibtexbrowser.php``.
- Row [3] (368-406) is split over many short lines, its title on two lines (374-375); titles also wrap before the
  closing span in [20] (127-129), [19] (151-152), [18] (179-180), [16] (221-222).

Special cases:
- HTML entities in titles: ``HACL&times;N: Verified Generic SIMD Crypto (for all your favorite platforms)`` [18] ->
  ``HACL×N: ...`` (the parenthesised part is part of the title).
- Asterisk names in titles, kept: ``HACL*``, ``Meta-F*``, ``Wys*``, ``... Embedded in F*``.
- Anchors are irregular: ``<a class="bibanchor" name="12">`` is used for both [12] and [2]; rows [15], [9], [6], [5],
  [4], [3], [1] have none.  The number in ``[N]`` is what counts.
- [10] Wys*'s paper link is ``https://doi.org/10.1007/978-3-030-17138-4\\_5`` (a BibTeX-escaped underscore); its
  ``[doi]`` link later in the row has the clean DOI ``10.1007/978-3-030-17138-4_5``, which is the DOI recorded.
- [23] Mariposa's ``[tech-report]`` link is a DOI (``10.1184/R1/23905905``, the CMU tech report); [11]'s DOI
  ``10.1109/SP.2019.00064`` is only in the URL-encoded COinS ``rft_id``.
- [25] is authored by "Project Everest Team" and has no venue (a May 2025 report).

Decisions:
- Entry = every ``<tr class="bibline">`` row (25), from its ``<tr`` line to its ``</tr>`` line (one line for the
  bibtexbrowser rows); title = the ``bibtitle`` span's text, entities decoded, whitespace and line breaks collapsed.
- Year header rows, the table tags and the front matter are not entries.
- Ids from the row's own lines (links, ``[doi]`` / ``[eprint]`` links, COinS ``rft_id``).
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "project-everest__project-everest.github.io__papers@ac789a5.md"
PART = "wild52_development"

ROW = re.compile(r'^<tr class="bibline">')
REF = re.compile(r'<td class="bibref">(?:<a class="bibanchor" name="\d+"></a>)?\s*\[(?P<num>\d+)\]</td>')
TITLE = re.compile(r'<span class="bibtitle"\s+itemprop="name">(?P<title>.*?)</span>', re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[:5] == ["---", "layout: page", "title: Papers", "permalink: /papers/", "---"], lines[:5]
    papers = []
    nums = []
    n = 0
    while n < len(lines):
        ln = lines[n]
        if not ROW.match(ln):
            assert "bibtitle" not in ln, (n + 1, ln)
            n += 1
            continue
        first = n + 1
        last = first
        while "</tr>" not in lines[last - 1]:
            last += 1
        block = "\n".join(lines[first - 1 : last])
        r = REF.search(block)
        assert r, (first, block[:200])
        nums.append(int(r.group("num")))
        titles = TITLE.findall(block)
        assert len(titles) == 1, (first, titles)
        p = entry(lines, first, last, titles[0])
        if r.group("num") == "10":
            # the paper link writes the DOI with a BibTeX-escaped underscore (4\_5); the [doi] link has it clean
            assert "10.1007/978-3-030-17138-4_5" in block, block
            p["doi"] = "10.1007/978-3-030-17138-4_5"
        papers.append(p)
        n = last
    assert nums == list(range(25, 0, -1)), nums
    t = {p["line"]: p for p in papers}
    assert t[12]["title"] == "Project Everest: Perspectives from Developing Industrial-grade High-Assurance Software"
    assert (t[48]["title"], t[48]["doi"]) == (
        "Mariposa: Measuring SMT Instability in Automated Program Verification", "10.1184/r1/23905905"), t[48]
    assert (t[124]["line"], t[124]["end"]) == (124, 146), t[124]
    assert t[124]["title"] == "Steel: Proof-oriented Programming in a Dependently Typed Concurrent Separation Logic"
    assert t[176]["title"] == "HACL×N: Verified Generic SIMD Crypto (for all your favorite platforms)", t[176]
    assert t[218]["doi"] == "10.1007/978-3-030-63618-0_7", t[218]
    assert (t[295]["end"], t[295]["arxiv"]) == (295, "1903.01237"), t[295]
    assert (t[297]["title"], t[297]["doi"]) == (
        "Meta-F*: Proof Automation with SMT, Tactics, and Metaprograms", "10.1007/978-3-030-17184-1_2"), t[297]
    assert t[299]["doi"] == "10.1109/sp.2019.00064", t[299]
    assert t[301]["title"] == "Wys*: A DSL for Verified Secure Multi-party Computations", t[301]
    assert (t[368]["end"], t[368]["title"]) == (406, "Everest: Towards a Verified, Drop-in Replacement of HTTPS")
    assert (t[408]["arxiv"], t[408]["doi"]) == ("1703.00053", "10.1145/3110261"), t[408]
    assert (t[410]["title"], t[410]["arxiv"], t[410]["doi"]) == ("Dijkstra Monads for Free", None, None), t[410]
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every <tr class=\"bibline\"> row of the single HTML table (25 rows, numbered [25]..[1]) is an entry, spanning"
        " its <tr ...> line to its </tr> line (multi-line hand-written rows, one-line bibtexbrowser rows, the"
        " many-line row [3] 368-406); title = the text of <span class=\"bibtitle\" itemprop=\"name\">, entities"
        " decoded (&times; -> ×), line breaks collapsed, asterisks of HACL*/Meta-F*/Wys*/F* kept; year header rows"
        " and table tags are not entries.  [10]'s DOI is taken from its clean [doi] link (its paper link escapes the"
        " underscore as 4\\_5).",
        "Read the whole file; compared -v for all 25 rows against the bibtitle spans: wrapped titles ([20] 127-129,"
        " [19] 151-152, [18] 179-180, [16] 221-222, [3] 374-375), entity title [18], one-line rows (295-301, 323, 325,"
        " 366, 408, 410) ending on their own line; ids: eprint/arXiv links (arXiv 1903.01237, 1707.02466,"
        " 1703.00055, 1703.00053), DOIs from [doi]/[tech-report] links and the COinS rft_id of [11]"
        " (10.1109/sp.2019.00064); no ids for rows linking only to /assets pdfs, personal pages or eprint.iacr.org.",
    )


if __name__ == "__main__":
    main()
