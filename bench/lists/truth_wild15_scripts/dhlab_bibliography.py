"""Wild15 truth for NationalLibraryOfNorway/DHLAB-kunnskapsbase bibliography.md: a research lab's
bibliography exported from Zotero (a GitHub workflow rebuilds it), Norwegian digital humanities.

Shape: after a Jekyll front matter and a heading, one paragraph per record, newest first, blank line
between: 'Surname, Given; Surname, Given YEAR. [Title](url). Venue or publisher. DOI: [doi](doi.org url)'
(the venue and the DOI part are absent on some).  24 records.

What is an entry: a record whose subject is a scholarly work: journal articles (Michael, Nordlyd,
Contributions to the History of Concepts, LexicoNordica, Mediehistorisk Tidsskrift, Nordlit, Heimen,
Samlaren, Norsk litteraturvitenskapelig tidsskrift, Arr - idéhistorisk tidsskrift), chapters of
scholarly edited volumes (Universitetsforlaget, John Benjamins' CILT, Syddansk Universitetsforlag, the
National Library's 'Nota bene' anthology), a master's thesis (DUO) and two workshop/conference papers
(CEUR, ACL Anthology).  Not entries: the two books (Pax Forlag 'Rasismens retorikk', Gyldendal 'Hvem sa
hva?'), a newspaper op-ed (Aftenposten) and an essay on a children's-book institute's news page
(republished from the magazine Samtiden).  20 entries.

Title = the link text; the chapter number '5. ' that opens one chapter's link text is numbering, dropped.
DOIs where written (doi.org links, idunn.no/doi/... URLs).  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "NationalLibraryOfNorway__DHLAB-kunnskapsbase__bibliography@b35ff6e.md"
PART = "wild15_development"
LINES = read_lines(NAME)

#: records that are not scholarly works (line: what it is)
NOT_PAPERS = {
    18: "essay on Norsk barnebokinstitutt's news page, republished from the magazine Samtiden",
    30: "Aftenposten newspaper op-ed",
    36: "book (Pax Forlag)",
    44: "book (Gyldendal)",
}


def main() -> None:
    papers = []
    records = []
    for i, text in enumerate(LINES, 1):
        m = re.match(r"[^\[\]]+ \d{4}\. \[(.+?)\]\((https?://[^)]+)\)\.", text)
        if not m:
            assert "](" not in text, i
            continue
        records.append(i)
        if i in NOT_PAPERS:
            continue
        title = m.group(1)
        if i == 20:
            assert title.startswith("5. ")
            title = title[3:]
        papers.append(entry(LINES, i, i, title))
    assert len(records) == 24, len(records)
    assert set(NOT_PAPERS) <= set(records)
    assert len(papers) == 20, len(papers)
    write_truth(NAME, PART, papers,
                "every 'Authors YEAR. [Title](url). Venue.' paragraph of a scholarly work (journal article, chapter of"
                " a scholarly volume, thesis, workshop/conference paper) is an entry, title = its link text (a chapter"
                " number '5. ' dropped); two books, a newspaper op-ed and a republished magazine essay are not",
                "all 24 paragraphs by eye (count of 'YEAR. [' paragraphs = 24), each decided by its venue/publisher;"
                " every title against its link text; the 8 DOIs (doi.org links and idunn.no/doi URLs)")


if __name__ == "__main__":
    main()
