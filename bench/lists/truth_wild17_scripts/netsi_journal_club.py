"""Wild17 truth for netsiphd/netsiphd.github.io journal_club.md: the Network Science Institute's
PhD journal club page (Pandoc Markdown with a YAML-ish title block), one '# <Term>' heading per
term (organizer, time, candidate-papers link) and one '## <Month day>: <session topic>' heading
per meeting, under which the papers read are '* ' bullets.

Entries: every '* ' bullet (35), each one Chicago author-date reference on one line:
'* Surname, Given, and Given Surname. 2019. “Title.” *Journal* 4 (1): 61. <https://doi.org/...>.'
(some with 'arXiv:1910.09538 [physics.soc-ph]. <http://arxiv.org/abs/...>', a 'Working Paper'
with an OSF link, a 'Forthcoming.' year, a proceedings chapter 'In *Proceedings ...*', one with
no link at all, one with a trailing '(optional)').  Title = the text between the curly quotes
“...”, without the full stop the citation style puts inside the closing quote (no title here ends
in '?' or '!').  The same paper read twice (Canright & Engø-Monsen 2005, Altenburger & Ugander
2018) is two entries, one per session.  ids: the arXiv id of the arXiv text/URL (the 'v2' of
1810.03579v2 dropped by the helper), the DOI of the doi.org link.

Not entries: the session headings (topics, not titles), the organizer/time/candidate-papers
lines, the co-hosting notes ('(with [Austin Benson](...))'), the note about a talk at NetSI.

Count check: 35 bullets = grep -c '^\\* '; bullets per session counted by eye (24 sessions; per
term Fall 2020 4, Fall 2019 6, Summer 2019 2, Spring 2019 10, Fall 2018 7, Summer 2018 4,
Spring 2018 2) and asserted against the script's own count.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "netsiphd__netsiphd.github.io__journal_club@c9d758a.md"
PART = "wild17_development"

# bullets per '## ' session, in file order, counted by eye from the file
PER_SESSION = [1, 2, 1,            # Fall 2020
               1, 2, 1, 1, 1,      # Fall 2019
               1, 1,               # Summer 2019
               3, 2, 2, 1, 2,      # Spring 2019
               1, 2, 1, 1, 2,      # Fall 2018
               2, 2,               # Summer 2018
               1, 1]               # Spring 2018


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            counts.append(0)
            continue
        if not text.startswith("* "):
            continue
        m = re.search(r"“(.+?)”", text)
        assert m, (i, text)
        title = m.group(1)
        title = title.removesuffix(".")
        papers.append(entry(lines, i, i, title))
        counts[-1] += 1
    assert counts == PER_SESSION, counts
    assert len(papers) == sum(PER_SESSION) == 35, len(papers)
    write_truth(
        NAME, PART, papers,
        "every '* ' bullet under a '## <date>: <topic>' session heading is an entry (one Chicago"
        " author-date reference per line); title = the text inside the curly quotes, without the"
        " full stop inside the closing quote; a paper read in two sessions is two entries",
        "all 35 bullets one by one against the file (titles, the double space in 'Knowledge Decays:"
        "  Temporal Validity' collapsed, arXiv ids incl. 1810.03579v2 -> 1810.03579, DOIs incl."
        " PhysRevLett/PhysRevE upper case lowered, the Working Paper with an OSF link and the"
        " Telektronikk reference with no link); bullets per session counted by eye (24 sessions);"
        " session headings, organizer/time lines and co-host notes give no entry")


if __name__ == "__main__":
    main()
