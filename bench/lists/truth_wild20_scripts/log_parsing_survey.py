"""Wild20 truth for spetrescu/literature-survey-log-parsing README: the search log of a literature
survey, papers as numbered items nested under query items, some of them `<details>` cards.

Shape: the first ~470 lines are experiment notes (nested `<details>` of dataset sizes, method
checklists, shell snippets) with no papers; the '### Queries' section (Google Scholar, Scopus)
lists per query ('1. [Query 1] `log parsing`', not an entry) the papers the query selected, as
numbered items indented four spaces, in two forms:

- a plain item '    4. [Title](url) **(35)**' (the bold number is a reference count);
- a card '    1. <details>' whose next line is '<summary><a href="url">Title</a> <b>(57)</b></summary>'
  and whose body is a nested numbered list '       1. [Title](url)' of the papers found by
  snowballing that paper's references, closed by '</details>'.

Entries: every plain paper item at either depth (the query-level ones and the snowballed ones in
the cards) and every card; the card's own lines are its '<details>' line and its '<summary>' line
(its nested items are their own entries, so their ids are not the card's).  Not entries: the query
items, the link to the list's own survey PDF in the intro prose (lines 2 and 6), the experiment
notes.  Title = the link text.  Two items (line 540 'Self-Supervised Log Parsing' and line 546
'Improving Performances ...') link the same arXiv id 2003.07905 as written; kept literally.  The
Emerald URL '.../doi/10.1016/j.aci.2019.05.002/full/html' (line 647) loses its '/full/html' tail;
CiteSeerX 'doi=10.1.1...' query ids and ScienceDirect 'pii' URLs give no DOI.

Count checks: 17 cards (grep '<summary><a href'), 42 plain query-level items (indent 4) and 34
snowballed items (indent 7) = 93, the survey's own 'Total number of papers selected for survey: 93'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "spetrescu__literature-survey-log-parsing__README@0c16255.md"

PLAIN = re.compile(r"^( {4}| {7})\d+\. \[(.+?)\]\((\S+?)\)")
CARD = re.compile(r"^ {4}\d+\. <details>\s*$")
SUMMARY = re.compile(r'^\s*<summary><a href="[^"]+">(.+?)</a>')


def main() -> None:
    lines = read_lines(NAME)
    start = next(i for i, x in enumerate(lines, 1) if x.startswith("### ") and "Queries" in x)
    stop = next(i for i, x in enumerate(lines, 1) if x.startswith("## Acknowledgements"))
    papers, cards, top, nested = [], 0, 0, 0
    for i in range(start, stop):
        text = lines[i - 1]
        if CARD.match(text):
            m = SUMMARY.match(lines[i])
            assert m, i
            papers.append(entry(lines, i, i + 1, m.group(1)))
            cards += 1
            continue
        m = PLAIN.match(text)
        if m:
            e = entry(lines, i, i, m.group(2))
            if e["doi"] and e["doi"].endswith("/full/html"):
                e["doi"] = e["doi"].removesuffix("/full/html")
            papers.append(e)
            if len(m.group(1)) == 4:
                top += 1
            else:
                nested += 1
    assert (cards, top, nested) == (17, 42, 34), (cards, top, nested)
    assert len(papers) == 93
    write_truth(NAME, "wild20_development", papers,
                "every paper item of the '### Queries' section is an entry: the plain numbered items"
                " '[Title](url) **(n)**' at query level and inside the snowballing cards, and each"
                " '<details>' card (its <details> and <summary> lines) whose summary links the paper;"
                " title = the link text; query items, experiment notes and the link to the list's own"
                " survey are not entries",
                "all 93 entries against the file (every card, every nested item, every Scopus item),"
                " counts per form by grep (17 cards, 42 query-level items, 34 snowballed items) matching"
                " the survey's stated total of 93, the shared arXiv id of lines 540/546, the Emerald DOI tail, percent-encoded Springer PDF DOIs")


if __name__ == "__main__":
    main()
