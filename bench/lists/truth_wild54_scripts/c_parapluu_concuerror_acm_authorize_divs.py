"""Wild54 truth for parapluu/Concuerror docs/publications.md: the publications page of the web site of Concuerror, a
stateless model checker for Erlang from Uppsala University's research group (Jekyll site in ``docs/``), newest commit
(1f9f50a, 2023-05-06, "More https").

Shape: 96 lines, 8.3 KB, only eleven works (fewer than the usual 15, kept for its shape).  Front matter (1-7), an
intro (9-10), ``## Dissertation`` (12), ``## Papers`` (20), ``## Theses`` (84).  Two kinds of card:
- hand-written ``<div style="margin-left:25px" markdown="1">`` blocks (14-18, 29-36, 38-45, 68-75, 86-90, 92-96): a
  bold linked title ``[**Title**](url)<br />``, an author line, a venue line, and for three of them a
  ``<span class="small">`` note "The official publication is available at ... via [its DOI link](https://doi.org/...)";
- pasted ACM Digital Library "Author-ize" widgets wrapped in ``<p>`` ... ``</p>`` (22-27, 47-52, 54-59, 61-66,
  77-82): an HTML comment ``<!-- ACM DL Article: TITLE -->``, one long line ``<div class="acmdlitem" ...><img ...><a
  href="https://dl.acm.org/authorize?N..." title="TITLE" markdown="1">**TITLE**</a><div ...>authors with ACM author-page
  links<br />venue</div></div>``, a ``<!-- ACM DL Bibliometrics: TITLE-->`` comment and an ``<iframe>`` stats line.
  The title thus appears three or four times in one card (comment, ``title=`` attribute, bold link text, second
  comment).

Special cases:
- The comment of 78/80 spells the title ``... using concuerror`` (lower case), the bold text ``... using Concuerror``;
  the bold text is the title.
- Two stats iframes (58, 65) carry a DOI in their query string (``renderAuthorizerContentBib?doi=10.1145/3073408``,
  ``doi=10.1145/2578855.2535845``); the other ACM cards (24-26, 49-51, 79-81) have no DOI at all.
- The dissertation (15) links a URN; the two diploma theses link ``dx.doi.org/10.26240/...`` DOIs.

Decisions:
- Entry = each card: the ``<div ... markdown="1">`` .. ``</div>`` lines, or the ``<p>`` .. ``</p>`` lines around an ACM
  widget; title = the bold text.  A dissertation and two diploma theses are research works and count (11 in all).
- Not entries: headings, the intro.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "parapluu__Concuerror__docs__publications@1f9f50a.md"
PART = "wild54_development"

BOLD = re.compile(r"\*\*(?P<title>[^*]+)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = None
    for n, ln in enumerate(lines, 1):
        if ln in ('<div style="margin-left:25px" markdown="1">', "<p>"):
            assert start is None, n
            start = n
            continue
        if start is not None and ln in ("</div>", "</p>"):
            block = lines[start - 1 : n]
            titles = [m.group("title") for b in block for m in BOLD.finditer(b)]
            assert len(titles) == 1, (start, titles)
            if ln == "</p>":
                assert any('class="acmdlitem"' in b for b in block), start
            papers.append(entry(lines, start, n, titles[0]))
            start = None
    assert start is None
    assert len(papers) == 11, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[14]["title"], t[14]["end"], t[14]["doi"]) == (
        "Effective Techniques for Stateless Model Checking", 18, None), t[14]
    assert (t[22]["title"], t[22]["end"]) == ("Modelling distributed Erlang within a single node", 27), t[22]
    assert t[29]["doi"] == "10.1007/978-3-319-89963-3_14", t[29]
    assert t[54]["doi"] == "10.1145/3073408", t[54]
    assert t[61]["doi"] == "10.1145/2578855.2535845", t[61]
    assert t[77]["title"] == "Test-driven development of concurrent programs using Concuerror", t[77]
    assert t[92]["doi"] == "10.26240/heal.ntua.7193", t[92]
    write_truth(
        NAME,
        PART,
        papers,
        "Each card is an entry (11): the hand-written '<div style=\"margin-left:25px\" markdown=\"1\">'..'</div>' blocks"
        " (dissertation 14-18, papers 29-36, 38-45, 68-75, theses 86-90, 92-96) and the '<p>'..'</p>' blocks around"
        " pasted ACM DL Author-ize widgets (22-27, 47-52, 54-59, 61-66, 77-82); title = the bold '**...**' text (the"
        " ACM cards repeat it in comments and a title= attribute). Headings and intro are not entries.",
        "Read all 96 lines; compared -v with all 11 cards: spans from the opening <div>/<p> to its closing tag, bold"
        " titles (the lower-case 'concuerror' of the 78/80 comments not used), DOIs from the doi.org 'its DOI link'"
        " notes (29, 38, 68), from the two ACM stats iframes' doi= parameters (54, 61) and from the theses' dx.doi.org"
        " links (86, 92); none for the dissertation URN and the other three ACM widgets.",
    )


if __name__ == "__main__":
    main()
