"""Wild10 truth for bzreinhardt/bzreinhardt.github.io MeDb/seminal-paper-club.md: a personal page logging a
weekly 'Seminal Paper Club' (two friends read one classic paper a week, 2017-2018).

Shape: Jekyll front matter, one intro paragraph, then 55 paragraphs 'M/D/YYYY - [link text](dropbox url)',
newest first, blank lines between.  The link text is whatever the writer pasted: a title alone, a title
followed by its author ('. Heisenberg.', ' Hauser and Chomsky', ' By Turing', 'by Paul Krugman',
'A. H. Maslow (1943)'), a title copied from a PDF with its line breaks (the link text runs over 2-4
lines: Everett, Kruger-Dunning, Hawking, Faraday, von Neumann, CRISPR, Markov), or only a nickname
('Bitcoin Paper', 'Einstein 1905', 'McCullough and Pitts').  One paragraph has a NOTE on the next line
(Fama: kept inside the entry), one a note after the link on the same line (Shannon's thesis, Material
Science).

Entry: each dated paragraph whose subject is one paper (article, thesis, Nobel lecture, essay, white
paper, Pauli's 1930 neutrino letter).  Not entries: '2/17/2018 - A t' (names nothing), 'Intro to Material
Science' (a Dropbox folder; the note says no seminal paper was found), the von Neumann 'COLLECTED WORKS
Volume v' (a book volume) and 'Germ Theory' (a file of several Pasteur papers).  55 - 4 = 51.

Title: the paper's title as the link text writes it (typos and the PDF's missing spaces kept:
'Appxoach', 'Tretrapod', 'theConditions'), without the author, year or 'ie. CRISPR.' after it and
without the article number 'V.' before Faraday's title; 'Shannon’s Mathematical Theory of
Communication' gives 'Mathematical Theory of Communication' (the possessive stands for the author).
A shortened or paraphrased title ('Prospect Theory', 'The Magic Number 7 Plus or Minus 2', 'Man
Computer Symbiosis') is a title.  A link text that only names a topic, result, author or nickname is no
title (null): Small World Networks, Marie Curie Radiation Paper, Schmidhuber Original LSTM Paper,
Original Hubble Paper on Expanding Universe, Original Black Hole Paper, Ethereum Paper, Pauli's Proposal
of the Neutrino, Bitcoin Paper, Millgram Experiment, Deep Q-learning Paper, Noether's Theorem,
Parabiosis, Black-Scholes, Goedel's Incompleteness Theorem, Kolmogorov Complexity, 1987 Place Cell
Paper, Einstein 1905, McCullough and Pitts.  No arXiv ids or DOIs (Dropbox links only).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "bzreinhardt__bzreinhardt.github.io__MeDb__seminal-paper-club@84e02e0.md"
LINES = read_lines(NAME)

NOT_PAPERS = {70: "A t", 75: "Intro to Material Science", 51: "von Neumann COLLECTED WORKS", 101: "Germ Theory"}

#: first line -> (last line, title or None)
TRUTH = {
    8: (8, "On the Tendency of Species to Form Varieties"),
    10: (10, "Space-Time Appxoach to Quantum Electrodynamics"),
    12: (12, None),
    14: (14, "THE ISOLATION OF AN ION, A PRECISION MEASURE-MENT OF ITS CHARGE, AND THE CORRECTION OF STOKES’S LAW"),
    16: (16, "A Symbolic Analysis of Relay and Swiching Circuits"),
    18: (18, "On Problem Solving"),
    20: (20, "A Devonian Tretrapod-Like Fish and the Evolution of the Tetrapod Body"),
    22: (22, "The Magic Number 7 Plus or Minus 2"),
    24: (24, "What the Frog’s Eye Told the Frog’s Brain"),
    26: (26, "THE ACTUAL CONTENT OF QUANTUM THEORETICAL KINEMATICS AND MECHANICS"),
    28: (28, "The Present Situation in Quantum Mechanics"),
    30: (30, "The Faculty of Language: What Is It, Who Has It, and How Did It Evolve?"),
    33: (34, "\"Relative State\" Formulation of Quantum Mechanics"),
    36: (37, ("Unskilled and Unaware of It: How Difficulties in Recognizing One's Own Incompetence Lead to"
             " Inflated Self-Assessments")),
    40: (41, "Particle Creation by Black Holes"),
    43: (43, "Neocortex size as a constraint on group size in primates"),
    45: (45, "Cramming More Components onto Integrated Circuits"),
    47: (49, "Experimental researches in electricity"),
    56: (56, "A Theory of Human Motivation"),
    58: (60, "A Programmable Dual-RNA–Guided DNA Endonuclease in Adaptive Bacterial Immunity"),
    62: (62, "The Synthesis of Ammonia from its Elements"),
    64: (64, "Science as Falsification"),
    67: (68, ("An Example of Statistical Investigation of the Text Eugene Onegin Concerning the Connection of"
             " Samples in Chains")),
    72: (73, "Separation of Ownership and Control"),
    77: (77, "EQUILIBRIUM POINTS IN N-PERSON GAMES"),
    79: (79, "Flocks, Herds, and Schools: A Distributed Behavioral Model"),
    81: (81, ("On the Relationship between the Second Fundamental Theorem of the Mechanical Theory of Heat and"
             " Probability Calculations Regarding theConditions for Thermal Equilibrium")),
    83: (83, "Economic Possibilities for Our Grandchildren"),
    85: (85, "ON COMPUTABLE NUMBERS, WITH AN APPLICATION TO THE ENTSCHEIDUNGSPROBLEM"),
    87: (87, None),
    89: (89, None),
    91: (91, "Theory of Interstellar Trade"),
    93: (93, None),
    95: (95, None),
    97: (97, "The Role of Monetary Policy"),
    99: (99, "Prospect Theory"),
    103: (103, "Man Computer Symbiosis"),
    105: (105, None),
    107: (107, None),
    109: (109, None),
    111: (111, None),
    113: (113, None),
    115: (115, None),
    117: (117, None),
    119: (119, None),
    121: (121, None),
    123: (123, None),
    126: (126, None),
    128: (128, None),
    130: (130, None),
    132: (132, "Mathematical Theory of Communication"),
}


def main() -> None:
    dated = [n for n, t in enumerate(LINES, 1) if re.match(r"\d{1,2}/\d{1,2}/\d{4} - ", t)]
    assert len(dated) == 55
    assert sorted(set(TRUTH) | set(NOT_PAPERS)) == dated
    assert not set(TRUTH) & set(NOT_PAPERS)
    papers = []
    for first, (last, title) in TRUTH.items():
        block = " ".join(LINES[first - 1:last])
        assert "](" in block and "[" in LINES[first - 1], first
        if last > first:  # a wrapped link text ends on the entry's last line (or the NOTE line after it)
            assert "](" in LINES[last - 1] or LINES[last - 1].startswith("NOTE:"), first
        if title is not None:
            assert title in re.sub(r"\s+", " ", block), (first, title)
        papers.append(entry(LINES, first, last, title))
    assert len(papers) == 51
    assert sum(1 for p in papers if p["title"] is None) == 18
    write_truth(
        NAME, "wild10_development", papers,
        "each dated 'M/D/YYYY - [link text](url)' paragraph naming one paper is an entry (a line naming nothing, a"
        " folder, a collected-works volume and a multi-paper file are not); title = the paper title inside the"
        " link text without author, year, numbering or gloss, null when the text is only a nickname or topic",
        "all 55 dated paragraphs one by one against the file (grep count 55; 4 non-papers, 18 nicknames with null"
        " title, 33 titles each asserted to occur in the entry's text), the wrapped link texts (2-3 lines) and the"
        " NOTE line kept inside the Fama entry",
    )


if __name__ == "__main__":
    main()
