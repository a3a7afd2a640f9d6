"""Wild9 truth for nespinoza/stsci-exocoffee index.md: STScI's exoplanet journal club ("Exocoffee") page.

Shape: prose sections, then three pipe tables of sessions (2023, and under 'Past sessions' the
'**2022 Sessions**' and '**2021 Sessions**' tables) with columns Date (moderator) | Presenters |
Papers.  The Papers cell cites each paper only by an author-year key linked to the paper:
'[Espinoza & Jones, 2021](https://arxiv.org/abs/2106.15687)', two or three per cell separated by
',' or ';' (once 'Al-Refaie et al., [2021](..), [2022](..)': two papers whose link texts are years).

Entry: every link of a Papers cell (100: 26 in 2023, 40 in 2022, 34 in 2021, counted with grep
per table).  Title: null for all, since the file names no paper by title (an author-year key is
not a title).  Not entries: 'paper TBD' (line 31), 'AAS summary contributions' (line 79, no
paper), and line 69 'ERS Transiting Exoplanet papers [1, 2, 3, 4, 5]' (a group label whose
bracketed numbers are not links and identify no paper), prose links (the arXiv listing, the AAS
code of ethics, the organizer's page).  Repeated keys (e.g. 'Mikal-Evans et al., 2022' on lines 44,
68, 84, different links) are separate entries.

Ids: several papers share a line, so each entry takes the ids of its own link only: the arXiv id
of an arxiv.org abs/pdf URL (versions dropped; the bare 'https://arxiv.org/' and
'https://arxiv.org/abs' links give none); the one DOI written literally is the Wiley URL on line
108 (10.1029/2020je006509).  ADS bibcodes ('2023arXiv230606971L'), Nature article ids and the
t.co short link are not arXiv ids or DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "nespinoza__stsci-exocoffee__index@c3a24ab.md"
LINES = read_lines(NAME)
TABLES = {"2023": 26, "2022": 40, "2021": 34}
LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")


def main() -> None:
    papers, counts, table = [], {}, None
    for i, text in enumerate(LINES, 1):
        h = re.match(r"(?:### ⚫ &nbsp; |\*\*)(\d{4}) Sessions", text)
        if h:
            table = h.group(1)
            continue
        if not text.startswith("| ") or text.startswith(("| Date", "| ---")):
            continue
        cell = text.split("|")[3]
        links = list(LINK.finditer(cell))
        if not links:
            assert i == 69 and "ERS Transiting Exoplanet papers [1, 2, 3, 4, 5]" in cell, (i, cell)
            continue
        for m in links:
            p = entry(LINES, i, i, None)
            p["arxiv"], p["doi"] = arxiv_of(m.group(2)), doi_of(m.group(2))
            papers.append(p)
        counts[table] = counts.get(table, 0) + len(links)
    assert counts == TABLES, counts
    assert "paper TBD" in LINES[30] and "AAS summary contributions" in LINES[78]
    write_truth(NAME, "wild9_development", papers,
                "every link in a session row's Papers cell is an entry (author-year keys, repeats kept), title null"
                " (no paper is named by title); ids from each entry's own link; 'paper TBD', 'AAS summary"
                " contributions' and the unlinked 'ERS Transiting Exoplanet papers [1, 2, 3, 4, 5]' are not entries",
                "all 50 session rows of the three tables one by one (links per table counted with grep: 26, 40, 34),"
                " the 'Al-Refaie et al., [2021], [2022]' year links, the three-link row (line 110), the dead"
                " 'arxiv.org/' and 'arxiv.org/abs' links (no id), ADS/Nature/t.co links (no id), the Wiley DOI")


if __name__ == "__main__":
    main()
