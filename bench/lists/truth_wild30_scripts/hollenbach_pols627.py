"""Wild30 truth for fhollenbach/Pols627_2020 index.md: a PhD syllabus in comparative political economy
(Texas A&M, spring 2020), weekly required and supplementary readings.

Shape: from line 192 on, each week has "__Readings:__" and "__Supplementary Readings:__" lists; each
record is one list item "- Author. Year. "__Title.__" Journal vol(issue): pages." with many variants:
titles in "__bold quotes__", in curly quotes (310, 345-348, 425-429 ...), in plain quotes (291-293,
485-486, 526), in single curly quotes (343), or unquoted (281-290, 491, 495, 529-530, 560-577, 605-606);
three records wrap onto a second line (228-229, 270-271, 432-433); lines 563-565 and 568-569 start with
an en dash "–" instead of "-" (not a Markdown list marker, they render as a paragraph continuing item
562, but each is its own record and is taken as one).  Line 193 ("Introduction, Syllabus, Logistics")
and the two "Required Books" at 41-42 are not entries.

Decision: books are not entries, so every monograph, textbook or edited book is skipped, also when the
syllabus assigns some of its chapters (199-201, 217, 223-225, 237, 247, 252-256, 267, 275, 288-290,
304, 313, 315, 320, 331, 344, 352, 361, 381, 409, 416, 435, 437, 446-447, 465-466, 474, 478-479, 489,
494, 496, 525, 532, 543, 563, 568-569, 571, 577, 599-600, 603, 609, 611, 613-615, 617).  A chapter
written for an edited volume or handbook is its own scholarly work and is an entry (251, 270, 350, 426,
432, 476, 483); working papers, forthcoming and unpublished manuscripts are entries.  The same paper
listed twice (Grossman-Helpman 343/360, Calvo 431/445, Hall-Franzese 553/576, Moene-Wallerstein
393/587, Bradley et al. 592/608, Rueda 374/495/612 ...) gives separate entries.  Title: the quoted
title, else the text between the author/year part and the venue, as written (typos such as "WestExtend",
"Extemd" kept).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "fhollenbach__Pols627_2020__index@c7c1b8f.md"
PART = "wild30_development"

BOOKS = {199, 200, 201, 217, 223, 224, 225, 237, 247, 252, 253, 254, 255, 256, 267, 275, 288, 289, 290,
         304, 313, 315, 320, 331, 344, 352, 361, 381, 409, 416, 435, 437, 446, 447, 465, 466, 474, 478,
         479, 489, 494, 496, 525, 532, 543, 563, 568, 569, 571, 577, 599, 600, 603, 609, 611, 613, 614,
         615, 617}
NOT_ENTRIES = {193}

# records whose title is not in quotes
MANUAL = {
    281: "Workers of the world, unite! Franchise extensions and the threat of revolution in Europe, 1820-1938",
    282: "Inequality and Regime Change: Democratic Transitions and the Stability of Democratic Rule",
    283: "Democratization Under the Threat of Revolution: Evidence From the Great Reform Act of 1832",
    284: "Labor Shortages, Rural Inequality, and Democratization",
    285: "Why Does Democracy Need Education?",
    286: "The Autocratic Legacy of Early Statehood",
    287: "Why Did the Elite Extemd the Franchise? Democracy and the Scope of Government, With an Application to Britains Age of Reform",
    491: "Younger parties, bigger spender? Party age and political budget cycles",
    495: "Insider–Outsider Politics in Industrialized Democracies: The Challenge to Social Democratic Parties",
    529: "The Conscription of Wealth: Mass Warfare and the Demand for Progressive Taxation",
    530: "Taxation and Representation in Recent History",
    560: "Invested interests: The Politics of National Economic Policies in a World of Global Finance",
    561: "The Political Economy of the US Mortgage Default Crisis",
    562: "Democratic Institutions and Exchange-rate Commitments",
    564: "The Politics of Financial Booms and Crises Evidence From Latin America",
    565: "Saving the Banks The Political Economy of Bailouts",
    566: "The Origins of Financial Openness: A Study of Current and Capital Account Liberalization",
    567: "Migrant Remittances and Exchange Rate Regimes in the Developing World",
    570: "The Political Economy of Monetary Institutions",
    572: "Veto Players and the Choice of Monetary Institutions",
    573: "Checks and Balances, Private Information, and the Credibility of Monetary Commitments",
    574: "The Political Economy of Budget Deficits",
    575: "Distributional Coalitions and Politics of Economic Reform in Latin America",
    576: "Mixed Signals: Central Bank Independence, Coordinated Wage Bargaining, and European Monetary Union",
    605: "Ethnic Diversity and Preferences for Redistribution",
    606: "Democracy, Redistribution, and Political Participation: Evidence From Sweden 1919–1938",
}

ITEM = re.compile(r"^\s*(?:-|–)\s+\S")
QUOTES = [re.compile(p) for p in (r"__(.+?)__", r"“(.+?)[”\"]", r"\"(.+?)\"", r"‘(.+?)’")]


def title_of(text: str) -> str:
    for q in QUOTES:
        m = q.search(text)
        if m:
            return m.group(1)
    raise ValueError(text)


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n in range(192, len(lines) + 1) if ITEM.match(lines[n - 1])]
    papers = []
    for n in starts:
        end = n
        while end < len(lines) and lines[end].strip() and not ITEM.match(lines[end]) \
                and not lines[end].startswith(("#", "__")):
            end += 1
        if n in BOOKS or n in NOT_ENTRIES:
            continue
        text = " ".join(lines[n - 1:end])
        title = MANUAL.get(n) or title_of(text)
        papers.append(entry(lines, n, end, title))
    assert len(papers) == 229, len(papers)
    write_truth(NAME, PART, papers,
                "Every syllabus record (list item or en-dash line) from the weekly schedule that names an "
                "article, working paper, manuscript or chapter of an edited volume/handbook; monographs and edited "
                "books are skipped; the title is the quoted title, else the unquoted title text as written.",
                "All 289 records of the schedule (229 entries, 59 books, 1 logistics line) read by eye against the file: book/not-book decision, the three "
                "wrapped records, the en-dash lines and every unquoted title; titles checked to occur in their lines.")


if __name__ == "__main__":
    main()
