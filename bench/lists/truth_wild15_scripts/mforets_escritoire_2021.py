"""Wild15 truth for mforets/escritoire 2021/References.md: a researcher's personal notebook of
references read or noted in 2021 (reachability analysis, hybrid systems, control; the repository
also holds weekly folders and a 2020 list).

Shape: '## ' topic sections, each a '- ' bullet per reference, pasted from Google Scholar in
whatever style came to hand: APA ('Authors (Year). Title. Venue ...'), MLA ('Authors. "Title."
Venue ...'), Vancouver ('Bak S, Bogomolov S, ... Potomkin K. Title. Venue. 2021 May 3.'), and
title first ('The Curious Case of ... Part I: Basic Theory. Shadi Haddad, Abhishek Halder.'),
followed by '[arxiv](..)', '[pdf](..)', '[article](..)' links or a bare URL.  One reference wraps
its link onto the next line (86-87).  Several separating lines hold only spaces.

Entry: every bullet whose subject is a paper, thesis, dissertation, technical memo or report (44).
Not entries: 'Continuously Learning Complex Tasks via Symbolic Analysis (CoLeSlAw)' (a project
description page, no publication), 'Interval Reachability Analysis ...' (linked as '[book]', a
Springer book) and the two '## Presentations' bullets (a YouTube seminar talk; FortranCon
simulation code and a notebook).
Title: written by hand for each entry from its citation style (the quoted text for MLA, the text
after '(Year). ' or after the author initials up to the next full stop for APA/Vancouver, the
first sentence for title-first bullets), as the file writes it: lower-case titles kept, the typo
'Partial Observabilit' kept, the '⋆' footnote mark pasted into the Verisig 2.0 title kept.
Each title is asserted to occur in its bullet.

Count check: grep -c '^- ' = 48 = 44 entries + CoLeSlAw + the book + 2 presentation bullets.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "mforets__escritoire__2021__References@2ce9ac1.md"
PART = "wild15_development"
LINES = read_lines(NAME)

TITLES = {
    3: "Fast zonotope-tube-based LPV-MPC for autonomous vehicles",
    5: "Probabilistic conformance for cyber-physical systems",
    7: "Reachability of Linear Uncertain Systems: Sampling Based Approaches",
    10: "Robustness of Safety for Linear Dynamical Systems: Symbolic and Numerical Approaches",
    12: "Enhancing Data-Driven Reachability Analysis using Temporal Logic Side Information",
    14: "Reachable sets for two-level open quantum systems driven by coherent and incoherent controls",
    16: "Any-horizon uniform random sampling and enumeration of constrained scenarios for simulation-based formal verification",
    18: "On the distributed backward reachability problem for large scale systems",
    20: "Ellipsotopes: Combining Ellipsoids and Zonotopes for Reachability Analysis and Fault Detection",
    22: "Adaptive parameter tuning for reachability analysis of nonlinear systems",
    24: "Adaptive Parameter Tuning for Reachability Analysis of Linear Systems",
    26: "Scalable Zonotopic Under-approximation of Backward Reachable Sets for Uncertain Linear Systems",
    28: "Reachability of Black-Box Nonlinear Systems after Koopman Operator Linearization",
    30: "Reachability Analysis of Generalized Input-Affine Systems with Bounded Measurable Time-varying Uncertainties",
    32: "Automatic Dynamic Parallelotope Bundles for Reachability Analysis of Nonlinear Systems",
    34: "The Curious Case of Integrator Reach Sets, Part I: Basic Theory",
    36: "Efficient Reachability Analysis of Closed-Loop Systems with Neural Network Controllers",
    40: "Over-approximating reachable tubes of linear time-varying systems",
    42: "A multi-step approach to accelerate the computation of reachable sets for road vehicles",
    44: "Robust Data-Driven Predictive Control using Reachability Analysis",
    46: "Handling Delay Differential Equations in Automatic Verification",
    50: "A Taylor model toolbox for solving ODEs implemented in MATLAB/INTLAB",
    52: "AbsTaylor: upper bounding with inner regions in nonlinear continuous global optimization problems",
    56: "Kaa: A Python Implementation of Reachable Set Computation Using Bernstein Polynomials",
    61: "Prospects on Solving an Optimal Control Problem with Bounded Uncertainties on Parameters using Interval Arithmetics",
    63: "Confidence-based Contractor, Propagation and Potential Clouds for Differential Equations",
    69: "Using simulation to improve the precision of hybrid systems reachability analysis",
    78: "On The Verification of Neural ODEs with Stochastic Guarantees",
    80: "Neuro-Reachability of Networked Microgrids",
    82: "Learning neural event functions for ordinary differential equations",
    86: "Provably Correct Training of Neural Network Controllers Using Reachability Analysis",
    90: "Verisig 2.0: Verification of Neural Network Controllers Using Taylor Model Preconditioning⋆",
    94: "Synthesis of hybrid automata with affine dynamics from time-series data",
    96: "Finite-Time Stability of Hybrid Systems with Unstable Modes",
    98: "Formal distributed protocol development for reservation of railway sections",
    100: "Falsification of hybrid systems with symbolic reachability analysis and trajectory splicing",
    102: "Event-B hybridation: a proof and refinement-based framework for modelling hybrid systems",
    107: "Safe Learning in Robotics: From Learning-Based Control to Safe Reinforcement Learning",
    109: "Optimal Solution of the Generalized Dubins Interval Problem",
    111: "Robust Nonlinear Model Predictive Control with Bounded Disturbances Based on Zonotopic Constraint Tightening",
    116: "Neural Predictive Monitoring under Partial Observabilit",
    120: "Learning from reproducing computational results: introducing three principles and the Reproduction Package",
    125: "A short guide to exponential krylov subspace time integration for maxwell’s equations",
    127: "The Krylov subspace methods for the computation of matrix exponentials",
}

#: Bullets that are not papers (line: what it starts with).
NOT_PAPERS = {
    38: "- Continuously Learning Complex Tasks via Symbolic Analysis (CoLeSlAw)",
    65: "- Interval Reachability Analysis. Bounding Trajectories",
    73: "- Formal Verification in Model-Based Design -- Seminar@SystemX",
    74: "- Simulation codes shown at the FortranCon 2021",
}


def main() -> None:
    papers = []
    bullets = [i for i, t in enumerate(LINES, 1) if t.startswith("- ")]
    assert len(bullets) == 48
    for n in bullets:
        if n in NOT_PAPERS:
            assert LINES[n - 1].startswith(NOT_PAPERS[n]), n
            continue
        end = n
        while end < len(LINES) and LINES[end].strip() and not LINES[end].startswith(("- ", "#")):
            end += 1
        title = TITLES[n]
        own = " ".join(LINES[n - 1:end])
        assert title in own, (n, title)
        papers.append(entry(LINES, n, end, title))
    assert sorted(TITLES) == [p["line"] for p in papers]
    assert len(papers) == 44
    write_truth(NAME, PART, papers,
                "every '- ' bullet citing a paper, thesis or report is an entry (a project description page, a book and"
                " two presentation bullets are not); title written by hand per citation style (MLA quoted text, APA/"
                "Vancouver text after the year or author initials up to the full stop, first sentence of title-first"
                " bullets), as the file writes it",
                "every entry (44) against the file one by one: title, first/last line (86-87 wraps), arXiv id from"
                " 'arXiv:' text or arxiv links, DOI from the two link.springer.com article links; grep count 48 bullets"
                " = 44 + 4 non-papers; the whitespace-only separator lines")


if __name__ == "__main__":
    main()
