"""Wild truth for rsasaki0109/robotics-paper-notes papers/icra2025-arxiv/index.md: a generated index of
ICRA 2025 papers found on arXiv (Japanese header, English titles), grouped by session heading.

One bullet per paper: '- [Title](./2025-icra-<slug>.md) — <AI class> — [arXiv](http://arxiv.org/abs/id)'.
Each such bullet is an entry (one line); title = the first link's text (it links the note page, not
the paper); the arXiv id is the bullet's arXiv link's.  Not entries: the header bullets (source,
matching, note, 'Browse' links to other index pages), the 'AI dependency overview' counts, headings.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "rsasaki0109__robotics-paper-notes__papers__icra2025-arxiv__index@8542532.md"
PART = "wild_held_out"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"- \[(.+?)\]\(\./2025-icra-[^)]+\.md\) — ", text)
        if not m:
            continue
        papers.append({"line": i, "end": i, "title": tidy(clean(m.group(1))), "arxiv": arxiv_of(text),
                       "doi": doi_of(text)})
    assert len(papers) == 521  # the header says 521 papers
    out = {
        "file": NAME,
        "part": PART,
        "method": "every '- [Title](./2025-icra-note.md) — class — [arXiv](url)' bullet is an entry, title = the"
                  " first link's text, arXiv id from the bullet's arXiv link",
        "checked": "all 521 paper bullets counted against the header's '521本' and a grep of arXiv links (521);"
                   " every other line of the file listed (header bullets, counts, headings: no entries); 25 entries"
                   " spread over the file compared by line, title and id, and the two titles with markup"
                   " characters ('(FCIT*)', '&')",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
