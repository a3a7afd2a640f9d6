"""Wild53 truth for LibCity/Bigscity-LibCity-PaperList ``reproduced_model.md``: the model list of the LibCity
traffic-prediction library (the repo is the library's paper collection / survey list; this page names the models
LibCity re-implemented and cites their papers), newest commit holding the file (448efbe, 2021-06-05).

Shape: 95 lines, 9 KB.  ``## Reproduced Model List`` (1), then a six-column pipe table (3-8): ``| Task |
Traditional | CNN-based | RNN-based | GCN-based | Attention-based |``, an alignment row, and four task rows whose
cells list model nicknames with bracketed citation numbers (``ST-ResNet [2],   ACFM [3], STDN [4]``, ``—`` for
none; ``AutoEncoder [1]``, ``FC-RNN [5]`` and ``Seq2Seq [6]`` recur in three rows).  Then ``#### Citation list``
(10) and 42 numbered references ``[n] ...`` (12-94), one per line with a blank line between: ACM-style
``Authors. YEAR. Title. In VENUE. Publisher, pages.`` or ``Journal vol (year), pages.`` or ``CoRR abs/NNNN.NNNNN
(year).``

Special cases:
- Four references are not papers: ``[1]``, ``[5]``, ``[6]``, ``[33]`` read ``This baseline model is implemented by
  ourselves for ... based on AutoEncoder/RNN/Encoder-Decoder structure.``; they are not entries.
- Several references have a double space after the year (``2020.  Deep learning architecture ...`` 36, 50, 54,
  56, 62, 66, 70, 86, 90); the title starts after it.
- Truncated page ranges (``1066`` 38, ``3848–385`` 52, ``2411–24`` 82) and a glued author name (``HongzhiYin``
  88) are left as written; ``Frame work`` (54) and lower-case titles (80, 74) are kept as written.
- Three arXiv papers are cited only as ``CoRR abs/2007.07559`` / ``abs/2101.06861`` / ``abs/2102.04095``
  (56, 58, 94), no URL; no reference has a link or DOI.
- The table cells (``DCRNN [17]``, ``GMAN [25]`` ...) are citations pointing into the list, not entries of
  their own.

Decisions:
- Entry = every numbered reference that cites a paper (42 - 4 = 38), one line each; title = the text after
  ``Authors. YEAR. `` up to the next ``. ``.
- Not entries: the table (header, alignment, task rows), the headings, the four "implemented by ourselves" notes.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "LibCity__Bigscity-LibCity-PaperList__reproduced_model@448efbe.md"
PART = "wild53_development"

REF = re.compile(r"^\[(?P<num>\d+)\] (?P<body>.+)$")
CITED = re.compile(r"^(?P<auth>.+?)\. (?P<year>(?:19|20)\d\d)\. +(?P<title>.+?)\. (?P<rest>.+)$")
OURS = re.compile(r"^This baseline model is implemented by ourselves for .+\.$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Reproduced Model List"
    assert lines[9] == "#### Citation list", lines[9]
    papers = []
    nums = []
    ours = []
    for n, ln in enumerate(lines, 1):
        m = REF.match(ln)
        if not m:
            assert n <= 10 or not ln.strip(), (n, ln)
            continue
        num, body = int(m.group("num")), m.group("body")
        nums.append(num)
        if OURS.match(body):
            ours.append(num)
            continue
        c = CITED.match(body)
        assert c, (n, body)
        title = c.group("title")
        assert 10 < len(title) < 160 and " In " not in title, (n, title)
        papers.append(entry(lines, n, n, title))
    assert nums == list(range(1, 43)), nums
    assert ours == [1, 5, 6, 33], ours
    assert len(papers) == 38, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[14]["title"] == "Deep Spatio-Temporal Residual Networks for Citywide Crowd Flows Prediction", t[14]
    assert t[36]["title"] == "Deep learning architecture for short-term passenger flow forecasting in urban rail transit"
    assert t[52]["title"] == "T-GCN: A Temporal Graph Convolutional Network for Traffic Prediction", t[52]
    assert t[54]["title"].endswith("A Deep Learning Frame work for Network-Scale Traffic Learning and Forecasting")
    assert t[56]["title"] == "On the Inclusion of Spatial Information for Spatio-Temporal Neural Networks", t[56]
    assert t[94]["title"] == "STAN: Spatio-Temporal Attention Network for Next Location Recommendation", t[94]
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered reference of the 'Citation list' (12-94) that cites a paper is an entry (38 of 42), one line"
        " each; title = the sentence after 'Authors. YEAR. ' (single or double space) up to the next '. '; the four"
        " 'This baseline model is implemented by ourselves ...' references [1] [5] [6] [33] are not papers; the"
        " model table's nickname citations ('ST-ResNet [2]') point into the list and are not entries.",
        "Read all 95 lines; compared -v for all 38 references against the file (double-space years 36/50/54/56/62/"
        "66/70/86/90, 'Frame work' 54, lower-case titles 74/80, CoRR-only arXiv references 56/58/94, truncated pages"
        " 38/52/82), the four self-implemented baselines skipped, the table rows 3-8 skipped; no URLs in the file.",
    )


if __name__ == "__main__":
    main()
