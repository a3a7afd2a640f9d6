"""Wild46 truth for DallasBuyer/awesome-dynamic-pricing README.md: a one-person awesome list on intelligent
(dynamic / algorithmic) pricing across operations research and machine learning (bandits, deep RL, demand learning,
auctions), newest commit (a33773f, 2022-10-27).

Shape: 216 lines, 14 KB, almost no links.  Title line with an awesome badge (1), intro (3), ``# Table of Contents``
(5-26, anchor links, not entries), then level-1 sections, each a numbered list ``1. ...``: Institution List (29-32:
INFORMS, IFORS, SIAM), Scholar List (34-40: people with a ``[WIKI](url)`` link), Journal and Conference List (42-68:
names of journals and conferences), Blog and Tutorial List (70-72: two blog posts with ``[LINK](url)``), Book List
(74-83: eight books as ``Title, Author, Affiliation, Year.``), Survey List (85-91: six surveys), Paper List (93-212:
``## Technology Perspective`` / ``## Application Perspective`` with ``###`` and ``####`` topics, every item a plain
text citation ``N. Title, [Affiliation,] Venue, Year.``), and Paper Comments (214-216: one ``## 2017-KDD-OBP:``
heading with a comment paragraph whose first words are the paper's italic title in brackets).  No item carries an
arXiv id or DOI.

Special cases:
- The title ends at the first ``, `` or ``. `` of the item (``Analytics for an Online Retailer: ... Optimization.
  INFORMS, 2015.``), except four titles that hold commas themselves, cut by hand at the venue: 86 (``Recent
  Developments in Dynamic Pricing Research：Multiple Products, Competition and Limited Demand Information`` with a
  full-width colon), 106 (``... with Supplier Selection, Quantity Discounts, and Limited Supply Capacity``), 146
  (``Reinforcement Mechanism Design, with Applications to Dynamic Pricing in Sponsored Search Auctions``), 176
  (``Your Uber Is Arriving: ... Surge Pricing, Forecast Communication, and Worker Incentives``).
- Affiliations written between title and venue (``Walmart Labs``, ``NEC Corporation``, ``Stanford Univisersity``)
  and notes after the year (``(Reviewing).`` 114, ``(**Good Survey**)`` 121/156, ``[Comments 2017-KDD-OBP](...)``
  108) are not title text.
- 119 ``Mixed **Causal** Structure Discovery ...``: the bold is markup; title without it.
- 212 ``Skimming or Penetration? Strategic Dynamic Pricing for New Products``: the ``?`` stays inside the title.
- 97 ``Game Theory Model of Pricing, Handbook of Pricing Management, Oxford University Press, 2012.``: a chapter of
  the handbook listed as book 83; a chapter is a scholarly work in the paper list, so it is an entry.
- 215-216: the Paper Comments section is a heading section about one paper (``[*Optimization Beyond Prediction:
  Prescriptive Price Optimization*]: ...``), a record of its own: an entry (title from the brackets), separate from
  the list item 108 it comments on.
- Repeated papers (the same citation under two topics, e.g. 100/115, 112/163, 116/164, 147/185, 150/173; the
  same title with two venues 154/156) are separate entries.

Decisions:
- Entry = every numbered item of Survey List and Paper List (one line each) plus the comment section 215-216.
- Not entries: table of contents, institutions, scholars, journal/conference names, blog posts, books.
"""
import re

from _wild46 import entry, read_lines, write_truth

NAME = "DallasBuyer__awesome-dynamic-pricing__README@a33773f.md"
PART = "wild46_development"

ITEM = re.compile(r"^(?P<num>\d+)\. (?P<text>\S.*)$")
CUT = re.compile(r"[,.] ")
BY_HAND = {
    86: "Recent Developments in Dynamic Pricing Research：Multiple Products, Competition and Limited Demand Information",
    106: "Dynamic Pricing and Lot Sizing for a Newsvendor Problem with Supplier Selection, Quantity Discounts, and"
    " Limited Supply Capacity",
    146: "Reinforcement Mechanism Design, with Applications to Dynamic Pricing in Sponsored Search Auctions",
    176: "Your Uber Is Arriving: Managing On-Demand Workers Through Surge Pricing, Forecast Communication, and Worker"
    " Incentives",
}
COMMENT = re.compile(r"^  \[\*(?P<t>[^*]+)\*\]: \S")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# awesome-dynamic-pricing ")
    papers = []
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("# "):
            section = ln[2:].strip()
            continue
        m = ITEM.match(ln)
        if not m:
            continue
        if section not in ("Survey List", "Paper List"):
            assert section in ("Institution List", "Scholar List", "Journal and Conference List",
                               "Blog and Tutorial List", "Book List"), (n, section)
            continue
        text = m.group("text")
        if n in BY_HAND:
            title = BY_HAND[n]
            assert text.startswith(title + ", "), (n, text)
        else:
            cut = CUT.search(text)
            assert cut, (n, text)
            title = text[: cut.start()]
        papers.append(entry(lines, n, n, title))
    assert lines[214] == "## 2017-KDD-OBP: ", lines[214]
    c = COMMENT.match(lines[215])
    assert c and len(lines) == 217 and lines[216] == "", lines[215:]
    papers.append(entry(lines, 215, 216, c.group("t")))
    t = {p["line"]: p["title"] for p in papers}
    assert t[86].endswith("Competition and Limited Demand Information"), t[86]
    assert t[97] == "Game Theory Model of Pricing", t[97]
    assert t[108] == t[215] == "Optimization Beyond Prediction: Prescriptive Price Optimization", (t[108], t[215])
    assert t[112] == "Analytics for an Online Retailer: Demand Forecasting and Price Optimization", t[112]
    assert t[119] == "Mixed Causal Structure Discovery with Application to Prescriptive Pricing", t[119]
    assert t[145] == "Dynamic Pricing on E-commerce Platform with Deep Reinforcement Learning", t[145]
    assert t[161].endswith("Predicting Agricultural Produce Prices Using Convolutional Neural Networks"), t[161]
    assert t[212] == "Skimming or Penetration? Strategic Dynamic Pricing for New Products", t[212]
    assert sum(1 for p in papers if p["line"] < 93) == 6
    assert len(papers) == 95, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item of the Survey List (6) and Paper List (88) is an entry, plus the one Paper Comments"
        " heading section 215-216 (95); title = the item text up to its first ', ' or '. ' (cut by hand at the venue"
        " for the four titles with commas 86/106/146/176), affiliations, venues, years and notes left out; the"
        " handbook chapter 97 is an entry; institutions, scholars, journal/conference names, blog posts, books and"
        " the table of contents are not; repeats are separate entries.",
        "Read the whole 216-line file; printed every Survey/Paper item with its computed title and compared against"
        " the line (all 94), paying attention to titles ending in '. ' before the venue (91, 112, 116, 148, 161,"
        " 163, 164), the four comma titles, the bold 'Causal' 119, the '?' title 212, notes after the year"
        " (108, 114, 121, 156), the double space 145; first/last item of each topic (86/91, 97/101, 104/108,"
        " 111/126, 130/142, 145/150, 153/156, 160/167, 170/177, 180/181, 185/189, 193/202, 205/207, 210/212);"
        " checked the excluded lists (institutions 30-32, scholars 35-40, journals 46-68, blogs 71-72, books 76-83)"
        " and the comment card 215-216; no ids anywhere in the file.",
    )


if __name__ == "__main__":
    main()
