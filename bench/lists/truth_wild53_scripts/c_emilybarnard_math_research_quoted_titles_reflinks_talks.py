"""Wild53 truth for emilybarnard/emilybarnard.github.io research.md: the "Research" page of Emily Barnard (algebraic
combinatorics, lattice theory), a Jekyll (Jekyll Now style) personal site, newest commit (22a124e, 2025-06-23).

Shape: 154 lines, 14 KB.  Front matter (1-5), a "Skip to..." bullet menu of anchors (7-12), "Research Interests" and a
long "Research Narrative" with a TikZ ``<script type="text/tikz">`` figure (14-58), then three numbered lists, each
closed by a kramdown IAL ``{: reversed="reversed"}`` line:
- ``## Publications and Peer Reviewed Conference Proceedings`` (61): a Scholar/arXiv sentence, an HTML comment about
  pandoc (64-68), then items 1-13 (70-82): ``1. "Title." (with [E. Gunawan](url), ... and [R. Schiffler](url))
  *Journal* vol (year), no. N. [arXiv:1912.02840][].`` -- the title in straight quotes (70-75) or curly quotes
  ``“...”`` (76-82) with its closing period inside the quotes, coauthors in parentheses with homepage links,
  a reference-style arXiv link ``[arxiv: 2010.08645][]`` whose definitions sit in an indented block below the list
  (85-92).  Items 5, 6, 9, 12, 13 have no arXiv link.
- ``## Preprints`` (94): items 1-5 (96-100), ``"Title." (with ...). Preprint [arXiv:2504.14393][].``, definitions
  103-107.
- ``## Presentations`` (109): 42 talks (111-152), ``N. _Talk title_, Seminar, Place --- Date``.

Special cases:
- The FPSAC extended abstracts repeat journal papers' titles (``The canonical join complex of the Tamari lattice``
  74 and 78; ``Coxeter-biCatalan Combinatorics`` 79 and 81; ``Universal geometric coefficients ...`` 80 and 82;
  ``Lattices from graph associahedra`` 75 vs the longer 73); each item is its own entry (proceedings papers).
- The 42 presentations are talks (many share paper titles), not entries.
- The reference-link definitions (85-92, 103-107) are not entries and lie outside the entries' lines; the arXiv id
  is still written in each item's own link text (``[arxiv: 1911.10712][]``).
- ``Noncrossing arc diagrams of type B.`` 96: the closing period is the citation's, dropped by hand (it looks
  like an initial).
- Coauthor parentheses sometimes end with a period inside (``S. Zhu.)`` 77, ``S. Viel](...).)`` 80, 82).

Decisions:
- Entry = each numbered item of the Publications list (13) and the Preprints list (5), one line each (18); title =
  the quoted text, quotes and the final period dropped.
- Ids: arXiv ids from the reference-link text on the item's line; no DOIs.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "emilybarnard__emilybarnard.github.io__research@22a124e.md"
PART = "wild53_development"

ITEM = re.compile(r'^(?P<num>\d+)\. (?:"(?P<t1>[^"]+)"|“(?P<t2>[^”]+)”) ')
SECTIONS = {"## Publications and Peer Reviewed Conference Proceedings": "pubs", "## Preprints": "pre",
            "## Presentations": "talks"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "title: Research"
    papers = []
    section = None
    counts = {"pubs": 0, "pre": 0, "talks": 0}
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = SECTIONS.get(ln)
            continue
        if not re.match(r"^\d+\. ", ln):
            continue
        assert section, (n, ln)
        counts[section] += 1
        assert int(ln.split(".")[0]) == counts[section], (n, ln)
        if section == "talks":
            assert ln.split(". ", 1)[1].startswith("_"), (n, ln)
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        title = m.group("t1") or m.group("t2")
        assert title.endswith("."), (n, title)
        papers.append(entry(lines, n, n, title[:-1]))  # the citation's period (tidy keeps 'type B.')
    assert counts == {"pubs": 13, "pre": 5, "talks": 42}, counts
    assert len(papers) == 18, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[70]["title"], t[70]["arxiv"]) == ("Cambrian combinatorics on quiver representations (type A)",
                                                "1912.02840"), t[70]
    assert t[71]["arxiv"] == "2010.08645", t[71]
    assert (t[74]["title"], t[74]["arxiv"]) == ("The canonical join complex of the Tamari lattice", None), t[74]
    assert t[78]["title"] == t[74]["title"]
    assert t[76]["title"] == "The canonical join complex", t[76]
    assert (t[82]["title"], t[82]["arxiv"]) == ("Universal geometric coefficients for the four-punctured sphere", None)
    assert (t[96]["title"], t[96]["arxiv"]) == ("Noncrossing arc diagrams of type B", "2504.14393"), t[96]
    assert sum(1 for p in papers if p["arxiv"]) == 13
    assert not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item of 'Publications and Peer Reviewed Conference Proceedings' (70-82, 13) and 'Preprints'"
        " (96-100, 5) is an entry, one line each; title = the text in straight or curly quotes, closing period"
        " dropped; FPSAC proceedings that repeat a journal paper's title are separate entries; the 42 numbered"
        " Presentations (talks, italic titles), the anchor menu, the reference-link definition blocks and the"
        " '{: reversed=\"reversed\"}' IAL lines are not entries.",
        "Read all 154 lines; compared -v for all 18 entries: straight-quoted (70-75, 96-100) and curly-quoted (76-82)"
        " titles, periods inside the coauthor parentheses (77, 80, 82), repeated titles 74/78, 79/81, 80/82; arXiv"
        " ids from the '[arxiv: NNNN.NNNNN][]' link text on 13 lines (none on 74, 75, 78, 81, 82); checked the"
        " talks list numbering 1-42 and that no talk is taken.",
    )


if __name__ == "__main__":
    main()
