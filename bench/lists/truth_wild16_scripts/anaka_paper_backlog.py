"""Wild16 truth for ANaka/ANaka.github.io _posts/2020-06-16-paper-backlog.md: a neuroscientist's blog
post of papers saved over two and a half weeks, grouped under bare date lines ('5/31/20' ... '6/17/20',
no heading markup), each paper a bullet '- [Title](url)', some followed by the ':heavy_check_mark:'
emoji shortcode (the legend line says it means 'Tweeted').

Entries: every '- [' bullet (146), one line each; title = the link text (a final '.' some titles carry
from their RSS feed dropped).  One paper (Topography of speech-related acoustic and phonological
feature encoding ...) is listed twice under 6/9/20: two entries.  Not entries: the front matter (its
'- Paper, neuroscience, preprint' tag bullet), the intro, the legend line and the date lines.  Hosts:
bioRxiv (DOI from the URL without its 'v1'), arXiv, eLife, Cell Press fulltext (pii, no DOI), PLOS
(DOI in the ?id= query), Nature (article ids, not DOIs), J Neurosci and Science.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "ANaka__ANaka.github.io___posts__2020-06-16-paper-backlog@498a3d3.md"
PART = "wild16_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_date: dict[str, int] = {}
    date = None
    for i, text in enumerate(lines, 1):
        if re.fullmatch(r"\d+/\d+/20", text):
            date = text
            continue
        m = re.match(r"- \[(.+)\]\((https?://[^ ]+)\)( :heavy_check_mark:)?\s*$", text)
        if not m:
            continue
        assert date, i
        papers.append(entry(lines, i, i, m.group(1)))
        per_date[date] = per_date.get(date, 0) + 1
    assert len(papers) == 146, len(papers)
    assert list(per_date.values()) == [3, 6, 7, 13, 11, 7, 4, 10, 21, 5, 14, 5, 5, 2, 7, 19, 7], per_date  # awk count
    assert sum(1 for i in range(len(lines)) if lines[i].startswith("- [") and "heavy_check_mark" in lines[i]) == 6
    write_truth(NAME, PART, papers,
                "every '- [Title](url)' bullet under the bare date lines is an entry (the ':heavy_check_mark:'"
                " tweeted mark after some ignored), title = the link text; the duplicate under 6/9/20 counts twice",
                "count against grep -c '^- \\[' (146; the front matter's tag bullet has no link), bullets per date"
                " (17 dates, counted again with awk), the 6 checked-mark bullets, the 50 links to other hosts"
                " (Cell, eLife, PLOS, Nature, J Neurosci, Science) and their ids"
                " (Cell pii and Nature ids give no DOI, PLOS and bioRxiv do), trailing-period titles, 30 titles by eye")


if __name__ == "__main__":
    main()
