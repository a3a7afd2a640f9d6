"""Wild2 truth for hegongshan/Recommender-Systems-Paper README: '* [Year Venue] Nick: **Title**. [[PDF](url)] [[Codes](url)]'.

Entries: every '* [Year ...]' bullet under the topic headings (the contents bullets above
'### Collaborative Filtering' are not entries).  Title = the bold span ('**...**' up to the
'**.' that closes it, so the survey titles with nested italics '***Hybrid Recommender
Systems*: Survey and Experiments**' keep their whole text); the '[Year Venue]' tag and the
model nickname before the bold ('ItemCF:', 'SVD++:') are dropped.  The one blockquote comment
under the first entry ('> Collaborative Filtering (CF) was firstly proposed.') belongs to that
entry (lines 41-43).  Not an entry: '[2006] FunkSVD ...: **Netflix Update: Try This at Home**'
(line 68), a blog post on Simon Funk's journal (sifter.org), not a paper.  An entry with an
empty '[[PDF]()]' link is still an entry.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "hegongshan__Recommender-Systems-Paper__README@5559dbc.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def main() -> None:
    start = next(i for i, t in enumerate(LINES, 1) if t.startswith("### Collaborative Filtering"))
    for i, text in enumerate(LINES, 1):
        if i < start or not re.match(r"\* \[\d{4}", text):
            continue
        if "sifter.org/~simon/journal" in text:
            continue  # blog post
        m = re.search(r"\*\*(.+)\*\*\.\s", text)
        end = i
        if LINES[i].strip() == "" and LINES[i + 1].startswith("> "):
            end = i + 2
        PAPERS.append(entry(LINES, i, end, m.group(1)))
    write_truth(
        NAME, PART, PAPERS,
        "every '* [Year Venue] Nick: **Title**. [[PDF]]' bullet under the topic headings is an entry; title = the"
        " bold span (nested italics removed), without the year/venue tag and the nickname; the FunkSVD blog post"
        " (line 68) and the contents bullets are not entries",
        "count: 186 '* [YYYY' bullets (grep '^\\* \\[[0-9]\\{4\\}') minus the blog post = 185 entries; every bullet matches one regular shape"
        " (checked by a negative grep: only line 68 (bare blog URL) and line 184 (empty PDF link) differ);"
        " first and last entry of each non-empty section, ~20 random entries (title, nickname dropped, arXiv id),"
        " all 22 survey-section bullets (nested italics inside the bold, 9 of them opening with three asterisks), the blockquote comment at line 43, all 19 DOIs (ACM dl.acm.org/doi/pdf,"
        " SIAM epubs, Springer content/pdf with '.pdf' dropped); 55 arXiv links = 55 entries with an id",
    )


if __name__ == "__main__":
    main()
