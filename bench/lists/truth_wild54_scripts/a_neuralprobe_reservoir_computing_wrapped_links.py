"""Wild54 truth for neuralprobe/myblog library/reservoir_computing.md: a Jekyll page of a personal blog (Korean
hardware/neuromorphic researcher) listing reservoir computing papers, a niche machine-learning sub-field.  The page
began as ``docs/reservoir_computing.md``; the commit dc37a85 (2021-05-27, "library") moved it to ``library/``, so the
newest commit holding the file at its current path is taken (5bf761d, 2022-08-03).

Shape: 36 lines, 2.8 KB.  YAML front matter (1-7), a kramdown TOC marker ``- Table of Contents`` / ``{:toc
.large-only}`` (9-10, not an entry), ``## Reservoir computing review`` (12) with one bullet (13) and its nested
``[Note](/blog/...)`` link to the author's own note (14, not an entry), then ``## Reservoir computing papers`` (16)
and 18 bullets ``- [Title, extra](url)`` (17-36).  The link text sometimes carries a trailing author, venue/year or
remark after a comma (``, Tanaka`` 13, ``, Nat. Comm. 2011`` 17, ``, Nature 2017`` 18, ``,Jaeger's Review`` 19,
``, Fischer group`` 20); the link text of two bullets wraps over two lines: 21-22 (a copy-paste from ScienceDirect left
``Author links open overlay panel`` on the second line, page chrome, not title text) and 25-26 (the title itself
wraps after ``theory,``).

Decisions:
- Entry = each bullet whose link names a paper (19): 13, 17-20, 21-22, 23, 24, 25-26, 27-36; the Note link and the
  TOC marker are not entries.
- Title = the link text, joined over the wrap, without the trailing comma-separated author/venue/year/remark and
  without the ScienceDirect ``Author links open overlay panel`` junk.  ``Reservoir Computing: computation with
  dynamical systems`` (35) keeps its colon subtitle; the comma in 25-26 (``theory, applications``) is title text.
- Ids: arXiv 13; DOIs from the Springer (27), PLOS (31), MIT Press (33) and IOP (34) URLs; none from Nature,
  ScienceDirect PII, OSA, IEEE, Ghent biblio or ACM ``citation.cfm`` links.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "neuralprobe__myblog__library__reservoir_computing@5bf761d.md"
PART = "wild54_development"

START = re.compile(r"^- \[(?P<text>[^\]]*)$")  # a link text that wraps to the next line
ONE = re.compile(r"^- \[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)$")
END = re.compile(r"^(?P<text>[^\]]*)\]\((?P<url>[^)]+)\)$")
# trailing remark after the title inside the link text, and the ScienceDirect page chrome
EXTRA = re.compile(r"\s*,\s*(?:Tanaka|Nat\. Comm\. 2011|Nature 2017|Jaeger's Review|Fischer group)$")
JUNK = "Author links open overlay panel"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[15] == "## Reservoir computing papers", lines[15]
    papers = []
    n = 12
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if not ln.startswith("- ["):
            continue
        m = ONE.match(ln)
        if m:
            first, last, text = n, n, m.group("text")
        else:
            s = START.match(ln)
            e = END.match(lines[n])
            assert s and e, (n, ln)
            first, last = n, n + 1
            rest = e.group("text").strip()
            text = s.group("text") if rest == JUNK else s.group("text") + " " + rest
            n += 1
        papers.append(entry(lines, first, last, EXTRA.sub("", text)))
    t = {p["line"]: p for p in papers}
    assert (t[13]["title"], t[13]["arxiv"]) == ("Recent Advances in Physical Reservoir Computing: A Review",
                                                "1808.04962"), t[13]
    assert t[17]["title"] == "Information processing using a single dynamical node as complex system", t[17]
    assert t[19]["title"] == "Reservoir computing approaches to recurrent neural network training", t[19]
    assert (t[21]["title"], t[21]["end"]) == ("An experimental unification of reservoir computing methods", 22)
    assert (t[25]["title"], t[25]["end"]) == (
        "An overview of reservoir computing: theory, applications and implementations", 26), t[25]
    assert t[27]["doi"] == "10.1007/s13218-012-0204-5", t[27]
    assert t[31]["doi"] == "10.1371/journal.pone.0052946", t[31]
    assert t[33]["doi"] == "10.1162/neco.2009.01-09-947", t[33]
    assert t[34]["doi"] == "10.1088/0957-4484/24/38/384004", t[34]
    assert t[36]["title"] == "Memristor-based reservoir computing", t[36]
    assert len(papers) == 19, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [text](url)' bullet naming a paper is an entry (19: the review bullet 13 and the 18 paper bullets"
        " 17-36, two of them wrapping their link text over two lines, 21-22 and 25-26); title = the link text joined"
        " over the wrap, the trailing ', Tanaka' / ', Nat. Comm. 2011' / ', Nature 2017' / ',Jaeger's Review' /"
        " ', Fischer group' and the ScienceDirect 'Author links open overlay panel' chrome dropped; the [Note] link"
        " and the TOC marker are not entries.",
        "Read all 36 lines; compared -v for all 19 entries: the two wrapped link texts (spans 21-22, 25-26), the"
        " stripped remarks 13/17-20, ids arXiv 13 and DOIs 27/31/33/34 (IOP '/meta' cut), none from Nature,"
        " ScienceDirect, OSA, IEEE, Ghent or ACM citation.cfm links.",
    )


if __name__ == "__main__":
    main()
