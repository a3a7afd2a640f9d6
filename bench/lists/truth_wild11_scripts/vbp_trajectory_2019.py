"""Wild11 truth for aras62/vision-based-prediction papers/trajectory/2019.md: one year page of a vision
prediction paper index, written entirely in HTML.

Shape: after three navigation bars and '<h2>Trajectory prediction papers 2019</h2>', each paper is an
anchor '<a name=Key/>' (the first inside '<ul>') and a card
  <details close>
  <summary><strong><em>Author et al., "Title", Venue, Year.</em></strong> <a href=url>paper</a>
      [<a href=url>arxiv</a>] [<a href=url>code</a>]</summary>
  <ul> <em>Datasets</em> <ul><li>links to dataset pages</li></ul> <em>Metrics</em> <ul>...</ul>
  <details close><summary><em>Bibtex</em></summary><pre>@InProceedings{...}</pre></details>
  </ul>
  </details>
(link URLs unquoted, one summary per line).

Entries: every outer card (42; the 42 nested 'Bibtex' cards are part of their paper's card, not
entries of their own: their BibTeX is under the entry for the same paper).  An entry runs from its
'<details close>' line to the outer card's closing '</details>' (the anchor line before it is not
text).  Title = the double-quoted text of the summary, as written there (title case of the list, not
the BibTeX braces); the authors before it and the venue and year after it are dropped.  The dataset
paper 'Argoverse' and the dataset-and-models paper 'PIE' are papers (CVPR/ICCV), so entries.
Ids come from the card's own lines: the 'arxiv' link (31 cards); no card writes a DOI (IEEE document
numbers are not DOIs).  Not entries: the navigation bars and the heading.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "aras62__vision-based-prediction__papers__trajectory__2019@4fd23fe.md"
SUMMARY = re.compile(r'^<summary><strong><em>[^"]+, "(.+)", [^",]+, 2019\.</em></strong>( <a href=\S+>(paper|arxiv|code)</a>)+</summary>$')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 1
    while i <= len(lines):
        text = lines[i - 1]
        if text.startswith("<summary><strong><em>"):
            m = SUMMARY.match(text)
            assert m, (i, text)
            first = i - 1
            assert lines[first - 1] == "<details close>", first
            depth = 0
            for j in range(first, len(lines) + 1):
                depth += lines[j - 1].count("<details") - lines[j - 1].count("</details>")
                if depth == 0:
                    break
            assert lines[j - 1] == "</details>" and "<em>Bibtex</em>" in "\n".join(lines[first - 1:j]), (i, j)
            papers.append(entry(lines, first, j, m.group(1)))
            i = j
        i += 1
    n_bib = sum(1 for t in lines if t == "<summary><em>Bibtex</em></summary>")
    n_sum = sum(1 for t in lines if t.startswith("<summary>"))
    assert len(papers) == 42 == n_bib and n_sum == 84, (len(papers), n_bib, n_sum)
    assert sum(1 for p in papers if p["arxiv"]) == 31
    write_truth(
        NAME, "wild11_development", papers,
        "every outer <details close> card is an entry, from '<details close>' to its closing '</details>' (the"
        " nested dataset/metric lists and BibTeX card belong to it); title = the double-quoted text of the"
        " <summary>, without the authors before it and the venue and year after it",
        "42 cards = 42 nested 'Bibtex' cards = half of the 84 <summary> lines; every summary matched one"
        " pattern (authors, quoted title, venue, 2019, then paper/arxiv/code links); all 42 titles compared"
        " with the summaries and BibTeX titles by eye; 31 arxiv links = 31 arXiv ids; card ends by nesting depth,"
        " first and last cards checked by line",
    )


if __name__ == "__main__":
    main()
