"""Wild2 truth for anne-urai/lab_wiki docs/practical/Reading.md: a neuroscience/psychology lab's reading page.

Under topic headings ('## Scientific life ...', '### Social tipping points', '### Perceptual
decision-making', ...) the readings are bullets in a Vancouver-like form 'Authors (Year) Title.
Journal vol:pages.' with no link, except Carandini's bioRxiv link, Alon's linked name-year and one
AMA-style bullet without a year in parentheses (Kause et al., with 'doi:10.69805/...').

Entries (one bullet line each): every bullet naming a journal article or preprint - 22 of them.
Title = the text between '(Year) ' (or, for Kause et al., the author list) and the '. ' before the
journal, as written ('logisitic', the em dashes of Milkoreit and Hansson kept).  The bullet 'Choosing
a scientific project: read [Alon (2009)](...)' is an entry whose title is None: it names the paper
only by author and year (the text before the colon is the reader's task, not a title).

Not entries: the books (Newport, Gawande, Allen, Meadows, Kimmerer, Gleick, Lindsay, Cohen,
Humphries), Creutzig et al.'s IPCC AR6 chapter (a chapter of a report volume, left out like the
chapters of edited books in the other scripts), the Smaldino course module, the Lindsay blog post
and the 'Learning scientific skills' guide links (the course link of line 47 is prose, not a bullet).  DOIs: Kause et al.
(doi:10.69805/epo.v30.a29) and Carandini (the bioRxiv URL, version cut); Alon's ScienceDirect 'pii'
link is not a DOI; no arXiv ids.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild2 import entry, read_lines, write_truth

NAME = "anne-urai__lab_wiki__docs__practical__Reading@c5645c5.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
TITLES = {
    40: "The importance of stupidity in scientific research",
    41: None,  # Alon (2009), named by author and year only
    49: "The where, how, and who of mitigating climate change: A targeted research agenda for psychology",
    51: "The i-frame and the s-frame: How focusing on individual-level solutions has led behavioral public policy astray",
    52: "Four Validities as Pathways to Scientific and Societal Impact in Environmental Psychology",
    57: "More Is Different",
    60: "Social tipping points everywhere?—Patterns and risks of overuse",
    61: "From niches to norms: the promise of social tipping interventions to scale climate action",
    62: "A method to identify positive tipping points to accelerate low-carbon transitions and actions to trigger them",
    63: "A race to the tip—revisiting societal tipping points in the public climate debate",
    69: "Binary climate data visuals amplify perceived impact of climate change",
    75: "The Climate Crisis Needs Attention from Cognitive Scientists",
    84: "Spectral fingerprints of large-scale neuronal interactions",
    85: "Expectation in perceptual decision making: neural and computational mechanisms",
    86: "Neurophysiology of Human Perceptual Decision-Making",
    87: "Sensory choices as logisitic classification",
    90: "A solution to dependency: using multilevel analysis to accommodate nested data",
    93: "Logistic analysis of choice data: A primer",
    96: "Linking propositions",
    97: "Indeterminacy in Brain and Behavior",
    104: "Parameterizing neural power spectra into periodic and aperiodic components",
    107: "A brain-wide map of neural activity during complex behaviour",
}
NOT_PAPERS = {
    38: "Newport, book", 39: "Gawande, book", 42: "Allen, book",
    50: "Creutzig et al., IPCC AR6 chapter", 56: "Meadows, book", 66: "Smaldino course module",
    72: "Kimmerer, book", 76: "blog post", 100: "Gleick, book", 101: "Lindsay, book",
    105: "Cohen, book", 106: "Humphries, book",
    113: "guide", 114: "guide", 115: "guide", 116: "guide",
}


def main() -> None:
    bullets = [i for i, t in enumerate(LINES, 1) if t.startswith("- ")]
    assert sorted(set(TITLES) | set(NOT_PAPERS)) == bullets, set(bullets) ^ (set(TITLES) | set(NOT_PAPERS))
    papers = []
    for i, title in TITLES.items():
        assert title is None or title in LINES[i - 1], i
        papers.append(entry(LINES, i, i, title))
    write_truth(
        NAME, PART, papers,
        "every bullet naming a journal article or preprint is an entry (one line), title = the text after '(Year) '"
        " (after the authors for the AMA-style Kause bullet) up to the '. ' before the journal; the Alon (2009) bullet"
        " is an entry with title None; books, the IPCC chapter, course/blog/guide links are not entries",
        "all 38 bullets (grep -c '^- ' = 38) classified by eye, each kept title checked against its line (asserted"
        " verbatim), the em-dash titles, the 'logisitic' typo kept, the bioRxiv DOI with 'v1' cut, the doi: text of"
        " Kause et al., the pii link of Alon giving no DOI",
    )


if __name__ == "__main__":
    main()
