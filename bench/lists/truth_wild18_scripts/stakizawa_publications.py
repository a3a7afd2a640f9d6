"""Wild18 truth for stakizawa/stakizawa.github.io _includes/publications.md: a Japanese HPC
researcher's publication list (AIST, ABCI), about half of its records in Japanese (Japanese author
names, Japanese titles, Japanese venues such as '第166回ハイパフォーマンスコンピューティング研究会').

Shape: three sections of plain bullets 'Authors. Title. Venue, pages, date.' with no links:
'## Conference/Workshop Paper (Reviewed)' (20 records, lines 4-24; the record of lines 5-6 wraps),
'## Journal Paper' (4, lines 27-30) and '## Presentation' (58, lines 33-90).  The title follows the
authors' closing '. ' and ends at the next '. ', except where a comma closes it (lines 16, 17:
'Title, IEEE Cluster 2013 Conference, pages 8') and one poster record where a comma, not a full
stop, closes the authors (line 38).  One bullet starts with two spaces (line 36).

Entries: all 24 records of the two paper sections, and the Presentation records that name a written
publication: IPSJ HPC research-meeting presentations ('第N回ハイパフォーマンスコンピューティング研究会',
'研究発表会', or the joint '...・第14回量子ソフトウェア合同研究発表会' of line 33, published as IPSJ SIG Technical Reports, the series line 44 names in English), records
whose venue is a proceedings or report ('論文集', '予稿集', '研究会報告', 'Proceedings of ...', which
keeps the Cluster 2024 poster of line 37) and the arXiv preprint (line 36).  Not entries: the other
Presentation records, talks and posters with no written paper named: invited and user-group talks
(ADAC, MUG, JLUG, Open OnDemand and Gfarm workshops, NII Shonan, HPCC workshop, アカデミッククラウド
シンポジウム, HPCI briefings (意見交換会), ADVNET 2009 without 予稿集) and posters (ポスター/Poster at
xSIG, ComSys, SACSIS, HPDC, ACSI, Data Intensive Science Workshop).  Repeated works (the same
paper at a meeting and in a journal) are separate entries.  No record links anything: no ids.

Title = the text between the authors and the venue as written (Japanese or English), trailing
'.'/',' dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "stakizawa__stakizawa.github.io___includes__publications@ae474d1.md"
PART = "wild18_development"
WRITTEN = re.compile(r"ハイパフォーマンスコンピューティング[^,.]*研究(?:発表)?会|IPSJ SIG Technical Reports|論文集|予稿集|研究会報告"
                     r"|Proceedings of|\barXiv\b")
COMMA_AFTER_TITLE = (16, 17)


def title_of(body: str, line: int) -> str:
    rest = body.split(". ", 1)[1]  # after the authors
    if line in COMMA_AFTER_TITLE:
        return rest.split(", ", 1)[0]
    return rest.split(". ", 1)[0]


def main() -> None:
    lines = read_lines(NAME)
    section = None
    papers, records, skipped = [], 0, []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        if not text.startswith("- "):
            continue
        records += 1
        last = i
        body = text[2:].strip()
        if i == 5:  # the record wraps onto line 6
            last = 6
            body += " " + lines[5]
        if section == "Presentation" and not WRITTEN.search(body.split(". ", 2)[-1]):
            skipped.append(i)
            continue
        papers.append(entry(lines, i, last, title_of(body, i)))
    assert records == 20 + 4 + 58, records
    assert len(skipped) == 21, (len(skipped), skipped)
    assert len(papers) == 61, len(papers)
    write_truth(NAME, PART, papers,
                "every record of the Conference/Workshop Paper and Journal Paper sections, and the Presentation records"
                " that name a written publication (IPSJ HPC research-meeting technical reports, proceedings, 論文集/予稿集/"
                "研究会報告, arXiv); title = the text between the authors and the venue",
                "all 82 records by eye (20 + 4 + 58 bullets, the wrapped record of lines 5-6), the 21 Presentation"
                " records left out one by one (talks at workshops, user groups and briefings; posters without"
                " proceedings) and the 37 kept, the comma-closed titles of lines 16-17, the Japanese titles, the"
                " arXiv preprint and the Cluster 2024 poster in proceedings")


if __name__ == "__main__":
    main()
