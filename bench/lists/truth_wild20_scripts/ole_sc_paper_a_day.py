"""Wild20 truth for ole-sc/ole-sc.github.io '_posts/2025-02-04-a-paper-a-day.md': a master's student's
"read one paper a day for a month" blog post (Jekyll), the same papers twice in two shapes.

1. '# Summaries': thirty heading sections '## N. Title (Year)' (numbering sometimes without its
   period, '## 18 Network Motifs…', extra spaces after the number, a final '.' before or after the
   year), an author line ('Aguirre, L. A. & Letellier, C.'), then a dated summary paragraph
   ('**04.02.2025:** …') and the student's thoughts.  Each section is an entry: lines from the
   heading to its last text line before the next heading; the '**End of break**' line at the end of
   section 10 is a diary remark and not part of it.  Title = the heading without the number, the
   '(Year)' and a final '.'; heading 11 cuts the real title short ('… A Current Review and
   Future'), kept as written.
2. '# Papers': a numbered reference list, Nature style 'Authors. Title. Journal vol, pages (year).
   **N pages**', thirty read papers (numbers out of order: '27.' where 18 belongs), then under
   '**Unread**' six more (one without authors, one a bare PNAS URL after the title).  Every
   numbered line is an entry; its title is written out below by hand (author initials make a
   split on '. ' unreliable) and checked to occur in the line.
Counts: 30 headings (grep '^## ') + 30 + 6 numbered lines = 66 entries; the same paper in both
parts is two entries.  DOIs only where the line writes one (three reference lines).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "ole-sc__ole-sc.github.io___posts__2025-02-04-a-paper-a-day@c7f4f4e.md"
PART = "wild20_development"

REFS = [
    "Modeling Nonlinear Dynamics and Chaos: A Review",
    "25 years of criticality in neuroscience — established results, open controversies, novel concepts",
    "Atlantic overturning inferred from air-sea heat fluxes indicates no decline since the 1960s",
    "Adaptive coevolutionary networks: a review",
    "Universality in network dynamics",
    "Rate-induced tipping from periodic attractors: Partial tipping and connecting orbits",
    "Towards a comprehensive framework for modeling urban spatial dynamics",
    "Inferring collective dynamical states from widely unobserved systems",
    "Dynamics of tipping cascades on complex networks",
    "Phase tipping: how cyclic ecosystems respond to contemporary climate",
    "Decision-Making in Agent-Based Modeling: A Current Review and Future Prospectus",
    "The physics of higher-order interactions in complex systems",
    "Can the original equations of a dynamical system be retrieved from observational time series?",
    "Homoclinic bifurcation in a Hodgkin–Huxley model of thermally sensitive neurons",
    "Metamorphoses of Basin Boundaries in Nonlinear Dynamical Systems",
    "Challenges, tasks, and opportunities in modeling agent-based complex systems",
    "Homoclinic bifurcation in an ocean circulation box model",
    "Network Motifs: Simple Building Blocks of Complex Networks",
    "Tipping points in open systems: bifurcation, noise-induced and rate-dependent examples in the climate system",
    "Adaptive self-organization in a realistic neural network model",
    "The Slow Passage through a Hopf Bifurcation: Delay, Memory Effects, and Resonance",
    ("Über die von der molekularkinetischen Theorie der Wärme geforderte Bewegung von in ruhenden Flüssigkeiten"
    " suspendierten Teilchen"),
    "“Make no little plans”: Impactful research to solve the next generation of transportation problems",
    "Community structure in social and biological networks",
    "Multi-Valued Model for Generating Complex Chaos and Fractals",
    "Maps of random walks on complex networks reveal community structure",
    "Finding knowledge paths among scientific disciplines",
    "Death and revival of chaos",
    "Tipping phenomena in typical dynamical systems subjected to parameter drift",
    "Chaos: From theory to applications for the 80th birthday of Otto E. Rössler",
    # Unread
    "Review of Mathematical Modelling Techniques with Applications in Biosciences",
    "A scaling law for random walks on networks",
    "Characteristics of pattern formation and evolution in approximations of physarum transport networks",
    "Deterministic Nonperiodic Flow",
    "Tipping elements in the Earth’s climate system",
    "Continued Atlantic overturning circulation even under climate extremes",
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    papers_at = next(i for i, t in enumerate(lines, 1) if t == "# Papers")
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("## ")]
    assert len(heads) == 30 and all(i < papers_at for i in heads)
    for k, i in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else papers_at
        last = stop - 1
        while not lines[last - 1].strip() or lines[last - 1].strip() == "**End of break**":
            last -= 1
        m = re.match(r"## (\d+)\.?\s+(.+?)\s*\((\d{4})\)\.?\s*$", lines[i - 1])
        assert m and int(m.group(1)) == k + 1, i
        title = m.group(2).rstrip(".")
        papers.append(entry(lines, i, last, title))
    refs = [i for i, t in enumerate(lines, 1) if i > papers_at and re.match(r"\d+\. ", t)]
    assert len(refs) == len(REFS) == 36, len(refs)
    unread = next(i for i, t in enumerate(lines, 1) if t == "**Unread**")
    assert sum(1 for i in refs if i > unread) == 6
    for i, title in zip(refs, REFS):
        assert title in lines[i - 1], (i, title)
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 66
    write_truth(NAME, PART, papers,
                "each of the 30 '## N. Title (Year)' summary sections is an entry (heading to its last text line,"
                " the '**End of break**' remark excluded), title = heading without number, year and final '.';"
                " each of the 36 numbered lines of the '# Papers' reference list (30 read + 6 under '**Unread**') is"
                " an entry, title hand-written per line between authors and journal; repeats are separate entries",
                "all 30 headings and all 36 reference lines one by one (titles, the truncated heading 11, the German"
                " Einstein title, the author-less and URL-only unread lines, the out-of-order numbers 27/22/23/10-12,"
                " DOIs of refs 21 and unread 18/11); section line ranges at 1, 10 (End of break), 30 (before '# Papers')")


if __name__ == "__main__":
    main()
