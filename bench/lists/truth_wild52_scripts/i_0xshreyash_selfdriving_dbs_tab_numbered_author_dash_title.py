"""Wild52 truth for 0xshreyash/self-driving-dbs paper-list.md: a student's short literature-review list for a
self-driving database (index / materialized-view selection with multi-armed bandits) project, newest commit
(c71d00d, 2018-08-18).

Shape: 17 lines, 1.6 KB.  Line 1 is a prose sentence ("They have been approved by Ben and Renata for my literature
review, ..."), then a numbered list 2-17: ``N.<TAB>Authors - Title (where found)``; item N sits on line N+1 (numbers below
are item numbers, the method/checked texts give lines).  Items 1-15 put a TAB after the
number, item 16 (line 17) a space.  Most items are plain text ``Chaudhuri & Narasayya - AutoAdmin What-If (from
blog)``; some are links, the whole ``Authors - Title`` in the link text (6 ``[Ioannidis - Query Optimization](pdf)``),
bold inside or around the link (8 ``**[Sharma, ... - Automatic Database Administration ...](arXiv pdf)**``, 15
``[**Kaftan et al. - Cuttlefish**](arXiv pdf)``), and the last has no author part at all (16 ``[Regularized Cost-Model
Oblivious Database](google redirect url)``).  The trailing parenthesis is where the student found the paper
(``(from blog)``, ``(from microsoft academic)``, ``(microsoft academic)``, ``(google scholar)``, ``(google it)``), not part of the title.

Special cases:
- Items 10 ``[**Bandits UMD**](.../CMSC858G-fall16/Lecture2_PartI.pdf)`` and 11 ``[**Bandit ICML Tutorial**]
  (sites.google.com/site/banditstutorial/)`` are a course lecture's notes and a conference tutorial's site, not
  research papers: not entries.
- Short nickname-like titles are kept as written: ``Self-Driving DBMS`` (4), ``Index Selection`` (5), ``Query
  Optimization`` (6), ``Cuttlefish`` (15).  Item 7 ``Ma et al. - Forecasting Sigmod 18`` names the SIGMOD'18
  forecasting paper by a one-word title plus venue; title = ``Forecasting`` (the venue ``Sigmod 18`` dropped).
- Authors are dropped: the title is what follows the first `` - `` (all author parts are hyphen-free names).

Decisions:
- Entry = every numbered item except the lecture notes (10) and the tutorial (11): 14 entries, one line each.
- Title = text after ``Authors - `` with the trailing ``(where found)`` note dropped; for 16 the whole link text.
- Ids: arXiv from the pdf links of 8 (1801.05643) and 15 (1802.09180); no DOIs.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "0xshreyash__self-driving-dbs__paper-list@c71d00d.md"
PART = "wild52_development"

ITEM = re.compile(r"^(?P<num>\d+)\.[\t ](?P<body>.+)$")
LINK = re.compile(r"^\**\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)\**$")
NOTE = re.compile(r"\s\((?:from )?(?:blog|microsoft academic|google scholar|google it)\)$")
NOT_PAPERS = {10, 11}  # a course lecture's notes, a tutorial website


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("They have been approved by Ben and Renata"), lines[0]
    papers = []
    nums = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert n == 1 or not ln.strip(), (n, ln)
            continue
        num = int(m.group("num"))
        nums.append(num)
        if num in NOT_PAPERS:
            continue
        body = m.group("body")
        lk = LINK.match(body)
        if lk:
            body = lk.group("text").strip("*")
        body = NOTE.sub("", body)
        title = body.split(" - ", 1)[1] if " - " in body else body
        if num == 7:
            assert title == "Forecasting Sigmod 18", title
            title = "Forecasting"
        assert not re.search(r"[\[\]()*]", title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert nums == list(range(1, 17)), nums
    t = {p["line"]: p for p in papers}
    assert t[2]["title"] == "An Efficient Cost-Driven Index Selection Tool for Microsoft SQL Server", t[2]
    assert t[3]["title"] == "AutoAdmin What-If", t[3]
    assert t[7]["title"] == "Query Optimization", t[7]
    assert (t[9]["title"], t[9]["arxiv"]) == (
        "Automatic Database Administration using Deep Reinforcement Learning", "1801.05643"), t[9]
    assert t[15]["title"] == "Analysis of Thompson Sampling for the Multi-armed Bandit Problem", t[15]
    assert (t[16]["title"], t[16]["arxiv"]) == ("Cuttlefish", "1802.09180"), t[16]
    assert t[17]["title"] == "Regularized Cost-Model Oblivious Database", t[17]
    assert 11 not in t and 12 not in t
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item (lines 2-17, 'N.<TAB>Authors - Title (where found)') is an entry except item 10 (a"
        " course lecture's PDF notes, 'Bandits UMD') and item 11 (a tutorial website, 'Bandit ICML Tutorial'): 14"
        " entries; title = the text after the first ' - ' (authors dropped), inside the link text for linked items,"
        " bold markers and the trailing '(from blog)'/'(microsoft academic)'/'(google scholar)'/'(google it)' note"
        " dropped; item 7 'Forecasting Sigmod 18' -> 'Forecasting' (venue dropped); item 16 has no author part, the"
        " whole link text is the title.",
        "Read all 17 lines; compared -v for all 14 entries: tab vs space after the number (17), plain, linked and"
        " bold-linked items (7, 9, 16, 17), short titles kept as written (Self-Driving DBMS, Index Selection, Query"
        " Optimization, Cuttlefish), excluded lecture/tutorial items (11, 12); arXiv ids 1801.05643 (9) and"
        " 1802.09180 (16) from the pdf links, no DOIs.",
    )


if __name__ == "__main__":
    main()
