"""Wild47 truth for 223mle/survey_of_papers NLP/nlp.md: a Japanese undergraduate's "Survey Diary" of papers read on
scholarly-document NLP (2023/01-03), newest commit (7232eba, 2023-09-07), which moved ``survey_of_papers.md`` to
``NLP/nlp.md`` unchanged; the moved path is the file taken.

Shape: 140 lines, 15 KB, three parts that name the same nine papers.
- ``## Table of Contents`` (7-21): a nested bullet TOC; under ``- [Survey Diary](#survey-diary)`` nine items
  ``  - [【2023/01/25】**Title**](#anchor)`` (12-20), one per diary card, the date in 【】 (``【2023/3/13】`` unpadded at
  18), Japanese or English titles in ``**``; the other TOC items (Survey, Table of Contents, Abstract, References) are
  section links.
- ``# Survey Diary`` (35): nine cards, each ``## 【date】**Title**<br>`` (37, 43, 50, 60, 71, 84, 92, 103, 110), then a
  bold cite-key link ``[**[Kobayashi et al., IPSJ, 2011]**](#IPSJ-CH11090006)``, a Japanese summary (some with an
  image or a ``>`` quote) and a ``* * *`` rule; struck-through asides between cards (82, 91).
- ``# References`` (119): nine numbered references with HTML anchors ``<a name='key'></a>[n] Authors. Title. In Venue,
  year.`` (120-138, one line each except [6] on 130-132), the number glued to the text in [3] and [8].

Special cases:
- Reference title boundaries differ: ``Authors. Title. In ...`` ([1]-[4]), ``Authors. 2019. Title. IEEE Access ...``
  ([5]), ``Authors. 2022. Title. In`` + two continuation lines with an ACL Anthology URL ([6]), and Japanese
  ``名, 名, 名, Title. In ...`` / ``名, 名, Title, In ...`` with no period after the authors ([7]-[9]).
- Titles are written in Japanese for six papers (国内学会 NLP/JSAI papers) and English for three; reference [5]
  lower-cases ``Scientific paper recommendation: A survey`` against the heading's ``Scientific Paper Recommendation: A
  Survey``.
- ``Intellignece`` typo in [9]'s venue is not title text.

Decisions:
- Entry = every mention of a paper as a list item, heading or reference: the 9 TOC items (12-20, one line each), the
  9 diary cards (heading line to the line before the card's ``* * *``) and the 9 references (one line; 130-132 for
  [6]) = 27 entries, each paper three times.  The TOC items count because each is a list item naming the paper by
  its full title (they only link to the card below).
- Title = the ``**`` text after the 【date】 in TOC items and headings; in references the title segment between the
  authors (or ``year.``) and the venue (``. In`` / ``, In`` / ``. IEEE Access``).
- Not entries: the section TOC items, the cite-key link lines (part of their card), the portfolio link, prose.
- No arXiv ids or DOIs in the file.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "223mle__survey_of_papers__NLP__nlp@7232eba.md"
PART = "wild47_development"

TOC = re.compile(r"^  - \[【\d{4}/\d{1,2}/\d{2}】\*\*(?P<title>[^*]+)\*\*\]\(#[^)]+\)$")
CARD = re.compile(r"^## 【\d{4}/\d{1,2}/\d{2}】\*\*(?P<title>[^*]+)\*\*<br>$")
CITE = re.compile(r"^\[\*\*\[[^\]]+\]\*\*\]\(#[^)]+\)$")
REF = re.compile(r"^<a name='[^']+'></a>\[(?P<n>\d)\] ?(?P<body>.+)$")
REF_EN = re.compile(r"^[^.]+\. (?:\d{4}\. )?(?P<title>.+?)\. (?:In\b|IEEE Access)")
REF_JA = re.compile(r"^(?P<head>.+?)[.,] In ")


def ref_title(n: int, body: str) -> str:
    """The title of reference [n]: after 'Authors.' (and 'year.') for [1]-[6], the last comma segment of the
    authors-then-title head for the Japanese [7]-[9]."""
    if n <= 6:
        m = REF_EN.match(body)
        assert m, (n, body)
        return m.group("title")
    m = REF_JA.match(body)
    assert m, (n, body)
    return m.group("head").rsplit(", ", 1)[1]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    kinds = {"toc": 0, "card": 0, "ref": 0}
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if m := TOC.match(ln):
            papers.append(entry(lines, n, n, m.group("title")))
            kinds["toc"] += 1
        elif m := CARD.match(ln):
            assert CITE.match(lines[n]), (n + 1, lines[n])
            last = n + 1
            while lines[last] != "* * *":
                last += 1
            papers.append(entry(lines, n, last, m.group("title")))  # lines[last] is line last + 1, the rule
            kinds["card"] += 1
        elif m := REF.match(ln):
            last = n
            while last < len(lines) and lines[last].strip():
                last += 1
            papers.append(entry(lines, n, last, ref_title(int(m.group("n")), m.group("body"))))
            kinds["ref"] += 1
            n = last
    assert kinds == {"toc": 9, "card": 9, "ref": 9}, kinds
    t = {p["line"]: p for p in papers}
    assert t[12]["title"] == "Classification and Assessment of English Scientific Papers Using Random Forests", t[12]
    assert t[18]["title"] == "論文の階層構造を活用した被引用数予測", t[18]
    assert (t[37]["end"], t[92]["end"], t[110]["end"]) == (41, 100, 114), (t[37], t[92], t[110])
    assert t[71]["title"] == "Scientific Paper Recommendation: A Survey", t[71]
    assert t[128]["title"] == "Scientific paper recommendation: A survey", t[128]
    assert (t[130]["end"], t[130]["title"]) == (132, "Overview of the Third Workshop on Scholarly Document Processing")
    assert t[124]["title"] == "学術論文における関連研究の執筆支援のための被引用論文の推定", t[124]
    assert t[134]["title"] == "論文の階層構造を活用した被引用数予測", t[134]
    assert t[136]["title"] == "文分類問題における精度と解釈性向上のための近傍事例の活用", t[136]
    assert t[138]["title"].startswith("客観確率を考慮した") and t[138]["title"].endswith("機械学習手法の開発"), t[138]
    titles = [p["title"] for p in papers]
    for k in range(9):  # the TOC, the cards and the references list the same papers in the same order
        assert titles[k] == titles[9 + k], (k, titles[k], titles[9 + k])
        assert titles[k].lower() == titles[18 + k].lower(), (k, titles[k], titles[18 + k])
    assert len(papers) == 27 and not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the nine papers is an entry three times: its TOC item '  - [【date】**Title**](#anchor)' (12-20), its"
        " diary card '## 【date】**Title**<br>' (heading to the line before the card's '* * *', cite-key link and"
        " Japanese summary included) and its anchored reference '<a name=...></a>[n] ...' (one line, 130-132 for [6])"
        " = 27; title = the ** text after the date in TOC items and headings, and in references the segment between"
        " the authors (or 'year.') and the venue ('. In' / ', In' / '. IEEE Access'), for the Japanese [7]-[9] the"
        " last comma segment before ', In'/'. In'; section TOC items, cite-key lines and prose are not entries.",
        "Read all 140 lines; compared -v for all 27 entries: TOC titles identical to card titles, reference titles"
        " equal up to case ([5] lower-cases 'Scientific paper recommendation: A survey'); the unpadded date 【2023/3/13】"
        " (18, 92), glued numbers '[3]小山' and '[8]村岡', the three-line reference [6], Japanese references without a"
        " period after the authors ([7]-[9]); card spans end before '* * *' (37-41 ... 110-114); no arXiv ids or DOIs.",
    )


if __name__ == "__main__":
    main()
