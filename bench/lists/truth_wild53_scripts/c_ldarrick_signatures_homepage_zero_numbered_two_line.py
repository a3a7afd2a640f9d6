"""Wild53 truth for ldarrick/ldarrick.github.io index.md (gh-pages branch): the one-page homepage of Darrick Lee
(applied topology, path signatures; Edinburgh), newest commit holding the file (1f96627, 2024-10-15).  The repository's
default branch ``main`` holds only a README; the site lives on ``gh-pages``, whose newest index.md is taken.

Shape: 130 lines, 10 KB.  Front matter (1-5), a commented-out ``<head><style>`` block (8-33), ``### About {#about}``
(36-41), ``### Research {#research}`` (46-50), then a long HTML comment (55-74) holding an old "Research Interests"
section with two in-prose paper links (an "expository paper" arXiv link 60 and a Baryshnikov-Schlafly IEEE link 74),
``### Preprints`` (78) and ``### Publications {#publications}`` (94), ``### Teaching {#teaching}`` bullets (120-129).
Both lists number every item ``0.`` (kramdown renumbers; the Publications list is closed by
``{: reversed="reversed"}`` 114) and give each paper on two lines joined by trailing double spaces (a Markdown hard
break): ``0. [Title](url), authors with <b>D. Lee</b>    `` then ``Venue (year) [[arXiv]](url)`` or ``(preprint)
(2024)``.

Special cases:
- 89: the title link text ends with a period (``...unsupervised cell classification.``) and two spaces, not a comma,
  separate it from the authors.
- The paper links inside the HTML comment (60, 74) are not rendered and not entries; 60 names the same paper as 108.
- Venue lines carry the secondary ``[[arXiv]](...)`` link; the main link is the publisher's (ScienceDirect, SIAM,
  Nature, Springer, OpenReview, APS, EMS) or arXiv/bioRxiv.

Decisions:
- Entry = each ``0.`` item of Preprints (79-90, 6) and Publications (96-113, 9), spanning its two lines; title = the
  first link's text.
- Ids from both lines: the first arXiv id written (main link or the [[arXiv]] link) and the first DOI in a URL (SIAM
  100, Springer 104/108, APS 110, bioRxiv 89); none from ScienceDirect pii, Nature article, OpenReview or EMS links.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "ldarrick__ldarrick.github.io__index@1f96627.md"
PART = "wild53_development"

ITEM = re.compile(r"^0\. \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[77] == "### Preprints" and lines[93] == "### Publications {#publications}"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("0."):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        assert ln.endswith("  "), (n, "hard break expected")
        venue = lines[n]
        assert venue and not venue.startswith("0.") and re.search(r"\((?:19|20)\d\d\)", venue), (n + 1, venue)
        papers.append(entry(lines, n, n + 1, m.group("title")))
    assert len(papers) == 15, len(papers)
    assert [p["line"] for p in papers][:6] == [79, 81, 83, 85, 87, 89]
    t = {p["line"]: p for p in papers}
    assert (t[89]["title"], t[89]["doi"]) == (
        "A methodology for morphological feature extraction and unsupervised cell classification", "10.1101/623793")
    assert (t[96]["arxiv"], t[96]["doi"]) == ("2202.00491", None), t[96]
    assert (t[100]["arxiv"], t[100]["doi"]) == ("2108.02727", "10.1137/22m1528471"), t[100]
    assert (t[102]["arxiv"], t[102]["doi"]) == (None, None), t[102]
    assert t[104]["doi"] == "10.1007/978-3-031-38271-0_45", t[104]
    assert (t[110]["arxiv"], t[110]["doi"]) == ("1508.05331", "10.1103/physrevb.93.064522"), t[110]
    assert t[112]["title"] == "Localization for transversally periodic random potentials on binary trees"
    write_truth(
        NAME,
        PART,
        papers,
        "Every '0.' item of Preprints (79-90, 6) and Publications (96-113, 9) is an entry spanning its two lines (the"
        " title/authors line ending in a hard break and the venue/year line); title = the first link's text (the final"
        " period of 89 dropped); the paper links inside the HTML comment 55-74, the About/Research prose and the"
        " Teaching bullets are not entries.",
        "Read all 130 lines; compared -v for all 15 entries: spans n..n+1, titles, the '.'-ended link text 89; ids:"
        " arXiv from the main link (79-87, 98) or the [[arXiv]] link on the venue line (96-112 except 102), DOIs"
        " from SIAM 100, Springer 104/108, APS 110, bioRxiv 89, none from ScienceDirect/Nature/OpenReview/EMS.",
    )


if __name__ == "__main__":
    main()
