"""Wild54 truth for snsinfu/paper-reading-log README.md: a Japanese researcher's (chromatin / soft matter / ML)
paper reading log, newest entries on top, newest commit (6935573, 2020-12-09, 'Add 2004-Brunnet "hypercube"').

Shape: 193 lines, 19 KB, nothing but 24 entries, each a ``### YEAR-Author: Title`` heading (the year is the paper's, the
author the first author's surname), then usually an empty line, a bare DOI or arXiv URL on its own line
(``https://doi.org/...``, ``https://dx.doi.org/...``, ``http://dx.doi.org/10.1101/...`` for a bioRxiv preprint,
``https://arxiv.org/abs/...``), then a Japanese summary paragraph and a ``感想:`` ("impressions") paragraph, entries
separated by two empty lines.  No list markup, no table, no front matter.

Special cases:
- 17-18 (Performer): the URL sits right under the heading without an empty line.
- 34-36 (2019-Yang, Chemprop): heading and DOI only, no notes.
- 45: the Stokes entry's impressions mention the Chemprop paper again as an inline link (``[2019年に論文になっていた](https://
  doi.org/10.1021/acs.jcim.9b00237)``, "it became a paper in 2019"): a prose mention inside another entry's notes with no
  title, not an entry of its own; it stays inside the Stokes span (its own DOI on 41 comes first).
- Other inline links are a Google AI blog post, a GitHub repo, the Chemprop website and a Hacker News thread: not entries.
- 130-131 (2019-Viphakone): the title breaks onto the next line (``Co-transcriptional Loading of RNA Export Factors`` /
  ``Shapes the Human Transcriptome``, the second line a plain paragraph in Markdown); the two are joined into one title.
- Titles as written: ``Rethinking Attention with Performer`` (17, the paper says "Performers"), a trailing space on 71, a
  double space after the colon on 130 (stripped), the author ``Huaa`` (187).

Decisions:
- Entry = each ``### YEAR-Author: Title`` heading, spanning to the last non-empty line before the next heading (24).
- Title = the heading text after the first ``: `` (the ``YEAR-Author`` label is not part of the title), plus the
  continuation line on 131.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "snsinfu__paper-reading-log__README@6935573.md"
PART = "wild54_development"

HEAD = re.compile(r"^### (?P<year>\d{4})-(?P<author>[A-Z][a-z]+): (?P<title>.+)$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if ln.startswith("#")]
    assert all(HEAD.match(lines[n - 1]) for n in starts), [lines[n - 1] for n in starts if not HEAD.match(lines[n - 1])]
    papers = []
    for i, n in enumerate(starts):
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(lines)
        last = stop
        while not lines[last - 1].strip():
            last -= 1
        m = HEAD.match(lines[n - 1])
        url = [ln for ln in lines[n : last] if re.match(r"^https?://", ln)]
        assert len(url) == 1, (n, url)
        title = m.group("title").strip()
        if lines[n].strip() and not lines[n].startswith("http"):
            assert n == 130, (n, lines[n])
            title += " " + lines[n].strip()
        papers.append(entry(lines, n, last, title))
    t = {p["line"]: p for p in papers}
    assert (t[1]["title"], t[1]["doi"]) == (
        "Cellular automata on high-dimensional hypercubes", "10.1103/physreve.69.057201"), t[1]
    assert (t[17]["title"], t[17]["arxiv"], t[17]["end"]) == ("Rethinking Attention with Performer", "2009.14794", 22)
    assert (t[34]["end"], t[34]["doi"]) == (36, "10.1021/acs.jcim.9b00237"), t[34]
    assert (t[39]["doi"], t[39]["end"]) == ("10.1016/j.cell.2020.01.021", 45), t[39]
    assert t[71]["title"].endswith("glass transition problem"), t[71]
    assert (t[130]["title"], t[130]["doi"]) == (
        "Co-transcriptional Loading of RNA Export Factors Shapes the Human Transcriptome",
        "10.1016/j.molcel.2019.04.034"), t[130]
    assert t[136]["doi"] == "10.1101/525873", t[136]
    assert t[161]["title"] == "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks", t[161]
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '### YEAR-Author: Title' heading is an entry spanning its URL line, summary and impressions up to the"
        " next heading (24); title = the heading text after 'YEAR-Author: ' (130 joined with its continuation line"
        " 131); the inline re-mention of the Chemprop paper (45) inside the Stokes entry and the blog/GitHub/website/HN"
        " links are not entries.",
        "Read all 193 lines; compared -v for all 24 entries: titles after the label (trailing space 71, double space"
        " 130 stripped and 130-131 joined, 'Performer' kept as written), one URL per entry (doi.org, dx.doi.org,"
        " bioRxiv 10.1101 on 138, arXiv abs 18/50/64/91/100/154/163), spans end before the two blank lines, 34-36 with"
        " no notes, the Stokes span 39-45 keeping its own DOI.",
    )


if __name__ == "__main__":
    main()
