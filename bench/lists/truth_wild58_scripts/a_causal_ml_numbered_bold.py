"""Wild58 truth for jvpoulos/causal-ml README.md at 0405f1d (newest commit touching it; repository HEAD e09a959,
2022-11-23, has the same file): "Must-read recent papers and resources on {Causal}∩{ML}", a reading list in the
thunlp/GNNPapers style: numbered bold titles with venue and year, a [paper] link, and the authors on an indented
line below.

Shape: 504 lines.  Title (1-3), an HTML ``<table>`` of contents with numbered anchor links (7-49, ``<a
href="#survey-papers">1. Surveys</a>``), then ``## [Section](#content)`` / ``### [Sub](#content)`` headings with
papers from 53 to 424: Surveys (53-71), Heterogeneous treatment effects (77-139), Static data (144-190), Temporal
data (194-216), Representation learning (220-242), Semiparametric (246-264), Policy learning / causal discovery
(268-306), Causal recommendation (310-344), Causal RL (348-350), Feature selection (354-360), Social sciences
(366-384), Text (388-418), Health (422-424).  "## [Resources]" (426-504) lists workshops, proceedings, code
libraries, datasets, courses, industry, groups, lists and books as ``1. **Name** [link](url)``.

Entry shape (two lines and a blank line between):
``1. **Title**, *Venue*, 2022. [paper](url) [code](url)`` then ``    Author, Author.`` (indented 4-5 spaces).

Special cases:
- 318-336: four comment papers inside ``<details><summary> comments </summary>`` ... ``</details>``; the list
  numbers restart as ``3.`` (320) and ``7.`` (338) around it.  The details papers are entries.
- 328: ``**Comment on "Blessings of Multiple Causes"**``: inner quotes kept in the title.
- 358: ``**Outcome‐adaptive lasso: ...**`` is written with U+2010 (hyphen), kept; its venue has no comma
  (``*Biometrics* 2017.``).
- Author lines sometimes lack the closing period (322, 326, 356, 360) or carry trailing spaces.
- ``[code]`` / ``[slides]`` / ``[video]`` links give no ids.  137: ``arxiv.org/abs/1504.01132v1`` -> 1504.01132.

Decisions:
- Entry = every numbered line with a bold title and a ``[paper]`` link (53-424): 85 entries.  Span = the title line
  to the authors line.  Title = the bold text, as written.
- The Resources items (430-504, ``[link]``): workshops, a proceedings volume, software packages, datasets, courses,
  groups, lists and a book: not papers, not entries.  The contents table is not an entry.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "jvpoulos__causal-ml__README@0405f1d.md"
PART = "wild58_development"

ITEM = re.compile(r"^\d+\. \*\*(.+?)\*\*.*\[paper\]\(")
RESOURCES = 426


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n >= RESOURCES:
            break
        m = ITEM.match(ln)
        if not m:
            continue
        last = n + 1
        while not lines[last - 1].strip():
            last += 1
        assert lines[last - 1].startswith("    "), (n, last)
        papers.append(entry(lines, n, last, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 85, len(papers)
    assert by[53]["title"] == "Causal Machine Learning: A Survey and Open Problems", by[53]
    assert by[53]["arxiv"] == "2206.15475" and by[53]["end"] == 55, by[53]
    assert by[57]["doi"] == "10.1145/3466818", by[57]
    assert by[137]["arxiv"] == "1504.01132", by[137]
    assert by[320]["title"] == "Comment: Reflections on the Deconfounder", by[320]
    assert by[328]["title"] == 'Comment on "Blessings of Multiple Causes"', by[328]
    assert by[338]["title"] == "Recommendations as Treatments: Debiasing Learning and Evaluation", by[338]
    assert by[358]["title"] == "Outcome\u2010adaptive lasso: variable selection for causal inference", by[358]
    assert by[366]["doi"] == "10.1093/ectj/utac015", by[366]
    assert by[422]["end"] == 424, by[422]
    assert max(by) == 422
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered item '1. **Title**, *Venue*, year. [paper](url)' before the Resources section is one"
        " entry (53-424, 85 entries), spanning the title line and the indented authors line below it; the four"
        " comment papers inside the <details> block (320-334) count.  Title = the bold text as written.  The"
        " Resources items ('**Name** [link]': workshops, packages, datasets, courses, groups, lists, a book) and the"
        " HTML contents table are not entries.",
        checked="Read the whole file; compared the -v output with all 85 items (titles, spans to the authors line,"
        " the <details> block and restarted numbering at 320 and 338, the U+2010 hyphen at 358, inner quotes at"
        " 328), checked that no Resources item is listed, and spot-checked arXiv ids and DOIs from links.",
    )


if __name__ == "__main__":
    main()
