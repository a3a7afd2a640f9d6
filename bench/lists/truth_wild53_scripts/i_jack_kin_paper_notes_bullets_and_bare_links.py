"""Wild53 truth for Jack-Kin/paper-notes README.md: a student's storage/distributed-systems paper-notes repository
(one note file per paper beside the README, e.g. ``Copysets.md``, ``LFS.md``), whose README is the index of the
papers read, newest commit (38eeb6f, 2022-01-21).

Shape: 76 lines, 2.9 KB.  ``# paper-notes`` (1), a bare ``[TOC]`` marker (5), ``## Book`` with ``### **DDIA**``
and one ``+ https://github.com/Vonng/ddia`` bullet (7-11, a book's translation repo, not a paper), then
``## Content`` (14) with ``###`` topic headings (bold ``### **...**`` for the first five, plain for the rest).  Two
entry shapes: ``+ [Title](url)`` bullets (18-29) and, from 33 on, bare ``[Title](url)`` paragraphs separated by
blank lines.  Last, ``### GPU`` (71) holds only a bare URL to an NVIDIA CUDA webinar PDF (73).

Special cases:
- 33 ``Designs, Lessons and Advice from Building Large Distributed Systems`` (Jeff Dean's LADIS 2009 keynote,
  ``.../talks/dean-keynote-ladis2009.pdf``) and 35 ``Building Software Systems At Google and Lessons Learned``
  (his Stanford talk slides): talks, not papers; not entries (the repo's own note calls them "Jeff Dean Keynodes").
- 37 ``[GFS](https://www.google.com/url?q=...gfs-sosp2003.pdf&sa=D...)``: nickname title behind a Google redirect
  link; 43 ``[Raft]`` and 45 ``[Dynamo]`` are nickname titles too: kept as written.
- 11 (book repo URL) and 73 (webinar PDF URL) are bare URLs with no title: not entries (not papers).
- No arXiv ids or DOIs anywhere.

Decisions:
- Entry = each ``+ [Title](url)`` bullet and each bare ``[Title](url)`` paragraph line that names a paper (17):
  18-19, 23-24, 28-29, 37, 43, 45, 49, 51, 55, 57, 61, 63, 65, 69; one line each; title = the link text.
- Not entries: headings, ``[TOC]``, the DDIA bullet 11, the two talks 33/35, the webinar URL 73.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Jack-Kin__paper-notes__README@38eeb6f.md"
PART = "wild53_development"

LINK = re.compile(r"^(?:\+ )?\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)$")
TALKS = {33, 35}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# paper-notes"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln or ln.startswith("#") or ln == "[TOC]":
            continue
        m = LINK.match(ln)
        if not m:
            assert re.fullmatch(r"(?:\+ )?https://\S+", ln), (n, ln)  # the bare URLs 11 and 73
            assert n in (11, 73), n
            continue
        if n in TALKS:
            assert "Lessons" in m.group("title"), (n, ln)
            continue
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 17, len(papers)
    assert [p["line"] for p in papers] == [18, 19, 23, 24, 28, 29, 37, 43, 45, 49, 51, 55, 57, 61, 63, 65, 69]
    t = {p["line"]: p for p in papers}
    assert t[18]["title"] == "The design and implementation of a log-structured file system", t[18]
    assert t[23]["title"] == "Rearchitecting Linux Storage Stack for \u00b5s Latency and High Throughput", t[23]
    assert (t[37]["title"], t[43]["title"], t[45]["title"]) == ("GFS", "Raft", "Dynamo")
    assert t[65]["title"] == "Efficient Memory Disaggregation with INFINISWAP", t[65]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '+ [Title](url)' bullet (18-29) and every bare '[Title](url)' paragraph line (37-69) that names a paper"
        " is one entry (17); title = the link text, nickname titles GFS/Raft/Dynamo kept as written; Jeff Dean's two"
        " talks (33, 35), the DDIA book-repo URL (11), the CUDA webinar URL (73), [TOC] and headings are not entries.",
        "Read all 76 lines; compared -v with every link line: 17 entries at 18-19, 23-24, 28-29, 37, 43, 45, 49, 51,"
        " 55, 57, 61, 63, 65, 69 with whole titles (the \u00b5 in 23 kept), the redirect-wrapped GFS link 37, talks"
        " 33/35 and bare URLs 11/73 left out; no arXiv ids or DOIs in the file.",
    )


if __name__ == "__main__":
    main()
