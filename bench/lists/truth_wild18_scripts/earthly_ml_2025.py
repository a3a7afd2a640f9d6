"""Wild18 truth for amozaffari/Earthly-Machine-Learning papers/episods_2025.md: a climate/weather ML podcast's 2025 episodes.

One Markdown table, no prose: header 'Episode | Name | Paper Title | DOI Link | Podcast Link',
then one row per episode (1 to 43).  Each row discusses one paper: 'Name' is the episode's short
name (often the model's nickname, 'GenCast', 'Pangu-Weather', or a topic, 'Bias in AI/ML'),
'Paper Title' is the paper's title in plain text (no link), 'DOI Link' a '[Link](...)' to
doi.org (Nature, AMS, AGU, Copernicus, ACM, Science, 10.48550/arXiv DOIs) or to arxiv.org/abs,
'Podcast Link' a goodpods/Spotify link.  Every row is an entry (one line); title = the 'Paper
Title' cell as written (not the 'Name' cell).  The ids come from the row's own links, so rows
whose DOI link was copied from another episode (e.g. rows 31 and 33 link GenCast's Nature DOI,
row 34 FourCastNet's ACM DOI) keep the id the row gives.  A 10.48550/arXiv DOI gives both the
arXiv id and that DOI; an arxiv.org/abs link with 'v1' gives the id without version.
Count check: 43 rows = 45 lines minus header and separator, episode numbers 1..43 in order.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "amozaffari__Earthly-Machine-Learning__papers__episods_2025@91b6f7f.md"
PART = "wild18_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("| Episode | Name") and lines[1].startswith("|--------:")
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\| (\d+) +\|([^|]*)\|([^|]*)\|", text)
        if not m:
            continue
        assert int(m.group(1)) == len(papers) + 1, i
        papers.append(entry(lines, i, i, m.group(3).strip()))
    assert len(papers) == 43, len(papers)
    assert sum(1 for t in lines if t.startswith("|")) == 45
    write_truth(NAME, PART, papers,
                "every episode row of the table is an entry (one paper each); title = the 'Paper Title' cell as"
                " written, not the episode 'Name' cell; ids from the row's DOI/arXiv link",
                "count 43 rows against the episode numbers 1..43 and the 45 table lines; every title cell read"
                " against the row by eye; rows with copied DOI links (31, 33, 34) keep the row's link; arXiv ids from"
                " 10.48550 DOIs and abs links (one with v1)")


if __name__ == "__main__":
    main()
