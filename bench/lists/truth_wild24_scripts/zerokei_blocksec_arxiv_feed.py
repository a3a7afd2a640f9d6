"""Wild24 truth for Zerokei/blocksec-arxiv-feed README.md: an arXiv feed bot's table (blockchain security).

Shape: a GitHub-Action-generated page ('Last Updated: ...' on line 3) with one Markdown table
under '## Newest Papers' (header line 7, delimiter line 8): '|#|Title|URL|Updated|'.  Rows are
lines 9-58: '|N|Plain Title|[link](http://arxiv.org/abs/XXXX.XXXXXvN)|<new-badge> date|'.  The
title cell is plain text (no link); the arXiv id is only in the URL cell, with a version suffix.
Entry: every data row (one arXiv preprint each).  Title = the second cell as written.
Not entries: the heading lines, 'Last Updated' line, table header and delimiter.
Special cases: the same paper appears twice as two versions (rows 15/17 on lines 23/25:
2607.28424v2 and v1 'Demystifying Solana Bots ...'; rows 21/27 on lines 29/35: 2607.21643 v2/v1
'StajChain ...'; rows 41/48 on lines 49/56: 2606.19501 v2/v1 'DeXposure-Claw ...'); each row
is its own entry (repeated records are separate entries).  Some titles contain ':' , '?', '--'
(line 42 'Hardware--Software') or lower-case starts (line 53 'bioETH-Beacon'), kept as written.
Count check: 50 rows numbered 1..50, each with exactly four cells and one arXiv link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "Zerokei__blocksec-arxiv-feed__README@0a838a5.md"
PART = "wild24_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[6] == "|\\#|Title|URL|Updated|", lines[6]
    papers = []
    numbers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"^\|(\d+)\|(.+)\|\[link\]\((http://arxiv\.org/abs/[^)]+)\)\|[^|]*\|$", text)
        if not m:
            assert not re.match(r"^\|\d", text), i
            continue
        numbers.append(int(m.group(1)))
        title = m.group(2)
        assert "|" not in title, i
        papers.append(entry(lines, i, i, title))
    assert numbers == list(range(1, 51)), numbers
    assert len(papers) == 50, len(papers)
    assert all(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "every data row of the bot-generated table (lines 9-58) is an entry; title = the plain Title"
                " cell as written, arXiv id from the [link] cell (version dropped); rows repeating a paper"
                " under another version are separate entries",
                "all 50 rows read by eye against the file; titles and ids compared with the -v output; the"
                " three version pairs (lines 23/25, 29/35, 49/56) checked")


if __name__ == "__main__":
    main()
