"""Wild9 truth for Levintsky/ML-tutorial Theory/Game-Theory.md: a short link-less reading list on
algorithmic game theory and the economics of computing (equilibria and their complexity, price of
anarchy, Braess paradox, social choice, stable matching, mechanism design, auctions, game theory and
cryptography), apparently copied from a course page with its links stripped.

Shape: '## Topic' headings over '- ' bullets (two tab-indented sub-bullets under 'Resources' and under
Nash's paper), no links at all.  Bullets are plain citations in mixed orders: 'Initials Surname,
Title, Venue'YY', 'Initials Surname. Title, Venue', 'Title, by Authors, Venue', 'Surname: Title
(Survey), STACS'08', 'William Vickrey's 1961 paper on auctions: Title.'; leftovers of the stripped
links stay in the text ('(JSTOR)', '(or here)', 'First chapter available here.').

Entry = a bullet whose subject is one paper, report or chapter of an edited volume (the four chapters
'in Algorithmic Game Theory' count: each is an authored scholarly chapter): 32 of the 44 bullets.  Not
entries (12): the 'Resources' bullet and its 'Game Theory Net' website (4-5), the two sub-bullets about
MathSciNet reviews of Nash's papers, which name no work of their own (9-10), the books by Roughgarden
(27, MIT Press), Roth & Sotomayor (46) and Gusfield & Irving (47), the New York Times article (31), the
Wikipedia article (34), Hartline's tutorial (53), Lavi's course (57), the Haaretz article (61).  Roth's 'A history of the application to matching residents and hospitals'
(45) is described, not cited; it is taken as an authored article (the least certain decision).

Title = the title part of the citation as written, without authors, venue, year, the '(JSTOR)' and
'(or here)' link leftovers and the '(Survey)' tag; glued artefacts are kept as written ('supporting
pricesstar', the double space of 'Arrow's  impossibility', collapsed by the helper).  No ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "Levintsky__ML-tutorial__Theory__Game-Theory@0b9ba4f.md"
LINES = read_lines(NAME)

TITLES = {
    8: "Non-Cooperative Games",
    11: "Subjectivity and correlation in randomized strategies",
    14: "Settling the Complexity of 2-Player Nash-Equilibrium",
    15: "The Complexity of Computing a Nash Equilibrium",
    16: "Nash and Correlated Equilibria: Some Complexity Considerations",
    17: "Reducibility Among Equilibrium Problems",
    18: "Equilibria, Fixed Points, and Complexity Classes",
    21: "Graphical Models for Game Theory",
    22: "Graphical Games",
    25: "Worst-case Equilibria",
    26: "How Bad is Selfish Routing?",
    30: "On a Paradox of Traffic Planning",
    32: "The Braess paradox in mechanical, traffic, and other networks",
    33: "Paradoxical behaviour of mechanical and electrical networks",
    37: "A Difficulty in the Concept of Social Welfare",
    38: "Three Brief Proofs of Arrow's  impossibility Theorem",
    39: "Arrow\u2019s Theorem and the Gibbard-Satterthwaite Theorem: A Unified Approach",
    40: "The Manipulability of Voting Systems",
    41: "Elections Can be Manipulated Often",
    44: "College admissions and the stability of marriage",
    45: "A history of the application to matching residents and hospitals",
    50: "Introduction to Mechanism Design (for Computer Scientists)",
    51: "Algorithmic Mechanism Design",
    52: "Designing the Perfect Auction",
    56: "Combinatorial Auctions",
    58: "Counterspeculation, auctions, and competitive sealed tenders",
    59: "The communication requirements of efficient allocations and supporting pricesstar",
    60: "Truth revelation in approximately efficient combinatorial auctions",
    64: "Bridging Cryptography and Game Theory: Recent Results and Future Directions",
    65: "Rational Cryptographic Protocols",
    66: "Cryptography and Game Theory",
    67: "Game Theory with Costly Computation",
}
NOT_PAPERS = {
    4: "Resources", 5: "Game Theory Net", 9: "Math reviews", 10: "An enthusiastic one",
    27: "T Roughgarden, Selfish Routing and the Price of Anarchy, MIT Press", 31: "What if They Closed",
    34: "Braess's paradox in Wikipedia", 46: "A Roth and M Sotomayor", 47: "D Gusfield and R Irving",
    53: "J Hartline. Tutorial", 57: "A Course on Auction Theory", 61: "Article in Haaretz",
}


def main() -> None:
    papers = []
    bullets = 0
    for i, text in enumerate(LINES, 1):
        if not re.match(r"^\t?- ", text):
            continue
        bullets += 1
        body = text.lstrip("\t")[2:]
        if i in NOT_PAPERS:
            assert body.startswith(NOT_PAPERS[i]), (i, body)
            continue
        title = TITLES[i]
        assert title in body, (i, body)
        papers.append(entry(LINES, i, i, title))
    assert bullets == 44, bullets
    assert len(papers) == 32 == len(TITLES)
    write_truth(NAME, "wild9_development", papers,
                "every link-less '- ' citation bullet naming a paper, report or edited-volume chapter is an entry,"
                " title = the title part of the citation (per line, by hand); books, a course, a tutorial,"
                " newspaper and Wikipedia articles, a website and the two MathSciNet-review sub-bullets are not",
                "all 44 bullets by eye (32 entries, 12 not), every title against its line, the Algorithmic Game"
                " Theory chapters and the book/news/tutorial exclusions")


if __name__ == "__main__":
    main()
