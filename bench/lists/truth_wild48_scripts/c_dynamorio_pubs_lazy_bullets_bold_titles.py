"""Wild48 truth for DynamoRIO/dynamorio.github.io pubs.md: the "Selected Publications" page of the DynamoRIO
dynamic binary instrumentation project's Jekyll web site (papers by its MIT / VMware / Google authors and users,
2001-2015).  The newest commit touching the file (d5f9704, 2021-02-26, "Reorganize to take all content from docs/")
deleted it when the site began to be generated from the main repository's docs, so the file is taken at the last
commit that held it (1de2f85, 2020-02-16, "Finish setting up roughly-identical content to the existing site").

Shape: 165 lines, 8 KB, plain ASCII.  Front matter (1-4), ``# Selected Publications`` (6), then 22 ``*`` bullets
(8-152), newest first, separated by blank lines.  Each bullet is a hard-wrapped paragraph written as a lazy
continuation (no indentation, or 2-4 stray spaces): the bullet line holds only the ``[[pdf](url)]`` link, further
``[[ps.gz](url)]`` / ``[[defense](url)]`` links follow on their own lines (111, 118-119, 132, 139, 146), then the
author line(s) ending ``.``, then the title in ``**bold**`` followed by ``.``, sometimes wrapped over two lines
(11-12, 23-24, 71-72, 148-149), then the venue, often itself a link whose text is wrapped (``[International`` /
``Symposium on ... (CGO-10)](http://www.cgo.org), April 2010.``), in 150 even a lone ``[`` line.  After the list:
``**ACM and IEEE-mandated Copyright Notice**`` (155) and a copyright paragraph (157-165).

Special cases:
- 89 ``**Ubiquitous Memory Introspection.**.``: a period inside the bold as well as after it; the title is the bold
  text (``Ubiquitous Memory Introspection.``; the shared title tidy drops the trailing period).
- 97 a stray closing ``</a>`` after the PACT-06 venue; 15 the bullet marker is followed by two spaces.
- 117-122 is Derek Bruening's PhD thesis (an entry), with a ``[[defense](...)]`` link.
- No arXiv or DOI anywhere: links go to PDFs on personal/lab pages or to conference sites.

Decisions:
- Entry = every ``*`` bullet (22), spanning its lines up to the blank line; title = the first ``**bold**`` text of
  the bullet, joined over its wrapped lines.
- Not entries: front matter, heading, the bold copyright-notice heading and its paragraph.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "DynamoRIO__dynamorio.github.io__pubs@1de2f85.md"
PART = "wild48_development"

BULLET = re.compile(r"^\* +\[\[pdf\]\([^)]+\)\]$")
BOLD = re.compile(r"\*\*(?P<title>.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[5] == "# Selected Publications"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        assert BULLET.match(ln), (n, ln)
        last = n
        while lines[last].strip():
            last += 1
        text = " ".join(x.strip() for x in lines[n - 1 : last])
        m = BOLD.search(text)
        assert m, (n, text)
        papers.append(entry(lines, n, last, m.group("title")))
    assert lines[154] == "**ACM and IEEE-mandated Copyright Notice**"
    t = {p["line"]: p for p in papers}
    helium = "Helium: Lifting High-Performance Stencil Kernels from Stripped x86 Binaries to Halide DSL Code"
    assert (t[8]["end"], t[8]["title"]) == (13, helium), t[8]
    assert t[87]["title"].startswith("Ubiquitous Memory Introspection"), t[87]
    assert t[117]["title"] == "Efficient, Transparent, and Comprehensive Runtime Code Manipulation", t[117]
    assert (t[145]["end"], t[145]["title"]) == (
        152, "Design and Implementation of a Dynamic Optimization Framework for Windows"), t[145]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '*' bullet (8-152) is an entry (22), spanning its lazily continued, hard-wrapped lines up to the blank"
        " line (pdf / ps.gz / defense links, authors, bold title, venue); title = the first **bold** text joined over"
        " its wrapped lines, as written (the inner trailing period of 89 falls to the title tidy); the PhD thesis"
        " is an entry; the bold copyright-notice heading and its paragraph are not entries.",
        "Read all 165 lines; compared -v for all 22 bullets: spans (multi-link bullets 110/117/131/138/145, indented"
        " author lines 124-126/131-133/145-147), titles wrapped over two lines (8, 21, 69, 145), the period quirk on"
        " 89, the stray </a> on 97, the lone '[' venue line 150; no arXiv ids or DOIs in the file.",
    )


if __name__ == "__main__":
    main()
