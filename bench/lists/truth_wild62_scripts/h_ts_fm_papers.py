"""Wild62 truth for Bryce0306/TimeSeries-and-FoundationModeling-Papers README.md at 4e6c85a (2025-01-14): a
reading list of time-series / foundation-model papers organised by the taxonomy of the survey "Foundation Models
for Time Series Analysis: A Tutorial and Survey"; every category is a Markdown table.

Shape: 89 lines.  Intro, abbreviations and the taxonomy (1-28); the intro names the inspiring survey as a link in
prose (11).  Tables ``| Author | Title | Proceeding | KeyWords | Link |`` (some with an extra ``Citations``
column): Discussion Papers (29-34), Transformer-based Models (37-39), Self-supervised learning (42-52), an empty
Fully-supervised table (56-57), Non-transformer-based / Self-supervised learning (62-72), Diffusion-based Models
(77-79), Other Notable Time Series Transformer Papers (84-89).  Title is the second cell as plain text (no link);
the paper URL is a bare URL in the Link cell (arXiv abs, one ACM DOI URL on 79, one OpenReview on 89).

Special cases:
- Sub-category rows inside a table are bold one-cell rows (``| **Contrastive learning** ... |`` on 44, 46, 51,
  64): not entries.
- Four titles carry a method name in parentheses before the title: ``(PatchTST) A Time Series is Woeth 64 Words:
  Long-Term Forecasting with Transformers`` (47), ``(TST) ...`` (48), ``(InfoTS) ...`` (72).  The label is not
  part of the title and is dropped; the typo ``Woeth`` is kept (the
  helper collapses the double space after the colon).
- Some rows have an empty Proceeding cell (49, 87) or a tab before the venue (68-71).
- The survey of line 11 appears as table row 31 (an entry); the prose link on 11 is not an entry.
- The Fully-supervised table (56-57) has a header only.

Decisions:
- Entry = each table row whose Title cell is non-empty and not a header/separator/bold sub-category row
  (24 entries).
- Title = the Title cell, stripped, with a leading ``(Label) `` removed.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "Bryce0306__TimeSeries-and-FoundationModeling-Papers__README@4e6c85a.md"
PART = "wild62_held_out"

LABEL = re.compile(r"^\([^)]+\)\s+")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("|"):
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if len(cells) < 5 or cells[1] in ("", "Title") or set(cells[1]) <= set("-: "):
            continue
        title = LABEL.sub("", cells[1]).strip()
        papers.append(entry(lines, n, n, title))
    on = {p["line"]: p for p in papers}
    assert len(papers) == 24, len(papers)
    assert sorted(on) == [31, 32, 33, 34, 39, 45, 47, 48, 49, 50, 52, 65, 66, 67, 68, 69, 70, 71, 72, 79, 86, 87,
                          88, 89], sorted(on)
    assert on[31]["title"] == "Foundation Models for Time Series Analysis: A Tutorial and Survey", on[31]
    assert on[31]["arxiv"] == "2403.14735", on[31]
    assert on[47]["title"] == "A Time Series is Woeth 64 Words: Long-Term Forecasting with Transformers", on[47]
    assert on[48]["title"] == "A Transformer-based Framework for Multivariate Time Series Representation Learning"
    assert on[72]["title"] == "Time Series Contrastive Learning with Information-Aware Augmentations", on[72]
    assert on[79]["doi"] == "10.1145/3666025.3699365" and on[79]["arxiv"] is None, on[79]
    assert on[89]["title"].startswith("Crossformer: Transformer Utilizing") and on[89]["arxiv"] is None, on[89]
    assert on[65]["title"] == "TS2Vec: Towards Universal Representation of Time Series", on[65]
    for n in (11, 44, 46, 51, 64):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each data row of the Markdown tables (| Author | Title | Proceeding | KeyWords | Link | ...) is one"
        " entry; header, separator and bold one-cell sub-category rows (Contrastive learning, Generative learning,"
        " Hybrid) are not.  Title = the plain-text Title cell, with a leading parenthesised method label such as"
        " '(PatchTST) ' dropped; spelling and spacing kept as written.  ids come from the bare URL in the Link cell."
        "  The prose link to the inspiring survey in the intro (11) is not an entry (the survey is also row 31).",
        checked="Read the whole file; compared the -v output with all 24 table rows: the three labelled titles"
        " (47, 48, 72), the empty-venue rows, the DOI URL row 79 and the OpenReview row 89, and that the bold"
        " sub-category rows and the empty Fully-supervised table give nothing.",
    )


if __name__ == "__main__":
    main()
