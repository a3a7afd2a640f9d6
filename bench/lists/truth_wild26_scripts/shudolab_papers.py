"""Wild26 truth for shudolab/shudolab-website content/papers.md: a Japanese lab's publication page (対外発表).

Shape: a Hugo page (front matter title '対外発表') of the Shudo lab (Kyoto University, before that
Tokyo Tech).  Three '##' parts, each with '### YYYY' year headings and a numbered list per year:
'## Refereed Papers' (line 7), '## Tech Report, Talk, Poster' (line 501) and '## Honors' (line 1189).
Records in the first two parts are numbered items in two layouts:
- multi-line (2024 onwards, and refereed papers to 2023): 'N. Authors:<br>' / '   "Title",<br>' /
  '   Venue,<br>' / '   date (notes)', then optional sub-bullets ('* [DOI:...](https://doi.org/...)',
  '* Preprint: [arXiv:...]', '* 論文 (草稿): [x.pdf](...)', '* スライド: ...', '* 研究会 [プログラム](...)');
- one line (older records): 'N. Authors: "Title", Venue, date', sub-bullets on the next lines.
Authors and titles are Japanese or English.  A record runs from its number line to the line before
the next number line or heading.  Title = the first double-quoted string of the record that is not an
HTML attribute value (lines 86-93 and 132-146 have '<a href="...">' in the venue).
Entries:
- every record of 'Refereed Papers' (106: journal, conference, workshop, demo papers);
- every record of 'Tech Report, Talk, Poster' that reports a research work of the lab: technical
  reports (電子情報通信学会 技術研究報告, 情報処理学会 研究報告), papers and presentations at domestic
  symposia, forums, workshops and research meetings (DEIM, SCIS, DICOMO, SWoPP, FIT, 広域センサ
  ネットワーク... ワークショップ, ネットワーク科学研究会, ...), posters, demos, work-in-progress talks,
  seminar or study-meeting talks whose title names a specific piece of research (lines 608, 722, 965,
  1001, 1006, 1017), and one arXiv preprint (line 967).
Not entries (44 records of the second part, listed in TALKS with a reason code):
- 'inv': talks marked 招待講演 / 依頼講演 (invited or requested), incl. those whose one-page abstract is
  printed in a technical report (lines 760, 783, 813, 878);
- 'overview': talks named by a field or by the lab's programme rather than by a piece of research
  ('ブロックチェーン「ネットワーク」の研究', '正規表現', '...に関する取組みの紹介', 'Tradeoffs Inherent in
  Blockchain', 'How to Construct A Distributed Data Store', a review of ALM software at IETF 76);
- 'event': talks at non-research events: public or high-school lectures, in-company talks, 勉強会 and
  community meetups, industry or developer conferences (DataWorks Summit, Devcon lightning talks,
  Internet Week, JISA forum, NOSQL afternoon), and two casual Student Session talks (lines 999, 1000);
- 'other': a conference-attendance report (823), a magazine article (827), a news article based on an
  interview with no author (872), a competition entry (1173).
- all 67 records of 'Honors' (awards; some name a paper in parentheses, but the record is an award).
Special cases: line 713 opens a quote it never closes (a meetup talk, not an entry); line 781 is
numbered twice ('1. 1. ...') and line 782 is indented ('   2. ...'), both entries; line 101 gives the
arXiv id of an extended version ('拡張版') after the DOI, and it is the entry's only arXiv id; line 512
has no comma after the title's closing quote.
Count check: 384 numbered records before '## Honors' (106 + 278) = 340 entries + 44 talks/other;
refereed 106 entries, second part 234 entries; 15 entries with an arXiv id (14 refereed, from
'* Preprint: [arXiv:...]', bare '* [arXiv:...]' and the 拡張版 bullets; 1 arXiv-only preprint at
line 967) and 23 with a DOI ('* [DOI:...](https://doi.org/...)' bullets).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "shudolab__shudolab-website__content__papers@ee45d60.md"
PART = "wild26_development"

INV, OVERVIEW, EVENT, OTHER = "inv", "overview", "event", "other"
TALKS = {
    713: EVENT, 719: OVERVIEW, 732: INV, 733: INV, 752: EVENT, 753: INV, 760: INV, 783: INV,
    813: INV, 820: EVENT, 823: OTHER, 824: EVENT, 827: OTHER, 855: EVENT, 861: INV, 862: EVENT,
    865: EVENT, 866: INV, 867: INV, 869: INV, 872: OTHER, 875: OVERVIEW, 878: INV, 912: OVERVIEW,
    922: EVENT, 981: EVENT, 999: EVENT, 1000: EVENT, 1003: EVENT, 1049: OVERVIEW, 1050: OVERVIEW,
    1053: INV, 1112: OVERVIEW, 1135: EVENT, 1156: OVERVIEW, 1162: EVENT, 1165: EVENT, 1168: EVENT,
    1169: EVENT, 1171: INV, 1173: OTHER, 1181: INV, 1182: OVERVIEW, 1185: INV,
}
TITLE = re.compile(r'(?<![=\w])"(.+?)"(?=[,<\s]|$)')


def records(lines: list[str]) -> list[tuple[str, int, int]]:
    """(part, first, last) of every numbered record before '## Honors'."""
    out = []
    part = None
    cur = None
    for i, text in enumerate(lines, 1):
        if text == "## Honors":
            break
        if text.startswith("#") or text.strip() == "- - -":
            if cur:
                out.append(cur)
                cur = None
            if text.startswith("## "):
                part = text[3:]
            continue
        if re.match(r" {0,3}\d+\.\s+", text):
            if cur:
                out.append(cur)
            cur = [part, i, i]
        elif cur and text.strip():
            cur[2] = i
    if cur:
        out.append(cur)
    return [tuple(r) for r in out]


def main() -> None:
    lines = read_lines(NAME)
    recs = records(lines)
    assert len(recs) == 384, len(recs)
    parts = {"Refereed Papers": 0, "Tech Report, Talk, Poster": 0}
    papers = []
    skipped = []
    for part, first, last in recs:
        own = "\n".join(lines[first - 1:last])
        if first in TALKS:
            assert part == "Tech Report, Talk, Poster", first
            skipped.append(first)
            if TALKS[first] == INV:
                assert re.search(r"\((招待講演|依頼講演)\)", own), first
            continue
        m = TITLE.search(own)
        assert m, first
        papers.append(entry(lines, first, last, m.group(1)))
        parts[part] += 1
    assert sorted(skipped) == sorted(TALKS), set(TALKS) - set(skipped)
    # every record marked as an invited or requested talk is in TALKS
    for part, first, last in recs:
        if re.search(r"\((招待講演|依頼講演)\)", "\n".join(lines[first - 1:last])):
            assert TALKS.get(first) == INV, first
    assert parts == {"Refereed Papers": 106, "Tech Report, Talk, Poster": 234}, parts
    assert len(papers) == 340 and len(TALKS) == 44, (len(papers), len(TALKS))
    write_truth(NAME, PART, papers,
                "every numbered record of 'Refereed Papers' and every record of 'Tech Report, Talk, Poster' that"
                " reports a research work (technical reports, domestic symposium/forum/workshop papers and"
                " presentations, posters, demos, a preprint) is an entry, lines = the record with its"
                " sub-bullets; title = the first double-quoted string outside HTML attributes; invited/requested,"
                " overview and non-research-event talks, a report, articles, a competition entry (44 records, by"
                " line) and all Honors records are not entries",
                "all 278 records of the second part read and sorted by eye (the 44 non-entries each with a"
                " reason); all 106 refereed records' titles and ids checked against the file; titles of the"
                " second part spot-checked (about 60, incl. the Japanese titles with 「」 at 532, the unquoted"
                " comma at 512, the double numbering at 781-782) and every title checked to occur in its lines")


if __name__ == "__main__":
    main()
