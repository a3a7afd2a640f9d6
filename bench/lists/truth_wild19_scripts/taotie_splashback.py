"""Wild19 truth for dr-guangtou/taotie astro/reference/halo_splashback_radius.md: an astrophysicist's topic notes on the splashback radius of dark-matter haloes.

Topic headings, each with '* [Authors Year - Title](url)' bullets; the link text is an ADS-style key
('Diemer et al. 2017', 'Adhikari, Dalal & Chamberlain 2014', one without a year, one 'Shin et al.
2018 arXiv:1811'), then ' - ', then the title.  Most links are ADS abstract pages by bibcode
('adsabs.harvard.edu/abs/2017ApJ...843..140D'), three are arXiv (abs or pdf).  Many bullets carry
indented '    - ' sub-bullets: notes on the paper (**Important**, detection claims, quoted sentences)
and once a link to the paper's code (Shellfish); these belong to the paper's record, so an entry
spans its bullet and its sub-bullets.  Title = the link text after the first ' - '.
Entries: every '* [' bullet (27); the introduction's '* Read the introduction by [Benedikt Diemer on
his webpage](...)' bullet (line 5) is a pointer to a web page, not an entry.
Not entries: that pointer and its quoted paragraph, the two figure images and the figure caption.
Ids: arXiv ids from the three arXiv links; ADS bibcodes (one an arXiv bibcode, '2018arXiv180604302A')
are not arXiv URLs or DOIs and give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "dr-guangtou__taotie__astro__reference__halo_splashback_radius@edc8e27.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    n = len(LINES)
    for i, text in enumerate(LINES, 1):
        if not text.startswith("* ["):
            continue
        m = re.match(r"\* \[(.+?) - (.+)\]\((https?://[^)]+)\)\s*$", text)
        assert m, i
        end = i
        while end < n and LINES[end].startswith("    - "):
            end += 1
        papers.append(entry(LINES, i, end, m.group(2)))
    assert sum(1 for t in LINES if t.startswith("* ")) == 28 and LINES[4].startswith("* Read the introduction")
    assert len(papers) == 27, len(papers)
    write_truth(NAME, "wild19_development", papers,
                "every '* [Authors Year - Title](url)' bullet is an entry (27; the '* Read the introduction' webpage pointer on line 5 is not),"
                " spanning its indented note sub-bullets; title = the link text after the first ' - '",
                "all 27 entries by eye against the file: titles (the key without year on line 21, 'arXiv:1811' in the"
                " key on line 54, '0.1 < z < 1.1' and '__one-halo'' kept as written), line spans with sub-bullets"
                " (the Shellfish code link on line 27 and three notes on lines 55-57 inside their paper's entry),"
                " the 3 arXiv ids, ADS bibcodes giving none; counts: 28 '* ' bullets = 27 '* [' papers + the '* Read the introduction' pointer on line 5")


if __name__ == "__main__":
    main()
