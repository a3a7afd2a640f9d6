"""Wild57 truth for shunk031/paper-survey paper-summary/NLP/contents.md: the NLP contents page of a Japanese
researcher's personal paper-summary repository (one summary page per paper read, written in Japanese to the
Ochiai format), at 377792c (2017-12-04), the last commit where the page exists: the next commit touching it
(992fa6a, 2018-02-11, moving to a Jekyll theme) deletes it.

Shape: 37 lines, 8 KB.  A ``#`` heading (1), a blank line, then one ``*`` bullet per paper (3-37) whose whole link
text is a Google-Scholar-style MLA citation and whose target is the relative summary page:
``* [Surname, Given, et al. "Title." Venue info (Year).](./Summary_Page_Name)``.

Special cases:
- The title is the only double-quoted span in each citation (every entry line holds exactly two ``"``); its
  closing period sits inside the quotes (``"... sentence pairs."``) and is dropped.  29 has ``"...Of
  Characters.",`` (comma after the quote); 37 ends ``Korean?."``: the question mark stays.
- Titles are kept as Google Scholar cased them (``Abcnn: Attention-based ...``, 3; ``Unitn: ...``, 35;
  ``Tweet2vec: ...``, 34) and with their inner parentheses (``A sensitivity analysis of (and practitioners' guide
  to) ...``, 5; ``Natural language processing (almost) from scratch``, 24).
- 16 puts the year before the title (``Marc Moreno Lopez, Jugal Kalita. 2017. "Deep Learning applied to NLP."``);
  22 has no venue (``"..." (2015).``); 28 has no closing period.
- 25 and 33 link without ``./``; 19 and 31 link to ``.md`` pages: all still entries.
- The link targets are page slugs with typos (``..._Compositionally``, 18, names another paper than the citation):
  not used for titles.
- arXiv ids are written in the citation as ``arXiv preprint arXiv:1512.05193`` (20 lines: 3, 4, 5, ... 37); no DOIs.

Decisions:
- Entry = every ``* [`` bullet line (3-37): 35 entries, one line each.
- Title = the text between the two double quotes, without its trailing period.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "shunk031__paper-survey__paper-summary__NLP__contents@377792c.md"
PART = "wild57_development"

ITEM = re.compile(r'^\* \[[^"]*"(?P<title>[^"]+)"[^"]*\]\([^)]+\)\s*$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* ["):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        title = m.group("title").strip()
        if title.endswith("."):
            title = title[:-1].rstrip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 35, len(papers)
    assert min(by) == 3 and max(by) == 37, (min(by), max(by))
    assert by[3]["title"] == "Abcnn: Attention-based convolutional neural network for modeling sentence pairs", by[3]
    assert by[3]["arxiv"] == "1512.05193", by[3]
    assert by[5]["title"] == (
        "A sensitivity analysis of (and practitioners' guide to) convolutional neural networks for sentence"
        " classification"
    ), by[5]
    assert by[6]["arxiv"] is None and by[6]["doi"] is None, by[6]
    assert by[16]["title"] == "Deep Learning applied to NLP" and by[16]["arxiv"] == "1703.03091", by[16]
    assert by[22]["title"] == "Large Scale Multi-label Text Classification with Semantic Word Vectors", by[22]
    assert by[29]["title"] == "Learning Chinese Word Representations From Glyphs Of Characters", by[29]
    assert by[37]["title"] == (
        "Which Encoding is the Best for Text Classification in Chinese, English, Japanese and Korean?"
    ), by[37]
    assert sum(p["arxiv"] is not None for p in papers) == 20, [p["line"] for p in papers if p["arxiv"]]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '* [' bullet (lines 3-37) is one paper: the link text is a Google-Scholar MLA citation"
        " 'Authors. \"Title.\" Venue (Year).' pointing at the author's summary page.  Title = the only double-quoted"
        " span of the citation, its trailing period dropped (a '?' before it stays).  arXiv ids come from the"
        " 'arXiv preprint arXiv:NNNN.NNNNN' venue text.",
        checked="Compared the -v output with all 35 bullets: titles with inner parentheses (5, 24), the year-first"
        " citation (16), the venue-less one (22), the comma-after-quote one (29), the '?.' ending (37), lines"
        " linking without './' (25, 33), and which 20 lines carry an arXiv id (every line whose citation writes arXiv:).",
    )


if __name__ == "__main__":
    main()
