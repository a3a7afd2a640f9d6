"""Wild37 truth for wenwenkong/wenwenkong.github.io _posts/2022-09-11-stats-climate-journalclub.md: a blog
post archiving the Statistics and Climate Journal Club at UCLA (Fall 2020 to Winter 2022), newest first.

Shape: ``##### Term`` headings; under each, a plain line ``MM/DD/YYYY Paper discussion`` (or ``Invited
seminar``, ``Kick-off meeting``) followed by bullets.  A paper discussion is one bullet ``- [Authors, Year,
Title](url) led by Name`` (once ``- Joint discussion on [..](..)``, line 22); an invited seminar has
``- Title:`` (or ``- Topic:``), ``- Speaker:`` and ``- Readings:`` / ``- Related readings:`` bullets with
nested ``  - [Authors, Year, Title](url)`` readings.  Line 107 puts date and bullet on one line
(``01/20/2021 - [Raphael et al. 2020, ...](..) led by ...``).

Entries: every linked reading (25): the link text is ``Authors, Year, Title`` with the author/year prefix
written in four ways -- ``Shepherd, 2021, T`` / ``Risser et al., 2023, T`` / ``Wills et al. 2018, T`` /
``Sippel et al. 2019 T`` (no comma, 85 and 115) / ``Wrzesien and Pavelsky (2020): T`` (81).  Title = the link
text after the first year and its separator; authors, year and the "led by" name are not part of it.
Not entries: the seminar talk titles at 26 and 47 (talks; 47's talk has the same title as the paper read
at 50, which is the entry), the ``Topic:`` line 55, speakers, the founders' links (10) and the kick-off
meeting (125-127).
Ids: from each reading's own URL.  Lines 30 and 31 carry the same PRL URL (the file links the second Beucler
paper to the first one's page), so both get 10.1103/physrevlett.126.098302 as the file gives it.  No DOI is
written in the AMS ``journals.ametsoc.org/view/...xml`` URLs (29, 85), the Copernicus PDF (43) or the
nature.com article ids (65, 77, 105, 115).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "wenwenkong__wenwenkong.github.io___posts__2022-09-11-stats-climate-journalclub@2bc5ada.md"
PART = "wild37_development"

LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)]+)\)")
# "Authors, 2021, " / "Authors et al. 2019 " / "Authors (2020): " -- everything up to the first year
PREFIX = re.compile(r"^.*?\(?\b(?:19|20)\d\d\)?[,:]?\s+")
NOT_PAPER_URL = re.compile(r"github\.io")  # the founders' home pages on line 10


def title_of(label: str) -> str:
    t = PREFIX.sub("", label, count=1)
    assert t != label, label
    return t


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        for m in LINK.finditer(ln):
            if NOT_PAPER_URL.search(m.group(2)):
                continue
            papers.append(entry(lines, i, i, title_of(m.group(1))))
    assert len(papers) == 25, len(papers)
    write_truth(NAME, PART, papers,
                "Each linked reading (a paper-discussion bullet, or a nested reading under an invited seminar) is"
                " an entry on its line; title = the link text after its 'Authors, Year,' prefix (comma, no comma"
                " or '(Year):' forms); seminar talk titles, topics, speakers and the kick-off meeting are not"
                " entries.",
                "All 127 lines read by eye against the -v output: every term's first and last reading, the"
                " seminar blocks (24-31, 45-50, 52-61) with their talk titles 26/47 and topic 55 left out, the"
                " prefix forms at 22 ('Joint discussion on'), 29 (four authors), 81 '(2020):', 85 and 115 (no"
                " comma), 107 (date and bullet on one line), the duplicated PRL URL at 30-31, and the ids"
                " (Springer, Wiley doi/full and doi/epdf, science.org/doi, Frontiers '/full' dropped, tandfonline;"
                " none from AMS .xml, Copernicus PDF or nature.com article URLs).")


if __name__ == "__main__":
    main()
