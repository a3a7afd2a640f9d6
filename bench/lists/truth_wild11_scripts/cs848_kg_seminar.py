"""Wild11 truth for semihsalihoglu-uw/cs848-fall-2022 README.md: a graduate seminar syllabus (Knowledge
Graphs, CS 848, University of Waterloo, Fall 2022) with paper readings per week.

Shape: prose (logistics, overview), then '## Schedule', one pipe table '| Week | Date | Topic |
Readings |' (lines 37-49), whose Readings cell lists several readings joined by '<br/>': linked papers,
'Optional: [..](..)' or '[Optional: ..](..)' papers, textbook chapters ('SWFO Ch 3, 5-7', 'PDKBS
12.1-12.8', '[SNODEM](book): Ch 3 ...'), a news article ('[Datanami Article]').  Then '## Readings', a
'+' list of textbooks and surveys with authors and year, and course-policy sections (one link to a web
page of writing tips).

An entry is one linked reading that is a scholarly work: a link of a Readings cell, or an item of the
Readings list that is a survey or paper.  Most schedule links name the paper only by its system or a
short name, so their title is null: RDFox, RDF3x, FDB, DBPedia, Schema.org (an ACM Queue article),
BELA, ATHENA, ATHENA++, IRNet, TransE, Saga, Google Dataset Search, Table Union Search; and the links
that describe rather than name the paper are null too: 'Magic Sets Original Paper', 'Umbra WCOJ
Implementation', 'Q&A With Embeddings', 'Optional: Survey on KG Embeddings', 'Optional: Pay-as-you-go
Methodology Case Study', 'Sequeda Thesis Ch 3' and 'Sequeda Thesis Ch 4' (two chapters of one
dissertation, two records: two entries).  A link text written as a title is the title as written:
'Knowledge Graphs', 'The Semantic Web', 'Magic is Relevant', 'The Ubiquity of Large Graphs User
Survey', 'Optimizing Subgraph Queries by Combining Binary and WCOJ', 'Making Open Datasets
Transparent' (the 'Optional: ' before a link is not part of it).  In the Readings list the two
Foundations-and-Trends surveys ('Machine Knowledge: ...', 'Natural Language Interfaces to Data') are
entries titled by their link text; 'The Protégé Project: [1](..), [2](..)' links two papers by number:
two entries, title null.  Not entries: textbooks (KRR, Designing and Building Enterprise Knowledge
Graphs, SWFWO, the MYCIN book, PDKBS, SNODEM), book-chapter pointers without a link, the Datanami
news article, the writing-tips page.  Several entries share a line; each takes its ids from its own
link only.
Count check: the Readings cells hold 28 links (counted per row by eye: 2, 0, 0, 2, 2, 4, 3, 3, 4, 3, 2,
3 for weeks 1-12 and none in the reading-week row); less SNODEM and Datanami, 26 papers; + 2 surveys +
2 Protégé links = 30 entries, 22 of them without a title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "semihsalihoglu-uw__cs848-fall-2022__README@66124e9.md"
NOT_PAPERS = {"SNODEM", "Datanami Article"}
NULL = {"RDFox", "RDF3x", "FDB", "DBPedia", "Schema.org", "BELA", "ATHENA", "Optional: ATHENA++",
        "Optional: IRNet", "TransE", "Saga", "Google Dataset Search", "Table Union Search",
        "Magic Sets Original Paper", "Umbra WCOJ Implementation", "Q&A With Embeddings",
        "Optional: Survey on KG Embeddings", "Optional: Pay-as-you-go Methodology Case Study",
        "Sequeda Thesis Ch 3", "Sequeda Thesis Ch 4"}
TITLED = {"Knowledge Graphs", "The Semantic Web", "Magic is Relevant", "The Ubiquity of Large Graphs User Survey",
          "Optimizing Subgraph Queries by Combining Binary and WCOJ", "Making Open Datasets Transparent"}
SURVEYS = {"Machine Knowledge: Creation and Curation of Comprehensive Knowledge Bases",
           "Natural Language Interfaces to Data"}


def one(lines: list[str], i: int, label: str | None, url: str) -> dict:
    e = entry(lines, i, i, label)
    e["arxiv"], e["doi"] = arxiv_of(url), doi_of(url)
    return e


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    links = 0
    for i in range(37, 50):
        cells = lines[i - 1].split("|")
        assert cells[1].strip() in {str(k) for k in range(1, 13)} | {"--"}, i
        for label, url in re.findall(r"\[([^\]]+)\]\(([^)\s]+)\)", cells[4]):
            links += 1
            if label in NOT_PAPERS:
                continue
            assert label in NULL or label in TITLED, label
            papers.append(one(lines, i, None if label in NULL else label, url))
    assert links == 28 and len(papers) == 26, (links, len(papers))
    for i in range(54, 62):
        text = lines[i - 1]
        for label, url in re.findall(r"\[([^\]]+)\]\(([^)\s]+)\)", text):
            if label in SURVEYS:
                papers.append(one(lines, i, label, url))
            elif text.startswith("+ The Protégé Project:"):
                assert label in {"1", "2"}
                papers.append(one(lines, i, None, url))
    assert len(papers) == 30 and sum(1 for p in papers if p["title"] is None) == 22, len(papers)
    write_truth(NAME, "wild11_development", papers,
                "every link of the schedule's Readings cells that is a paper (textbooks, SNODEM and the Datanami"
                " news article excluded) and the two surveys and two numbered Protégé papers of the Readings list"
                " are entries; title = the link text when it is written as a title ('Optional: ' outside the link"
                " dropped), null when the link gives only a system name, a short name or a description of the paper",
                "every row of the schedule link by link (28 links, each classed by hand as titled, nickname/description"
                " or not a paper), every item of the Readings list, the links of the policy sections, each entry's DOI"
                " or arXiv id against its own link")


if __name__ == "__main__":
    main()
