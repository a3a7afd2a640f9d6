"""Wild52 truth for katcipis/sophia articles.md: a Brazilian software engineer's personal "Articles" reading list
(mostly systems papers, plus PL, security, ML/LLM papers, classic essays, Plan 9 / Inferno documents, theses,
whitepapers and memos), newest commit (1d73bd2, 2025-08-11, "chore: add papers").

Shape: 349 lines, 27 KB, 242 one-line bullets ``* [Title](url)`` and nothing else but headings and blank lines.
``# Articles`` (1), topic sections ``## Algorithms`` (3) .. ``## Not Classified Yet :-)`` (186) with sub-sections
(``### NLP`` / ``#### LLMs`` 124-126, ``### Clustering`` 135, ``### Clive`` 148, ``### Inferno`` 154), then
``## TODO`` (206) and ``## Done`` (226) with year sub-headings ``### 2025`` .. ``### 2016`` (228-338).  The link
text is the only title; there are no authors, venues or years.  Links go to arXiv (abs and pdf, ``www.arxiv.org``
once), ACM (``dl.acm.org/doi/...`` and old ``delivery.acm.org`` pdf paths), USENIX, Google research pages, personal
pages, doc.cat-v.org / vitanuova.com (Plan 9 / Inferno papers), GitHub-hosted pdfs, huggingface.co/papers,
researchgate, web.archive.org and one ``ftp://`` URL (73).

Special cases:
- Repeats, each its own entry: ``In Search of an Understandable Consensus Algorithm`` (45, 64), ``The Next 700
  Programming Languages`` (105, 108), ``What Every Programmer Should Know About Memory`` (199, 216), ``End to End
  arguments in system design`` (239 upper-case, 260), ``The Humble Programmer`` (299, 332 lower-case).
- Nickname-only titles kept as written: ``Dynamo`` (19), ``Spanner`` (297), ``CockroachDB`` (309), ``ACME`` (314),
  ``How`` (274, an Alan Kay essay), ``UnCaptcha`` (325); ``The Computer Scientist as Toolsmith 2`` (284) keeps its
  ``2``; typos kept (``Tea, A Tiny Encription Algorithm`` 313); all-caps titles kept (89, 236, 239, 255).
- 28 ``Efficient Summing over Sliding Windows (stream statistics)``: the parenthesis is the owner's note, dropped.
- 238 ``Attention Is All You Need`` links to ``arxiv.org/abs/1706.03``, a cut arXiv id (1706.03762): no id.
- Not research works, so not entries (5): 188 ``Points of View: Tribute To Alan Kay`` (an edited book), 189 ``John
  Carmack Interviews`` and 305 ``Unix and Beyond`` (interview transcripts), 280 ``Write your Own Virtual Machine`` (a
  tutorial web site), 336 ``The USE method`` (a blog/method web page).  Kept as entries, the list being plainly a
  list of written articles: essays and memos (Kay, Licklider, Dijkstra EWDs, Conway), theses (24, 27, 194, 221, 322),
  whitepapers (253 Bitcoin, 268, 283, 310, 346), magazine articles (193, 219), Plan 9 / Inferno / Multics papers and
  specs (300-318, 326-331, 302 ``Dis Virtual Machine specs``), the tinylisp write-up pdf (99) and Lamport's essay (307).

Decisions:
- Entry = every ``* [Title](url)`` bullet except lines 188, 189, 280, 305, 336: 237 entries, one line each; title =
  the link text (28's note dropped).
- Ids from the link: arXiv abs/pdf links (not the huggingface.co/papers/2407.14679 page of 209, left without id as
  the shared id helper reads it); DOIs from ``dl.acm.org/doi``
  links and doi-bearing URLs; no DOI from CiteSeerX ``doi=10.1.1.x`` parameters (not DOIs) or ``delivery.acm.org``
  pdf paths (their numbers are ACM ids, not DOIs): those are set to None after checking.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "katcipis__sophia__articles@1d73bd2.md"
PART = "wild52_development"

ITEM = re.compile(r"^\* \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)$")
HEADING = re.compile(r"^#{1,4} \S")
NOT_PAPERS = {
    188: "Points of View: Tribute To Alan Kay",  # an edited book
    189: "John Carmack Interviews",  # interview transcripts
    280: "Write your Own Virtual Machine",  # a tutorial web site
    305: "Unix and Beyond",  # an interview with Ken Thompson
    336: "The USE method",  # a method web page on a blog
}
NOTE = " (stream statistics)"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Articles", lines[0]
    papers = []
    bullets = 0
    for n, ln in enumerate(lines, 1):
        if not ln.strip() or HEADING.match(ln):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        bullets += 1
        title = m.group("title")
        if n in NOT_PAPERS:
            assert title == NOT_PAPERS[n], (n, title)
            continue
        if title.endswith(NOTE):
            assert n == 28, n
            title = title.removesuffix(NOTE)
        p = entry(lines, n, n, title)
        url = m.group("url")
        if p["doi"] and ("citeseerx" in url or "delivery.acm.org" in url):
            p["doi"] = None  # CiteSeerX 10.1.1.x ids and ACM pdf path ids are not DOIs
        papers.append(p)
    assert bullets == 242, bullets
    t = {p["line"]: p for p in papers}
    assert (t[5]["title"], t[5]["arxiv"]) == ("Pattern-defeating Quicksort", "2106.05123"), t[5]
    assert (t[6]["doi"], t[13]["doi"], t[121]["doi"]) == (None, None, None), (t[6], t[13], t[121])
    assert (t[19]["title"], t[28]["title"]) == ("Dynamo", "Efficient Summing over Sliding Windows"), (t[19], t[28])
    assert t[28]["arxiv"] == "1604.02450", t[28]
    assert t[35]["doi"] == "10.1145/99517.99553", t[35]
    assert t[45]["title"] == t[64]["title"] == "In Search of an Understandable Consensus Algorithm"
    assert t[238]["arxiv"] is None, t[238]  # the link is cut: arxiv.org/abs/1706.03
    assert t[209]["arxiv"] is None, t[209]  # huggingface.co/papers/<id> is not taken as an arXiv link
    assert t[236]["title"].startswith("LLMS STILL CAN’T PLAN; CAN LRMS?"), t[236]
    assert (t[274]["title"], t[313]["title"]) == ("How", "Tea, A Tiny Encription Algorithm"), (t[274], t[313])
    assert t[284]["title"] == "The Computer Scientist as Toolsmith 2", t[284]
    assert t[349]["title"] == "On the Criteria To Be Used in Decomposing Systems into Modules", t[349]
    assert all(n not in t for n in NOT_PAPERS)
    assert len(papers) == 237, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every one-line '* [Title](url)' bullet is an entry (237 of 242) except five that are not written research"
        " works: 188 an edited book, 189 and 305 interview transcripts, 280 a tutorial web site, 336 a blog method"
        " page; essays, memos, theses, whitepapers, magazine articles and Plan 9/Inferno papers are kept, the list being"
        " titled 'Articles'; title = the link text as written (nicknames like 'Dynamo'/'Spanner', caps and typos"
        " kept), only 28's '(stream statistics)' note dropped; repeats are separate entries; headings are not entries."
        " CiteSeerX 'doi=10.1.1.x' parameters and delivery.acm.org pdf-path numbers are not taken as DOIs.",
        "Read all 349 lines and judged every bullet's link and kind; compared -v for all 237 entries (titles are the"
        " link texts, so checked the five exclusions, the note on 28, repeats 45/64, 105/108, 199/216, 239/260,"
        " 299/332); ids: all arXiv ids (abs, pdf with version, www.arxiv.org; none from the huggingface page 209 or the cut arxiv.org/abs/1706.03 of 238) and every DOI"
        " printed by -v checked against its URL; DOIs nulled for CiteSeerX (6, 72) and delivery.acm.org (13, 121).",
    )


if __name__ == "__main__":
    main()
