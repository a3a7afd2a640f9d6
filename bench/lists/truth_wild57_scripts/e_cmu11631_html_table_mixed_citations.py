"""Wild57 truth for mcds-cmu/11631 f26/reading_list.md: the "Reading List" page of CMU's 11-631 (MCDS
"Data Science Seminar", Fall 2026 copy), newest commit touching it (9cfbe4e).

Shape: 52 lines, all HTML.  Front matter commented out (``<!-- --- ... --- -->``, 1-5), then one
``<table class="tg">`` whose header row (9-13) names three columns: "Required Reading", "Example Prior Work:"
and "Example Follow-up Work:".  Each ``<tr>`` of the body is written over five lines (16-20, 21-25, ...,
46-50): one ``<td>`` per line.  Every cited paper is one ``<a href=...>citation</a>`` inside a cell, sometimes
wrapped in ``<span style="text-decoration:none">``; a cell with several papers joins them with ``<br><br>``
on one line (18: three prior-work papers, 19: five follow-up papers).  Only the first row has prior and
follow-up work; the other rows' extra cells are empty.

The citation inside each link is written in a different style per row:
- 17 APA-like with curly quotes: ``Frankle, J., &amp; Carbin, M. (2018). “The lottery ticket hypothesis: ...
  networks.” arXiv preprint arXiv:1803.03635.``
- 18, 19 ``Title. Authors. VENUE YEAR.`` (title first).
- 22 Chicago-like with straight quotes: ``Zhao, Jieyu, ... (2017). "Men also like shopping: ...
  constraints." arXiv preprint ...``
- 27 quoted title first: ``“Stress Test Evaluation for Natural Language Inference.” Aakanksha Naik, ...``
- 32 ``Authors, Title?, in Proceedings of ...`` (title ends with a question mark, then a comma).
- 37 ``Authors. Title, JMLR 2020.``; 42 ``Authors, Title, Proceedings of ...``; 47 APA
  ``Kuchnik, M., ... (2022). Plumber: ... Pipelines. Proceedings of ...``.

Special cases:
- Because the styles differ, the script lists the expected title of every link by hand and asserts that
  each title occurs verbatim in its link text (after ``&amp;`` -> ``&``); quotes and the trailing period
  inside the quotes are not part of the title.
- 32: the title keeps its question mark (``... What do industry practitioners need?``).
- Titles keep the file's capitalisation (``The lottery ticket hypothesis: Finding sparse, ...`` in lower case
  at 17, but ``Men also like shopping`` etc.).
- arXiv ids come from arxiv.org/pdf|abs links (17, 22, 27, 32) and, for the lottery-ticket paper, also
  from the citation text; no DOIs.  ids are taken from each link's own text, not the whole line.

Decisions:
- Entry = every ``<a>`` element in a table cell: 1 + 3 + 5 in the first row, then six single required
  readings = 15 entries.
- Title = the paper title inside the citation, as written, without quotes or closing period.
"""
import html
import re

from _wild57 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "mcds-cmu__11631__f26__reading_list@9cfbe4e.md"
PART = "wild57_development"

ANCHOR = re.compile(r"<a href=\"[^\"]*\"[^>]*>(.*?)</a>")
TAG = re.compile(r"<[^>]+>")

TITLES = {
    17: ["The lottery ticket hypothesis: Finding sparse, trainable neural networks"],
    18: [
        "Optimal Brain Damage",
        "Learning both Weights and Connections for Efficient Neural Networks",
        "Pruning Filters for Efficient ConvNets",
    ],
    19: [
        "The Lottery Ticket Hypothesis for Pre-trained BERT Networks",
        "Linear Mode Connectivity and the Lottery Ticket Hypothesis",
        "Drawing Early-Bird Tickets: Toward More Efficient Training of Deep Networks",
        "Proving the Lottery Ticket Hypothesis: Pruning is All You Need",
        "The Early Phase of Neural Network Training",
    ],
    22: ["Men also like shopping: Reducing gender bias amplification using corpus-level constraints"],
    27: ["Stress Test Evaluation for Natural Language Inference"],
    32: ["Improving fairness in machine learning systems: What do industry practitioners need?"],
    37: ["Towards the Systematic Reporting of the Energy and Carbon Footprints of Machine Learning"],
    42: ["Climbing towards NLU: On Meaning, Form, and Understanding in the Age of Data"],
    47: ["Plumber: Diagnosing and Removing Performance Bottlenecks in Machine Learning Data Pipelines"],
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        found = list(ANCHOR.finditer(ln))
        if not found:
            continue
        assert n in TITLES, (n, ln)
        assert len(found) == len(TITLES[n]), (n, len(found))
        for m, title in zip(found, TITLES[n], strict=True):
            text = html.unescape(TAG.sub("", m.group(1)))
            assert title in text, (n, title, text)
            p = entry(lines, n, n, title)
            p["arxiv"] = arxiv_of(m.group(0))
            p["doi"] = doi_of(m.group(0))
            papers.append(p)
    by = {(p["line"], p["title"]): p for p in papers}
    assert len(papers) == 15, len(papers)
    assert set(TITLES) == {p["line"] for p in papers}
    assert by[(17, TITLES[17][0])]["arxiv"] == "1803.03635"
    assert by[(22, TITLES[22][0])]["arxiv"] == "1707.09457"
    assert by[(27, TITLES[27][0])]["arxiv"] == "1806.00692"
    assert by[(32, TITLES[32][0])]["arxiv"] == "1812.05239"
    assert by[(18, "Optimal Brain Damage")]["arxiv"] is None
    assert all(p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="HTML table (Required Reading / Example Prior Work / Example Follow-up Work); every <a> link in a"
        " cell is one cited paper (cells with several papers join them with <br><br> on one line: 3 at line"
        " 18, 5 at line 19).  Each link's text is a full citation in a row-specific style (APA with curly"
        " quotes, title-first, Chicago with straight quotes, quoted-title-first, 'Authors, Title, in Proc.');"
        " title = the paper title inside it as written, without quotes or closing period; the question mark"
        " of line 32's title stays.  Titles are listed by hand and asserted to occur in each link text.",
        checked="Read all 15 link texts in the file and the -v output: titles, the title/author boundary in every"
        " citation style, the 3+5 links sharing lines 18-19, and arXiv ids from the four arxiv.org links"
        " (none on the NIPS/PMLR/OpenReview/JMLR/MLSys links, no DOIs).",
    )


if __name__ == "__main__":
    main()
