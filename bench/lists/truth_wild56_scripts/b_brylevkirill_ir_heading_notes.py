"""Wild56 truth for brylevkirill/notes "Information Retrieval.md": one page of a researcher's personal knowledge-base
notes (overview links, then "interesting papers" with the author's quoted excerpts), newest commit touching the file
(fda26b2, 2020-03-27).

Shape: 265 lines, 42 KB, no title line.  Anchor table of contents (3-7), ``### overview`` (12-62): indented lines
``["Title"](url) by Authors `tag` `tag```, where the backticked tag says what the item is (`` `book` ``, `` `video` ``,
`` `slides` ``, `` `paper` ``, or none for blog posts/courses), plus a plain bullet list of challenges (51-62).
Then ``### interesting papers`` (67), ``- ranking`` (100), ``- document models`` (184), ``- entity-centric search``
(248): one ``#### ["Title"](url) Authors`` heading per paper, optionally followed by a line of backticked keywords
(`` `RankNet` ``), ``>``-quoted abstract/conclusion excerpts (sometimes split by a ``----`` line, 122 and 133) and
``- `video` <url>`` / ``- `code` <url>`` / ``- `post` ...`` resource bullets.

Special cases:
- 42 is the only overview item tagged `` `paper` `` (a Foundations and Trends survey): an entry.  14/44 (`slides`),
  16 (a Medium post), 18-19 (`book`), 40 (`video`), 23-36 (courses) are not papers.
- 45-47 is a WSDM tutorial ("Neural Text Embeddings for Information Retrieval", slides + a title-less ``[paper]`` link
  to arXiv 1705.01509): the item is a tutorial, not counted; the paper it links is entry 85.
- 126 and 142 are ``- `paper` ["Learning to Rank Using an Ensemble of Lambda-Gradient Models"](...) by Burges et al.``
  resource bullets inside the LambdaRank (118) and LambdaMART (129) entries: each is its own entry (the same paper
  twice), and the enclosing heading entry ends just before it.
- 191 is a bare link to the same paper's notes in another file: part of entry 189.
- 92's title contains curly quotes: ``Critically Examining the “Neural Hype”: Weak Baselines ...``.
- DOI only at 81, from the URL-encoded Springer PDF link ``10.1007%2Fs10791-017-9321-y`` (= 10.1007/s10791-017-9321-y).

Decisions:
- Entry = the `` `paper` ``-tagged overview line (42), every ``#### ["Title"](url)`` heading (span: heading through the
  last non-blank line before the next heading, ``---`` break or nested `` `paper` `` bullet), and the two nested
  `` `paper` `` bullets (126, 142): 26 entries.
- Title = the quoted link text without the quotes.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "brylevkirill__notes__Information Retrieval@fda26b2.md"
PART = "wild56_development"

HEAD = re.compile(r'^#### \["(?P<title>[^"]+)"\]\(')
OVERVIEW_PAPER = re.compile(r'^  \["(?P<title>[^"]+)"\]\([^)]*\) by .*`paper`\s*$')
NESTED_PAPER = re.compile(r'^  - `paper` \["(?P<title>[^"]+)"\]\(')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = OVERVIEW_PAPER.match(ln) or NESTED_PAPER.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title")))
            continue
        m = HEAD.match(ln)
        if not m:
            continue
        last = n
        for k in range(n, len(lines)):  # lines[k] is line k + 1
            nxt = lines[k]
            if nxt.startswith("#") or nxt == "---" or NESTED_PAPER.match(nxt):
                break
            if nxt.strip():
                last = k + 1
        papers.append(entry(lines, n, last, m.group("title")))
    papers.sort(key=lambda p: p["line"])
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [
        42, 81, 85, 92, 103, 107, 118, 126, 129, 142, 145, 152, 160, 165, 172, 177,
        189, 194, 204, 210, 217, 227, 237, 254, 258, 262,
    ], sorted(by)
    assert by[42]["title"] == "An Introduction to Neural Information Retrieval", by[42]
    assert by[85]["arxiv"] == "1705.01509", by[85]
    assert by[81]["doi"] == "10.1007/s10791-017-9321-y", by[81]
    assert by[92]["title"].startswith("Critically Examining the “Neural Hype”: Weak Baselines"), by[92]
    assert (by[118]["line"], by[118]["end"]) == (118, 125), by[118]
    assert by[126]["title"] == "Learning to Rank Using an Ensemble of Lambda-Gradient Models", by[126]
    assert (by[129]["line"], by[129]["end"]) == (129, 141), by[129]
    assert by[142]["title"] == by[126]["title"], by[142]
    assert (by[189]["line"], by[189]["end"]) == (189, 191), by[189]
    assert by[237]["title"] == "Learning to Match Using Local and Distributed Representations of Text for Web Search"
    assert (by[262]["line"], by[262]["end"]) == (262, 265), by[262]
    assert by[262]["title"] == "Active Objects: Actions for Entity-Centric Search", by[262]
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries: every '#### [\"Title\"](url) Authors' heading of the interesting-papers sections (span:"
        " heading through its keyword line, quoted excerpts and resource bullets, up to the next heading, '---'"
        " break or nested '`paper`' bullet), the one overview line tagged '`paper`' (42), and the two nested"
        " '- `paper` [\"Title\"](url)' bullets (126, 142, the same paper twice).  Title = the quoted link text"
        " without quotes.  Books, slides, videos, courses, posts and the WSDM tutorial at 45-47 are not papers.",
        checked="Read the whole file and the -v output for all 26 entries: the overview tags, heading titles (92's"
        " curly quotes), spans across the '----' lines inside entries 118 and 129, the nested paper bullets splitting"
        " those spans, 191's bare link kept in 189, and the arXiv ids from abs URLs.",
    )


if __name__ == "__main__":
    main()
