"""Wild16 truth for casmls/casmls.github.io papers.md: the Columbia Applied Statistics / ML reading
group's list of suggested papers, 'loosely organized by topic'.

Shape: Jekyll front matter, one intro sentence, then eight '## Topic' sections (Inference, Theory,
Deep Learning, State Space Models, Density Estimation, Reinforcement Learning, Statistical
Neuroscience, Previously Discussed in CAMLS) of one-line '- ' bullets.  Every bullet is a
Chicago-style reference 'Surname, First, et al. "Title." _Venue_ (Year). [link](url)': the title is
in straight double quotes or curly quotes (“…”), sometimes without a closing '.' (Kandasamy) or
with the separator inside the quotes ('"A Complete Recipe for Stochastic Gradient MCMC,"').

Entry: every bullet (all 97 name one paper; none is a book, talk or tool).  Title: the quoted text,
a final '.' or ',' dropped ('Adversary?.' keeps its '?').  The same paper appears twice ('A
recurrent latent variable model for sequential data', Deep Learning and State Space Models): two
entries.  arXiv id: the first the line gives (the 'arXiv:NNNN' venue text, else the arXiv link);
DOIs only where a URL holds one (INFORMS, APS).

Count check: 97 lines start with '- ' (grep -c '^- '); per section 13, 9, 24, 11, 3, 4, 2, 31 bullets,
counted by eye between the headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "casmls__casmls.github.io__papers@4903a68.md"
PART = "wild16_development"
LINES = read_lines(NAME)

QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')
PER_SECTION = {"Inference": 13, "Theory": 9, "Deep Learning": 24, "State Space Models": 11,
               "Density Estimation": 3, "Reinforcement Learning": 4, "Statistical Neuroscience": 2,
               "Previously Discussed in CAMLS": 31}


def main() -> None:
    papers = []
    counts: dict[str, int] = {}
    section = None
    for i, line in enumerate(LINES, 1):
        if line.startswith("## "):
            section = line[3:].strip()
            counts[section] = 0
            continue
        if not line.startswith("- "):
            continue
        m = QUOTED.search(line)
        assert m, i
        title = (m.group(1) or m.group(2)).strip()
        title = re.sub(r"[.,]$", "", title)
        counts[section] += 1
        papers.append(entry(LINES, i, i, title))
    assert counts == PER_SECTION, counts
    assert len(papers) == 97
    write_truth(NAME, PART, papers,
                "every '- ' bullet of the eight topic sections is an entry (a Chicago-style reference); title ="
                " the text in straight or curly double quotes, a final '.' or ',' dropped; the paper listed in two"
                " sections counts twice",
                "all 97 bullets read against the file (every title by eye), the per-section counts, the curly-quote"
                " lines (Chi, Bastani, Kandasamy, Polloc), 'Adversary?.', the 'MCMC,' title, arXiv ids from the"
                " 'arXiv:' venue text and links, the INFORMS and APS DOIs")


if __name__ == "__main__":
    main()
