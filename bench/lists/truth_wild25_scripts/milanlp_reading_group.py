"""Wild25 truth for MilaNLProc/mila-website-backend content/reading_group/index.md at 01cbe8a: a lab
reading group page (MilaNLP, Bocconi) of NLP / computational social science papers.

Commit: HEAD (9cc7f96) keeps only the header paragraph; the "Past Talks" table was dropped in
September 2024, so the file is taken at 01cbe8a (2024-07-24), the last version with the whole list.

Shape: Hugo front matter (lines 1-15), two Markdown tables with columns Date | Presenter | Paper.
"Upcoming Program" (header lines 23-24) has one row, line 25, written without a leading pipe
(' July 24 | Serena | [Title](url)'), which GFM still renders as a row.  "Past Talks" (header lines
52-53) has 28 rows, lines 54-81; several lack the closing pipe (55, 70).  The paper cell is a
link '[Title](url)'; title = the link text.
Special cases:
- line 67: the cell is plain text 'Regulation and NLP (RegNLP): Taming Large Language Models
  (https://aclanthology.org/...)'; title = the text before ' (https'.
- line 80: the title is written in capitals as the list writes it ('QUANTIFYING LANGUAGE MODELS' ...');
  kept as written.
- lines 31-46: an HTML comment holding an older bullet list of the same Sep-Oct talks
  ('- Sep-14, Giuseppe, [Title](url)') and empty dates.  Not rendered, and each linked item repeats a
  row of the Past Talks table (lines 54-59): not entries.
Not entries: the header rows, the separator rows, the image on line 48, the mailto link.
Hosts: arXiv abs/pdf, ACL Anthology, ACM DL (doi), Springer (doi), MIT Press TACL (doi + id + slug),
bioRxiv (doi + v1.full), Nature (article id, not a DOI), PNAS (doi), INFORMS (doi).
Count check: grep of table rows '^\\s*\\|? ?[A-Z][a-z]+[ -]\\d' below line 52 = 28, plus line 25 = 29.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "MilaNLProc__mila-website-backend__content__reading_group__index@01cbe8a.md"
PART = "wild25_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = []
    for i, text in enumerate(lines, 1):
        if i == 25 or 54 <= i <= 81:
            rows.append(i)
            cells = [c.strip() for c in text.strip().strip("|").split("|")]
            assert len(cells) >= 3, (i, cells)
            paper = "|".join(cells[2:]).strip()
            m = re.match(r"\[(.+?)\]\((https?://[^)\s]+)\)", paper)
            if m:
                title = m.group(1)
            else:
                assert i == 67, i
                title = paper.split(" (https", 1)[0]
            papers.append(entry(lines, i, i, title))
    # every table row with a date in the Past Talks section is taken
    past = [i for i, t in enumerate(lines, 1) if i > 53 and re.match(r"\s*\|?\s*[A-Z][a-z]+[ -]\d", t)]
    assert past == list(range(54, 82)), past
    assert lines[24].startswith(" July 24 | Serena")
    assert len(papers) == 29, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the two Date | Presenter | Paper tables (line 25 and lines 54-81) is an entry; title ="
                " the paper cell's link text (line 67: the plain text before its parenthesised URL); the bullet list"
                " inside the HTML comment (lines 31-46) is not rendered and repeats rows 54-59, so it is not taken",
                "all 29 rows read by eye against the file, every title and id compared with its line; the commented"
                " list, the row without a leading pipe (25) and the rows without a closing pipe checked")


if __name__ == "__main__":
    main()
