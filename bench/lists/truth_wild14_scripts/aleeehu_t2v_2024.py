"""Wild14 truth for ALEEEHU/Awesome-Text2X-Resources docs/video/t2v_2024.md: a text-to-video archive page in three record shapes.

Shape:
- '### 🎉 Video Accepted Papers': a Markdown table '| Year | Title | Venue | Paper | Code | Project Page |'
  whose rows are '| 2024 | **Title**  | CVPR 2024 (Highlight) | [Link](arxiv) | [Link](code) | [Link](page) |'
  (10 rows), then a collapsed '<details close><summary>Accepted Papers References</summary>' holding a
  fenced block of the same 10 papers' BibTeX, in the table's order.
- '### 💡 Video ArXiv Papers': one card per paper, '#### N. Title' (a few with trailing spaces), an
  authors line, an '(affiliations)' line, and '<details span><summary><b>Abstract</b></summary>
  ...</details>' (17 cards, no link at all); then a '---' and a second table of the arXiv papers
  ('ArXiv Time' instead of 'Venue', 17 rows) and its collapsed 'ArXiv Papers References' BibTeX block.
  Cards and table rows do not match one to one (card 2 'Text-Animator' is also an accepted-table row;
  table row 'CustomCrafter' has no card; card 8 'Motion Control for Enhanced Complex Action Video
  Generation' is the table's 'MVideo: Motion Control ...').

Entries (44):
- every table row (10 + 17); title = the bold title cell as written ('MicroCinema:A Divide-and-Conquer
  ...' keeps its missing space).
- every '#### N.' card (17), lines heading..'</details>'; title = the heading text without its 'N. '
  number and trailing spaces; card 10's category note '(Text-to-Video Finetuning)' after the title
  is dropped (the table row writes the same title without it).
  A paper given as a card and as a table row is two records, two entries (repeated records are
  separate entries).
- not entries: the BibTeX in the two collapsed 'References' blocks: each block is the reference list
  of the table just above it (one BibTeX per row, same papers, same order), i.e. attached to entries
  already counted for the same papers; the section headings.

Ids: table rows give the arXiv id of their Paper link (one 'www.arxiv.org' link); cards give none.

Count check: rows counted with grep '^| 2024 |' (27 = 10 + 17, split at the '### 💡' heading);
'^#### ' headings 17; '@' BibTeX keys 10 + 17 (grep) matching the two tables' row counts.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "ALEEEHU__Awesome-Text2X-Resources__docs__video__t2v_2024@1567570.md"
PART = "wild14_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    arxiv_heading = next(i for i, t in enumerate(LINES, 1) if t.startswith("### 💡 Video ArXiv Papers"))
    rows_acc = rows_arx = cards = 0
    for i, text in enumerate(LINES, 1):
        m = re.match(r"^\| 2024 \| \*\*(.+?)\*\*\s*\|", text)
        if m:
            if i < arxiv_heading:
                rows_acc += 1
            else:
                rows_arx += 1
            papers.append(entry(LINES, i, i, m.group(1).strip()))
            continue
        h = re.match(r"^#### (\d+)\. (.+?)\s*$", text)
        if h:
            cards += 1
            assert int(h.group(1)) == cards
            end = next(j for j in range(i + 1, len(LINES) + 1) if LINES[j - 1].strip() == "</details>")
            assert end - i <= 10, (i, end)
            title = h.group(2)
            title = re.sub(r"\s+\(Text-to-Video Finetuning\)$", "", title)
            papers.append(entry(LINES, i, end, title))
    bib = [i for i, t in enumerate(LINES, 1) if re.match(r"^@\w+\{", t)]
    assert len([b for b in bib if b < arxiv_heading]) == 10 and len([b for b in bib if b > arxiv_heading]) == 17
    assert (rows_acc, rows_arx, cards) == (10, 17, 17), (rows_acc, rows_arx, cards)
    assert len(papers) == 44
    write_truth(NAME, PART, papers,
                "every row of the accepted and arXiv tables (title = the bold title cell) and every '#### N.' card"
                " with its <details> abstract (title = heading without the number and a trailing category note) is"
                " an entry, a paper given as card and row counting twice; the BibTeX in the two collapsed"
                " 'References' blocks (one per table row, same papers) is not",
                "10 + 17 table rows and 17 cards counted with grep and asserted, 10 + 17 BibTeX keys against the"
                " tables; all 44 titles by eye, card 8 vs the 'MVideo' row and card 10's '(Text-to-Video"
                " Finetuning)' note in particular; ids of the 27 rows")


if __name__ == "__main__":
    main()
