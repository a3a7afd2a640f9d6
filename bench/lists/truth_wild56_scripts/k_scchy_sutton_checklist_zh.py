"""Wild56 truth for scchy/RL docs/zh-cn/15-paper.md: a Chinese (zh-cn) reading checklist of Richard Sutton's papers
by decade, from an RL study-notes site, followed by Chinese notes on one of them; newest commit (ebbf6b2,
2025-09-06).

Shape: 75 lines, 4 KB.  Decade headings ``## 1980年代`` (1), ``## 1990年代`` (6), ``## 2000年代`` (22), ``## 2010年代``
(27), ``## 2020年代`` (34), each over a task list ``- [x] YEAR: Title`` / ``- [ ] YEAR: Title``, some titles bold
(``- [x] 1983: **Neuronlike adaptive elements ...**``).  Then a rule (38) and a notes section ``### 1996: Sutton’s
1996 Menu 《**A menu of designs for reinforcement learning over time**》`` (40) with a Chinese summary, a table of the
"menu" columns (51-55) and numbered Chinese paragraphs (to 72).

Special cases:
- 13 ``- [x] 1996: Sutton’s 1996 Menu 《**A menu of designs ...**》`` wraps the title in Chinese book-title brackets
  《》 after a nickname; two Chinese sub-bullets (14-15, the second quoting the title again in 《》) belong to it.
- 16 ``- [ ] [1996: Reinforcement learning with replacing eligibility traces](https://link.springer.com/article/
  10.1007/BF00114726)``: the year is inside the link text; a sub-bullet ``36页`` (17, "36 pages") belongs to it.
- 18 ``- [ ] 1998: BOOK 《**Reinforcement learning: An introduction**》`` is marked as a book and 35 ``2018:
  **Reinforcement Learning: An Introduction, 2nd edition**`` is its second edition: books, not entries.
- 3 (1984, Sutton's PhD thesis) and 29 (2015) are listed exactly like the papers, with nothing marking them as
  theses: kept as entries (the truth follows what the file says).
- 36 lists a 2024 paper under ``2020年代``; 35's year 2018 under ``2020年代`` too.  Years are not part of titles.
- The notes heading at 40 repeats paper 13's title: it heads the notes on an already listed paper, so it is not a
  second entry; the table and paragraphs name no other papers.
- 10 keeps its question mark (``Gain adaptation beats least squares?``).

Decisions:
- Entry = each task-list line of the five decade lists except the two book lines (18, 35), spanning its indented
  sub-bullets (13-15, 16-17): 22 entries.
- Title = the text after ``YEAR: `` without the ``**`` bold markers; for 13 the text inside 《** **》; for 16 the link
  text after ``1996: ``.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "scchy__RL__docs__zh-cn__15-paper@ebbf6b2.md"
PART = "wild56_development"

TASK = re.compile(r"^- \[[ x]\] (?P<rest>.+)$")
LINKED = re.compile(r"^\[(?P<year>\d{4}): (?P<title>[^\]]+)\]\(https?://[^)]+\)$")
YEARED = re.compile(r"^(?P<year>\d{4}): (?P<title>.+)$")
BOOKISH = re.compile(r"《\*\*(?P<title>[^*]+)\*\*》")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[37].startswith("-------"), lines[37]
    papers = []
    books = []
    for n, ln in enumerate(lines[:37], 1):
        m = TASK.match(ln)
        if not m:
            continue
        rest = m.group("rest")
        link = LINKED.match(rest)
        if link:
            title = link.group("title")
        else:
            y = YEARED.match(rest)
            assert y, (n, ln)
            title = y.group("title")
            b = BOOKISH.search(title)
            if b:
                title = b.group("title")
            title = title.replace("**", "").strip()
        if "BOOK" in rest or title == "Reinforcement Learning: An Introduction, 2nd edition":
            books.append(n)
            continue
        last = n
        while last < len(lines) and lines[last].startswith("    - "):  # lines[last] is line last + 1
            last += 1
        papers.append(entry(lines, n, last, title))
    assert books == [18, 35], books
    by = {p["line"]: p for p in papers}
    assert len(papers) == 22, len(papers)
    assert by[2]["title"] == "Neuronlike adaptive elements that can solve difficult learning control problems"
    assert by[10]["title"] == "Gain adaptation beats least squares?", by[10]
    assert by[13]["title"] == "A menu of designs for reinforcement learning over time", by[13]
    assert (by[13]["line"], by[13]["end"]) == (13, 15), by[13]
    assert by[16]["title"] == "Reinforcement learning with replacing eligibility traces", by[16]
    assert (by[16]["end"], by[16]["doi"]) == (17, "10.1007/bf00114726"), by[16]
    assert by[36]["title"] == "The big world hypothesis and its ramifications for artificial intelligence", by[36]
    assert 40 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '- [x] YEAR: Title' / '- [ ] YEAR: Title' task line under the five decade headings (1980年代 to"
        " 2020年代) is an entry, spanning its indented Chinese sub-bullets; the two lines for the textbook"
        " 'Reinforcement learning: An introduction' (18, marked BOOK, and 35, its 2nd edition) are books, not"
        " entries.  Title = the text after 'YEAR: ' without ** markers; inside 《** **》 for 13 (after the nickname"
        " 'Sutton’s 1996 Menu'); the link text after '1996: ' for 16.  The notes section after the rule (heading"
        " at 40 repeating paper 13) is not a second entry.",
        checked="Read the whole file and the -v output: 22 titles (bold stripped, 13 out of 《》, 16 out of its link,"
        " 10's question mark kept), spans 13-15 and 16-17 with their sub-bullets, 16's DOI from the Springer URL,"
        " the two book lines left out, the 1984/2015 theses kept as listed, and the notes heading at 40 not counted.",
    )


if __name__ == "__main__":
    main()
