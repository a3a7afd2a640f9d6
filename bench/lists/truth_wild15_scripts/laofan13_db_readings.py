"""Wild15 truth for laofan13/paper-readings README.md: a personal database and distributed-systems
reading list (systems/databases).

Shape: a nested table of contents (anchor links, not entries), then '## Database system' and
'## Distributed system' with '###'/'####' topic headings; under them GitHub task-list bullets
'- [x] [Title, Venue, Year](url)' / '- [ ]  [...](...)' (one or two spaces after the box), where the
link text holds the title followed by comma-separated tails in no fixed order: venue ('SIGMOD', 'in
ICDE', 'IEEE Data engineering Bulltin', a journal name), year, 'VENUE YEAR' ('JACM 1985'), an author
('Atul Adya', 'Alan Fekete'), 'Source Code', 'with his PhD Thesis'.  One link is empty ('[...]()'),
one tail is joined by a full-width comma ('，').

What is an entry: every bullet naming a paper, thesis or survey (69).  Not entries: the two 'Books'
sections (6 bullets: textbooks, the Red Book, an online book, Fowler's pattern articles) and the
'a uniform definition to isolation levels, ANSI SQL-92 standard' bullet (a standard, linked to a web
note).  Title = the link text with its tails cut from the right; titles keep their own commas ('OLTP
Through the Looking Glass, and What We Found There', 'How Good Are Query Optimizers, Really?') and are
kept as written ('Generalized-Isolation-Level-Definitions', 'adixSpline: ...', 'Volcano-An ...').
Ids: arXiv from arxiv.org links (four), DOIs from dl.acm.org/doi URLs (three); the citeseerx '?doi=10.1.1...' query is a CiteSeerX id and
gives no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "laofan13__paper-readings__README@d8fccad.md"
PART = "wild15_development"
LINES = read_lines(NAME)

NOT_PAPERS = {
    34: "textbook (Database System Concepts)", 35: "book (Readings in Database Systems)",
    55: "ANSI SQL-92 standard, linked to a web note", 130: "book (DDIA)", 131: "online book",
    132: "Fowler's pattern articles", 133: "book (Streaming Systems)",
}
#: comma-separated tails of the link text that are not part of the title
TAILS = {
    "SIGMOD", "VLDB", "ICDE", "PODS", "SOSP", "OSDI", "NSDI", "SOCC", "EuroSys", "TOS", "in TODS", "in ICDE",
    "in SIGMOD", "in DaMoN", "in VLDB", "in CIDR", "OSDI,2012", "Source Code", "Atul Adya", "Alan Fekete",
    "Maysam Yabandeh", "with his PhD Thesis", "IEEE Data engineering Bulltin",
    "ACM Transactions on Database Systems", "IEEE Transactions on Knowledge and Data EngineeringFebruary",
}
VENUE_YEAR = re.compile(r"(?:SIGMOD|VLDB|ICDE|CACM|Computer Networks|JACM|TOCS|OSDI|PODC|ATC|DSN|CIDR) \d{4}")


def title_of(text: str) -> str:
    parts = [p.strip() for p in re.split(r",|，", text)]
    while len(parts) > 1 and (re.fullmatch(r"\d{4}", parts[-1]) or parts[-1] in TAILS or VENUE_YEAR.fullmatch(parts[-1])):
        parts.pop()
    return ", ".join(parts)


def main() -> None:
    papers = []
    bullets = 0
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"- \[[ xX]\] {1,2}\[(.+)\]\(([^)]*)\)", text)
        if not m:
            assert not re.match(r"- \[[ xX]\]", text), i
            continue
        bullets += 1
        if i in NOT_PAPERS:
            continue
        title = title_of(m.group(1))
        if i == 38:  # the title's own comma: 'OLTP Through the Looking Glass, and What We Found There'
            assert title == "OLTP Through the Looking Glass, and What We Found There", title
        papers.append(entry(LINES, i, i, title))
    assert bullets == 76, bullets
    assert len(papers) == 69, len(papers)
    write_truth(NAME, PART, papers,
                "every task-list bullet '- [ ] [Title, Venue, Year](url)' naming a paper, thesis or survey is an entry,"
                " title = the link text with its comma-separated venue/year/author/'Source Code' tails cut from the"
                " right; book bullets and an SQL standard are not",
                "all 76 task-list bullets by eye (grep count), the 7 non-papers decided by line, every one of the 69"
                " titles against its link text (own commas kept, tails cut), the arXiv links and dl.acm.org DOIs")


if __name__ == "__main__":
    main()
