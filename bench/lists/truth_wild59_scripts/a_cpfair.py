"""Wild59 truth for rahmanidashti/CPFairRecSys papers.md at d5a8803 (2022-01-28): the first version of a small
"Fairness in RecSys" paper table kept beside the code of a fair re-ranking method.  The file was later edited
(most rows moved into an HTML comment) and then deleted (e5139ae); this is the commit that created it, the one
version where the whole table is live Markdown.

Shape: 38 lines.  Title and intro (1-3, line 3 explains the ``<sup>*</sup>`` mark), ``## Papers`` /
``### Models`` (4-6), then one pipe table: header ``| Year  | Authors | Title       |Venue  |Content|Code |
Dataset | Point`` (7), separator (8), body rows 9-38.  Rows do not end with a pipe (``... | -``).
One row a paper: ``|2021<sup>*</sup>|Li et al.|[Title](url)| WWW | - | ... | -``; the title is the text of the
Markdown link in the THIRD cell (Year and Authors come first).  Links are arxiv.org/pdf, dl.acm.org/doi,
ieeexplore, springer, ceur-ws and personal pages.

Special cases:
- The Year cell carries ``<sup>*</sup>`` on every row; some rows have ``-`` for year and ``- et al.`` for
  authors (24, 30-37).
- 11 keeps the hyphenation of a copied PDF title: ``Provider Fair- ness``; kept as written.
- 14 and 31 list the same paper ("Revisiting Popularity and Demographic Biases ...", ECIR 2021 vs 2022): two
  entries, as the file lists it twice.
- 29 and 35 have a note in the last cell (``Over-estimation ...``, ``define e-fairness``): still one entry.
- 38 is the empty template row ``|-<sup>*</sup>|- et al.|[-](-)| ...``: its link text is ``-``, no paper.

Decisions:
- Entry = every body row whose third cell is a Markdown link with a real title (9-37): 29 entries, one line
  each.  Title = the link text.  The template row 38 is not an entry; header/separator rows are not entries.
- arXiv ids come from the arxiv.org/pdf links, DOIs from the dl.acm.org/doi links (helper).
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "rahmanidashti__CPFairRecSys__papers@d5a8803.md"
PART = "wild59_development"

ROW = re.compile(r"^\|[^|]*\|[^|]*\|\s*\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m and m.group("title").strip() != "-":
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 29, len(papers)
    assert min(by) == 9 and max(by) == 37, (min(by), max(by))
    assert by[9]["title"] == "User-oriented Fairness in Recommendation", by[9]
    assert by[9]["arxiv"] == "2104.10671", by[9]
    assert by[11]["title"] == (
        "Interplay between Upsampling and Regularization for Provider Fair- ness in Recommender Systems"
    ), by[11]
    assert by[14]["title"] == by[31]["title"] == (
        "Revisiting Popularity and Demographic Biases in Recommender Evaluation and Effectiveness"
    )
    assert by[21]["doi"] == "10.1145/3109859.3109912", by[21]
    assert by[26]["title"] == "What is the role of Context in Fair Group Recommendations?", by[26]
    assert by[30]["title"] == (
        "FARM: A Fairness-Aware Recommendation Method for High Visibility and Low Visibility Mobile APPs"
    ), by[30]
    assert by[37]["title"] == (
        "FairMatch: A Graph-based Approach for Improving Aggregate Diversity in Recommender Systems"
    ), by[37]
    assert 38 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the single pipe table (lines 9-37) whose third cell (Title) is a Markdown link is"
        " one entry, one line each; title = the link text.  The template row 38 ([-](-)), the header and the"
        " separator are not entries.  A paper listed twice (14, 31) is two entries.",
        checked="Read the whole file; compared the -v output with all 30 body rows, the hyphenated 'Fair- ness'"
        " title (11), the duplicate rows 14/31, rows with '-' year and '- et al.' authors, arXiv ids from"
        " arxiv.org/pdf links and DOIs from dl.acm.org/doi links, and that the template row 38 is left out.",
    )


if __name__ == "__main__":
    main()
