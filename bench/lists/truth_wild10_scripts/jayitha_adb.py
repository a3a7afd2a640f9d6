"""Wild10 truth for Jayitha/Paper-Summaries ADB.md: the paper list of an 'Advances in Database Systems'
course, written for pandoc.

Shape: a pandoc YAML header (title, LaTeX header-includes), '# Advances in Database Systems: Papers',
then a numbered list '1.' .. '24.' of plain-text references, one per line, blank lines between, no
links.  Styles vary: dblp 'Authors: Title.Venue 2004: 137-150' (often no space after the title's full
stop or after the colon), 'Authors, Title, Venue', a quoted title ('"Brewer's conjecture ..."'), and
authors run into the title with no separator ('Guoliang Li Human-in-the-loop Data Integration').  Item
9 'BIG DATA, SQL, DATA SCIENCE' is a section name numbered by mistake: not an entry.  An HTML comment
at the end holds a pandoc command: not an entry.
Entries: the 23 other items (one line each).  Titles are given below by hand, as the file writes them
(typos such as 'Hierarchiesfrom' and 'top-kquery' kept), without authors, venue, pages or year; item 1's
'(Reprint)' is dblp's note that the CACM record reprints the 1970 paper, not part of its title, and is
dropped; item 24 has no authors (a committee report in CACM).  No ids in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "Jayitha__Paper-Summaries__ADB@a06feda.md"
TITLES = {
    1: "A Relational Model of Data for Large Shared Data Banks",
    2: "MapReduce: Simplified Data Processing on Large Clusters",
    3: "C-Store: A Column-oriented DBMS",
    4: "The Gamma Database Machine Project",
    5: "The New Casper: Query Processing for Location Services without Compromising Privacy",
    6: "Adaptive push-pull: disseminating dynamic web data",
    7: "Speculative locking protocols to improve performance for distributed database systems",
    8: "Brewer's conjecture and the feasibility of consistent, available, partition-tolerant web services",
    10: "A Primitive Operator for Similarity Joins in Data Cleaning",
    11: "Sequential Dependencies",
    12: "Research Directions in Blockchain Data Management and Analytics",
    13: "The Skyline Operator",
    14: "Human-in-the-loop Data Integration",
    15: "Finding Motifs in Time Series",
    16: "Optimal Aggregation Algorithms for Middleware",
    17: "A survey of top-kquery processing techniques in relational database systems",
    18: "Pregel: a system for large-scale graph processing",
    19: "Provenance management in curated databases",
    20: "Automatic Extraction of Useful Facet Hierarchiesfrom Text Databases",
    21: "bdbms -A Database Management System for Biological Data",
    22: "Maximum visibility queries in spatial databases",
    23: "EcoTop: An Economic Model for Dynamic Processing of Top-kQueries in Mobile-P2P Networks",
    24: "The Beckman report on database research",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    seen = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"(\d+)\. ", text)
        if not m:
            continue
        n = int(m.group(1))
        seen.append(n)
        if n == 9:
            assert text == "9. BIG DATA, SQL, DATA SCIENCE"
            continue
        assert TITLES[n] in text, n
        papers.append(entry(lines, i, i, TITLES[n]))
    assert seen == list(range(1, 25)), seen
    assert len(papers) == 23
    write_truth(NAME, "wild10_development", papers,
                "every numbered reference '1.'..'24.' is an entry (one line) except item 9, a section name; titles"
                " set by hand as written (authors, venue, pages, year and item 1's dblp '(Reprint)' note left out)",
                "all 24 numbered items read one by one; each title's start and end checked against the author"
                " list and venue (glued '.Venue', missing separators, quoted title); no links or ids in the file;"
                " the closing HTML comment holds a pandoc command only")


if __name__ == "__main__":
    main()
